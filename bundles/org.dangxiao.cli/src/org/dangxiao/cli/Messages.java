package org.dangxiao.cli;

import org.dangxiao.model.nls.Nls;

/** User-visible texts of the command line. */
public final class Messages {
	public static String Cli_USAGE;
	public static String Cli_UNKNOWN_COMMAND;
	public static String Cli_UNKNOWN_OPTION;
	public static String Cli_MISSING_VALUE;
	public static String Cli_NO_FILE;
	public static String Cli_NO_CLASS;
	public static String Cli_CLASSES;
	public static String Cli_NO_CLASSES;
	public static String Cli_NO_MAPPING;
	public static String Cli_NO_WORKSPACE;
	public static String Cli_REJECTED_ROW;
	public static String Cli_MORE_REJECTED;
	public static String Cli_ALREADY_IMPORTED;
	public static String Cli_NOT_IMPORTED_REJECTED;
	public static String Cli_DRY_RUN;
	public static String Cli_IMPORTED;

	static {
		Nls.load(Messages.class);
	}

	private Messages() {
	}
}
