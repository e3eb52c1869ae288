package org.dangxiao.training;

import org.dangxiao.model.nls.Nls;

/** User-visible texts of the training commands. */
public final class Messages {
	public static String Training_ENROLL;
	public static String Training_OVER_CAPACITY;
	public static String Training_NO_PERSON;
	public static String Training_SET_STATUS;
	public static String Training_NOT_ON_ROSTER;
	public static String Training_UNENROLL;
	public static String Training_COMPLETE;
	public static String Training_NOTHING_TO_COMPLETE;
	public static String Training_APPLY_SCHEDULE;
	public static String Training_NO_CLASS;

	static {
		Nls.load(Messages.class);
	}

	private Messages() {
	}
}
