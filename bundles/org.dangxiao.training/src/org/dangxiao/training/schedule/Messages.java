package org.dangxiao.training.schedule;

import org.dangxiao.model.nls.Nls;

/** User-visible texts of the scheduling assistant. */
public final class Messages {
	public static String ClassSlot_END_BEFORE_START;
	public static String ClassSlot_NEGATIVE_SEATS;
	public static String ScheduleRequest_LIMIT;
	public static String ScheduleRequest_DUPLICATE_PERSON;
	public static String ScheduleRequest_DUPLICATE_CLASS;
	public static String Proposal_UNKNOWN_PERSON;
	public static String Proposal_UNKNOWN_CLASS;
	public static String Proposal_NOT_PLACED;
	public static String Proposal_ALREADY_PLACED;
	public static String Proposal_AFTER_DEADLINE;
	public static String Proposal_FULL;
	public static String Proposal_UNIT_FULL;
	public static String Proposal_BELOW_BEST;
	public static String Violation_OVER_CAPACITY;
	public static String Violation_OVER_UNIT_LIMIT;
	public static String Violation_AFTER_DEADLINE;
	public static String Shortfall_NOBODY;
	public static String Shortfall_ALL_FIT;
	public static String Shortfall_SEATS;
	public static String Shortfall_LIMIT;
	public static String Shortfall_LIMIT_ALSO;
	public static String Shortfall_CAPPED_UNITS;
	public static String Shortfall_CAPPED_UNIT;
	public static String Shortfall_UNIT_SEPARATOR;
	public static String Shortfall_MORE_UNITS;
	public static String Shortfall_LATE_CLASSES;

	static {
		Nls.load(Messages.class);
	}

	private Messages() {
	}
}
