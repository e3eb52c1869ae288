package org.dangxiao.model.study;

import org.dangxiao.model.nls.Nls;

/** User-visible texts of the study package. */
public final class Messages {
	public static String MaterialKind_SPEECH;
	public static String MaterialKind_INSTRUCTION;
	public static String MaterialKind_DOCUMENT;
	public static String MeetingType_PARTY_COMMITTEE_MEETING;
	public static String MeetingType_STANDING_COMMITTEE_MEETING;
	public static String MeetingType_LEADING_GROUP_MEETING;
	public static String MeetingType_CENTER_GROUP_STUDY;
	public static String MeetingType_BRANCH_GENERAL_MEETING;
	public static String MeetingType_BRANCH_COMMITTEE_MEETING;
	public static String MeetingType_GROUP_MEETING;
	public static String MeetingType_PARTY_LECTURE;
	public static String MeetingType_THEME_PARTY_DAY;
	public static String MeetingType_ORGANIZATIONAL_LIFE_MEETING;
	public static String MeetingType_BENCHMARKING;
	public static String StudyForm_CONVEYING;
	public static String StudyForm_COLLECTIVE_STUDY;
	public static String StudyForm_DISCUSSION;
	public static String Presence_PRESENT;
	public static String Presence_ON_LEAVE;
	public static String FollowUpStatus_NOT_STARTED;
	public static String FollowUpStatus_IN_PROGRESS;
	public static String FollowUpStatus_DONE;
	public static String FollowUpStatus_OVERDUE;
	public static String AgendaItem_FIRST_TOPIC_NOT_FIRST;
	public static String AgendaItem_FIRST_TOPIC_WITHOUT_FORM;
	public static String Meeting_DUPLICATE_ATTENDEE;
	public static String Meeting_DUPLICATE_ORDER;
	public static String StudyPlan_MONTH_OUTSIDE_YEAR;

	static {
		Nls.load(Messages.class);
	}

	private Messages() {
	}
}
