package org.dangxiao.model.people;

import org.dangxiao.model.nls.Nls;

/** User-visible texts of the people package. */
public final class Messages {
	public static String PersonStatus_ACTIVE;
	public static String PersonStatus_TRANSFERRED_OUT;
	public static String PersonStatus_LEFT;
	public static String StatusPeriod_END_BEFORE_START;
	public static String StatusHistory_OVERLAP;

	static {
		Nls.load(Messages.class);
	}

	private Messages() {
	}
}
