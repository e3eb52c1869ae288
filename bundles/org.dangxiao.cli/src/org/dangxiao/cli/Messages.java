package org.dangxiao.cli;

import org.dangxiao.model.nls.Nls;

/** User-visible texts of the command line. */
public final class Messages {
	public static String Cli_USAGE;
	public static String Cli_HELP_IMPORT;
	public static String Cli_HELP_CHECK;
	public static String Cli_HELP_REPORT;
	public static String Cli_HELP_SEED;
	public static String Cli_HELP_BACKUP;
	public static String Cli_HELP_RESTORE;
	public static String Cli_HELP_SOURCES;
	public static String Cli_UNKNOWN_COMMAND;
	public static String Cli_UNKNOWN_OPTION;
	public static String Cli_MISSING_VALUE;
	public static String Cli_MISSING_ARGUMENT;
	public static String Cli_REPEATED_OPTION;
	public static String Cli_SEE_HELP;
	public static String Cli_INTERNAL_ERROR;
	public static String Cli_BAD_PATH;
	public static String Cli_NO_ORGANIZATION;
	public static String Cli_ORGANIZATION;
	public static String Cli_UNKNOWN_ORGANIZATION;
	public static String Cli_IMPORT_NEEDS_FILE_AND_CLASS;
	public static String Cli_NO_FILE;
	public static String Cli_NO_CLASS;
	public static String Cli_CLASSES;
	public static String Cli_NO_CLASSES;
	public static String Cli_NO_MAPPING;
	public static String Cli_NO_WORKSPACE;
	public static String Cli_REJECTED_ROW;
	public static String Cli_MORE_REJECTED;
	public static String Cli_WARNED_ROW;
	public static String Cli_MORE_WARNED;
	public static String Cli_ALREADY_IMPORTED;
	public static String Cli_NOT_IMPORTED_REJECTED;
	public static String Cli_DRY_RUN;
	public static String Cli_IMPORTED;
	public static String Cli_SOURCES_HEADER;
	public static String Cli_SOURCES_COUNT;
	public static String Check_NO_ORGANIZATIONS;
	public static String Check_SCOPE_ALL;
	public static String Check_SCOPE_SUBTREE;
	public static String Check_HEADING;
	public static String Check_FREQUENCY;
	public static String Check_FREQUENCY_DEFAULTS;
	public static String Check_COUNT;
	public static String Check_LIST_SEPARATOR;
	public static String Check_BEHIND_RULES;
	public static String Check_RULE_COUNT;
	public static String Check_RULE;
	public static String Check_BEHIND;
	public static String Check_FREQUENCY_RULE;
	public static String Check_FAILURES;
	public static String Check_FAILURE_CELL;
	public static String Check_FAILURE_FINDING;
	public static String Check_MORE;
	public static String Check_VERDICT_MISSED;
	public static String Check_VERDICT_OK;
	public static String Check_VERDICT_INCOMPLETE;
	public static String Check_RULES_HEADER;
	public static String Check_BAD_YEAR;
	public static String Check_BAD_LIMIT;
	public static String Report_NEEDS_ID;
	public static String Report_UNKNOWN;
	public static String Report_SEE_LIST;
	public static String Report_NEEDS_OUT;
	public static String Report_FAILED;
	public static String Report_WRITTEN;
	public static String Report_LIST_HEADER;
	public static String Report_LIST_COUNT;
	public static String Report_DESCRIBE;
	public static String Report_NO_PARAMETERS;
	public static String Report_PARAMETERS;
	public static String Report_EXAMPLE;
	public static String Report_KIND_PROGRAM;
	public static String Report_KIND_CLASS;
	public static String Report_KIND_PERSON;
	public static String Report_KIND_ORGANIZATION;
	public static String Report_KIND_YEAR;
	public static String Report_KIND_DATE;
	public static String Report_KIND_TEXT;
	public static String Report_REQUIRED;
	public static String Report_OPTIONAL;
	public static String Report_DEFAULT;
	public static String Report_PARAMETER;
	public static String Report_BAD_OUT;
	public static String Report_OUT_IS_FOLDER;
	public static String Report_OUT_NOT_XLSX;
	public static String Report_OUT_NO_FOLDER;
	public static String Report_OUT_NOT_WRITABLE;
	public static String Report_BAD_PARAM;
	public static String Report_UNKNOWN_PARAM;
	public static String Report_REPEATED_PARAM;
	public static String Report_PARAM_HINT;
	public static String Report_NO_SUCH;
	public static String Seed_NOT_A_SEED;
	public static String Seed_NOT_EMPTY;
	public static String Seed_READ_FAILED;
	public static String Seed_LABEL;
	public static String Seed_DONE;
	public static String Backup_IS_FOLDER;
	public static String Backup_NO_FOLDER;
	public static String Backup_NOT_WRITABLE;
	public static String Backup_DONE;
	public static String Restore_NO_FILE;
	public static String Restore_WHAT;
	public static String Restore_NEEDS_YES;
	public static String Restore_DONE;

	static {
		Nls.load(Messages.class);
	}

	private Messages() {
	}
}
