package org.dangxiao.compliance;

import org.dangxiao.model.nls.Nls;

/** User-visible texts of the compliance package: statuses, register columns, generated topics. */
public final class Messages {
	public static String CellStatus_MET;
	public static String CellStatus_MISSED;
	public static String CellStatus_UPCOMING;
	public static String CellStatus_DUE;
	public static String Register_ORGANIZATION;
	public static String Register_RULE;
	public static String Register_PERIOD;
	public static String Register_REQUIRED;
	public static String Register_HELD;
	public static String Register_STATUS;
	public static String Register_MEETING_DATES;
	public static String Register_RULE_TEXT;
	public static String Register_DATE_SEPARATOR;
	public static String Register_UNKNOWN_ORGANIZATION;
	public static String FirstTopic_MATERIAL;
	public static String FirstTopic_KIND;
	public static String FirstTopic_SOURCE;
	public static String FirstTopic_PUBLISHED;
	public static String FirstTopic_ORGANIZATION;
	public static String FirstTopic_FIRST_STUDIED;
	public static String FirstTopic_MEETING;
	public static String FirstTopic_DELAY_DAYS;
	public static String FirstTopic_STATUS;
	public static String FirstTopic_ON_TIME;
	public static String FirstTopic_LATE;
	public static String FirstTopic_PENDING;
	public static String FirstTopic_NOT_STUDIED_LATE;
	public static String Skeleton_TOPIC;
	public static String Skeleton_TOPIC_NTH;
	public static String Ics_SUMMARY;
	public static String Ics_DESCRIPTION;
	public static String Rules_NOT_LOADED;
	public static String Rules_FAILED;
	public static String Rules_FOLLOW_UPS_NAME;
	public static String Rules_FOLLOW_UPS_DESCRIPTION;
	public static String Rules_FOLLOW_UPS_OVERDUE;
	public static String Rules_FOLLOW_UPS_DUE;
	public static String Rules_FOLLOW_UPS_OPEN;
	public static String Rules_FOLLOW_UPS_DONE;

	static {
		Nls.load(Messages.class);
	}

	private Messages() {
	}
}
