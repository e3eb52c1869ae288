package org.dangxiao.model.study;

/** The kinds of meeting the registers track; frequencies live in rules, not here. */
public enum MeetingType {
	PARTY_COMMITTEE_MEETING, // 党委会
	STANDING_COMMITTEE_MEETING, // 常委会
	LEADING_GROUP_MEETING, // 党组会
	CENTER_GROUP_STUDY, // 中心组学习
	BRANCH_GENERAL_MEETING, // 支部党员大会
	BRANCH_COMMITTEE_MEETING, // 支委会
	GROUP_MEETING, // 党小组会
	PARTY_LECTURE, // 党课
	THEME_PARTY_DAY, // 主题党日
	ORGANIZATIONAL_LIFE_MEETING, // 组织生活会
	BENCHMARKING; // 对标对表

	public String label() {
		return switch (this) {
		case PARTY_COMMITTEE_MEETING -> Messages.MeetingType_PARTY_COMMITTEE_MEETING;
		case STANDING_COMMITTEE_MEETING -> Messages.MeetingType_STANDING_COMMITTEE_MEETING;
		case LEADING_GROUP_MEETING -> Messages.MeetingType_LEADING_GROUP_MEETING;
		case CENTER_GROUP_STUDY -> Messages.MeetingType_CENTER_GROUP_STUDY;
		case BRANCH_GENERAL_MEETING -> Messages.MeetingType_BRANCH_GENERAL_MEETING;
		case BRANCH_COMMITTEE_MEETING -> Messages.MeetingType_BRANCH_COMMITTEE_MEETING;
		case GROUP_MEETING -> Messages.MeetingType_GROUP_MEETING;
		case PARTY_LECTURE -> Messages.MeetingType_PARTY_LECTURE;
		case THEME_PARTY_DAY -> Messages.MeetingType_THEME_PARTY_DAY;
		case ORGANIZATIONAL_LIFE_MEETING -> Messages.MeetingType_ORGANIZATIONAL_LIFE_MEETING;
		case BENCHMARKING -> Messages.MeetingType_BENCHMARKING;
		};
	}
}
