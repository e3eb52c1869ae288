package org.dangxiao.example.qrsignin;

import org.dangxiao.model.nls.Nls;

/** User-visible texts of the example plug-in: the reader's refusals and the report's words. */
public final class Messages {
	public static String Read_FAILED;
	public static String Read_EMPTY;
	public static String Read_CELL_TOO_LONG;
	public static String Read_UNCLOSED_QUOTE;
	public static String Report_CLASS;
	public static String Report_COURSE;
	public static String Report_SLOT_MINUTES;
	public static String Report_TITLE;
	public static String Report_TITLE_COURSE;
	public static String Report_SLOT;
	public static String Report_COUNT;
	public static String Report_SHARE;
	public static String Report_CHART;
	public static String Report_NOTE_CLASS;
	public static String Report_NOTE_COUNTED;
	public static String Report_NOTE_RULE;
	public static String Report_NOTE_NONE;
	public static String Report_NO_CLASS;
	public static String Report_NO_COURSE;
	public static String Report_BAD_SLOT;
	public static String Slot_BEFORE;
	public static String Slot_AFTER;
	public static String Slot_EARLIER;
	public static String Slot_LATER;

	static {
		Nls.load(Messages.class);
	}

	private Messages() {
	}
}
