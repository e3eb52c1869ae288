package org.dangxiao.model.training;

import org.dangxiao.model.nls.Nls;

/** User-visible texts of the training package. */
public final class Messages {
	public static String ClassMode_PARTY_SCHOOL;
	public static String ClassMode_NIGHT_SCHOOL;
	public static String ClassMode_ONLINE;
	public static String ClassMode_OUT_OF_REGION;
	public static String EnrollmentStatus_ENROLLED;
	public static String EnrollmentStatus_COMPLETED;
	public static String EnrollmentStatus_ON_LEAVE;
	public static String EnrollmentStatus_WITHDRAWN;
	public static String EnrollmentStatus_MAKE_UP;
	public static String AttendanceStatus_PRESENT;
	public static String AttendanceStatus_LATE;
	public static String AttendanceStatus_LEFT_EARLY;
	public static String AttendanceStatus_ON_LEAVE;
	public static String AttendanceStatus_ABSENT;
	public static String TargetRule_APPOINTMENT_RANGE_REVERSED;
	public static String TrainingClass_END_BEFORE_START;
	public static String TrainingClass_CAPACITY;
	public static String Course_END_NOT_AFTER_START;
	public static String Attendance_SIGN_OUT_BEFORE_SIGN_IN;
	public static String HoursConversionTable_STANDARD_NAME;
	public static String HoursConversionTable_THRESHOLDS;
	public static String HoursConversionTable_NOT_HALF_DAYS;

	static {
		Nls.load(Messages.class);
	}

	private Messages() {
	}
}
