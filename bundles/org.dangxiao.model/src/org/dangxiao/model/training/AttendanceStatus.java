package org.dangxiao.model.training;

/** 考勤 result of one person at one course. */
public enum AttendanceStatus {
	PRESENT, // 出勤
	LATE, // 迟到
	LEFT_EARLY, // 早退
	ON_LEAVE, // 请假
	ABSENT; // 缺勤

	public String label() {
		return switch (this) {
		case PRESENT -> Messages.AttendanceStatus_PRESENT;
		case LATE -> Messages.AttendanceStatus_LATE;
		case LEFT_EARLY -> Messages.AttendanceStatus_LEFT_EARLY;
		case ON_LEAVE -> Messages.AttendanceStatus_ON_LEAVE;
		case ABSENT -> Messages.AttendanceStatus_ABSENT;
		};
	}
}
