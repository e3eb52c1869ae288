package org.dangxiao.training.record;

import org.dangxiao.model.nls.Nls;

/** User-visible texts of the training record package. */
public final class Messages {
	public static String Standing_ATTENDED;
	public static String Standing_UNCREDITED;
	public static String Standing_ON_LEAVE;
	public static String Standing_ABSENT;
	public static String Standing_NO_RECORD;
	public static String Standing_PENDING;
	public static String Column_CLASS;
	public static String Column_PROGRAM;
	public static String Column_START;
	public static String Column_END;
	public static String Column_MODE;
	public static String Column_STATUS;
	public static String Column_HOURS;
	public static String Column_DAYS;
	public static String RollingRequirement_DESCRIPTION;
	public static String YearlyRequirement_DESCRIPTION;
	public static String RequirementCheck_MET;
	public static String RequirementCheck_NOT_MET;
	public static String RequirementCheck_DUE;
	public static String RequirementCheck_OVERDUE;

	static {
		Nls.load(Messages.class);
	}

	private Messages() {
	}
}
