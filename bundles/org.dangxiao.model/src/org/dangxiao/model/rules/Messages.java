package org.dangxiao.model.rules;

import org.dangxiao.model.nls.Nls;

/** User-visible texts of the rules package. */
public final class Messages {
	public static String Period_MONTH;
	public static String Period_QUARTER;
	public static String Period_HALF_YEAR;
	public static String Period_YEAR;
	public static String Period_MONTH_OF;
	public static String Period_QUARTER_OF;
	public static String Period_FIRST_HALF_OF;
	public static String Period_SECOND_HALF_OF;
	public static String Period_YEAR_OF;
	public static String Shortfall_MESSAGE;

	static {
		Nls.load(Messages.class);
	}

	private Messages() {
	}
}
