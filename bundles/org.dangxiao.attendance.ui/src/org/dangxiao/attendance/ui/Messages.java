package org.dangxiao.attendance.ui;

import org.dangxiao.model.nls.Nls;

/** User-visible texts of the attendance import wizard and the import history. */
public final class Messages {
	public static String Wizard_TITLE;
	public static String Wizard_UNEXPECTED;
	public static String Class_LABEL;
	public static String Session_MORNING;
	public static String Session_AFTERNOON;
	public static String Session_EVENING;
	public static String Field_NONE;
	public static String Outcome_ACCEPTED;
	public static String Outcome_WARNING;
	public static String Outcome_REJECTED;
	public static String File_TITLE;
	public static String File_DESCRIPTION;
	public static String File_FILE;
	public static String File_FILE_HINT;
	public static String File_BROWSE;
	public static String File_DIALOG_TITLE;
	public static String File_FILTER;
	public static String File_FILTER_ALL;
	public static String File_CLASS;
	public static String File_HINT;
	public static String File_NO_CLASSES;
	public static String File_MISSING;
	public static String File_READING;
	public static String Sheets_TITLE;
	public static String Sheets_DESCRIPTION;
	public static String Sheets_LIST;
	public static String Sheets_HIDDEN;
	public static String Sheets_NO_HEADER;
	public static String Sheets_HIDDEN_NO_HEADER;
	public static String Sheets_COLUMNS;
	public static String Sheets_COL_COLUMN;
	public static String Sheets_COL_HEADER;
	public static String Sheets_COL_FIELD;
	public static String Sheets_COL_SESSION;
	public static String Sheets_COL_SAMPLE;
	public static String Sheets_TOP;
	public static String Sheets_COL_ROW;
	public static String Sheets_NONE_FOUND;
	public static String Sheets_NONE_CHOSEN;
	public static String Sheets_NO_PERSON_COLUMN;
	public static String Sheets_CANNOT_CHOOSE;
	public static String Sheets_NO_HEADER_HERE;
	public static String Sheets_PLANNING;
	public static String Sheets_PROGRESS;
	public static String Sheets_CANCELLED;
	public static String Preview_TITLE;
	public static String Preview_DESCRIPTION;
	public static String Preview_ALL;
	public static String Preview_ACCEPTED;
	public static String Preview_WARNINGS;
	public static String Preview_REJECTED;
	public static String Preview_EXPORT;
	public static String Preview_ROWS;
	public static String Preview_COL_SHEET;
	public static String Preview_COL_ROW;
	public static String Preview_COL_NAME;
	public static String Preview_COL_COURSE;
	public static String Preview_COL_SIGN_IN;
	public static String Preview_COL_STATUS;
	public static String Preview_COL_OUTCOME;
	public static String Preview_COL_REASON;
	public static String Preview_ALREADY_IMPORTED;
	public static String Preview_NOTHING;
	public static String Preview_SOME_REJECTED;
	public static String Preview_READY;
	public static String Export_TITLE;
	public static String Export_FILTER;
	public static String Export_FILE_NAME;
	public static String Export_WRITING;
	public static String Export_DONE;
	public static String Export_FAILED;
	public static String Finish_WRITING;
	public static String Finish_FAILED;
	public static String Finish_DONE;
	public static String History_COUNT;
	public static String History_EMPTY;
	public static String History_UNDO;
	public static String History_COL_FILE;
	public static String History_COL_SHA;
	public static String History_COL_BY;
	public static String History_COL_AT;
	public static String History_COL_ACCEPTED;
	public static String History_COL_WARNINGS;
	public static String History_COL_REJECTED;
	public static String History_CONFIRM_TITLE;
	public static String History_CONFIRM;

	static {
		Nls.load(Messages.class);
	}

	private Messages() {
	}
}
