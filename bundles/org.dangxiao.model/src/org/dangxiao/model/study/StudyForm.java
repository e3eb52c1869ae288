package org.dangxiao.model.study;

/** How an agenda item studied its materials. */
public enum StudyForm {
	CONVEYING, // 传达学习
	COLLECTIVE_STUDY, // 集体学习
	DISCUSSION; // 研讨交流

	public String label() {
		return switch (this) {
		case CONVEYING -> Messages.StudyForm_CONVEYING;
		case COLLECTIVE_STUDY -> Messages.StudyForm_COLLECTIVE_STUDY;
		case DISCUSSION -> Messages.StudyForm_DISCUSSION;
		};
	}
}
