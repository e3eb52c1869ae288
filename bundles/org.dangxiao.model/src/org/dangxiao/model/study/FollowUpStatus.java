package org.dangxiao.model.study;

/** Progress of a 贯彻落实措施. {@link #OVERDUE} is derived from the due date and never stored. */
public enum FollowUpStatus {
	NOT_STARTED, // 未开始
	IN_PROGRESS, // 进行中
	DONE, // 已完成
	OVERDUE; // 逾期

	public String label() {
		return switch (this) {
		case NOT_STARTED -> Messages.FollowUpStatus_NOT_STARTED;
		case IN_PROGRESS -> Messages.FollowUpStatus_IN_PROGRESS;
		case DONE -> Messages.FollowUpStatus_DONE;
		case OVERDUE -> Messages.FollowUpStatus_OVERDUE;
		};
	}
}
