package org.dangxiao.reports;

import org.dangxiao.model.nls.Nls;

/** User-visible texts of the reports package: argument errors, the register export. */
public final class Messages {
	public static String Arguments_MISSING;
	public static String Arguments_BAD_ID;
	public static String Arguments_BAD_YEAR;
	public static String Arguments_BAD_DATE;
	public static String Export_NO_FOLDER;
	public static String Export_NOT_XLSX;
	public static String Export_IS_FOLDER;
	public static String Export_FAILED;
	public static String Export_DENIED;
	public static String Export_GONE;
	public static String Export_IN_USE;
	public static String Export_TOO_MANY_ROWS;
	public static String Export_PAGE;

	static {
		Nls.load(Messages.class);
	}

	private Messages() {
	}
}
