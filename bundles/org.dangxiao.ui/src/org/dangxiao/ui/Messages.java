package org.dangxiao.ui;

import org.dangxiao.model.nls.Nls;

/** User-visible texts of the workbench shell. */
public final class Messages {
	public static String App_TITLE;
	public static String Form_SAVE;
	public static String App_TITLE_WITH_WORKSPACE;
	public static String App_OPENING_PROBLEM_TITLE;
	public static String People_FILTER_HINT;
	public static String People_INCLUDE_SUBTREE;
	public static String People_COUNT;
	public static String People_COUNT_FILTERED;
	public static String People_NO_ORGANIZATION;
	public static String People_COL_NAME;
	public static String People_COL_GENDER;
	public static String People_COL_ETHNICITY;
	public static String People_COL_CITIZEN_ID;
	public static String People_COL_BIRTH;
	public static String People_COL_ORGANIZATION;
	public static String People_COL_POST;
	public static String People_COL_RANK;
	public static String People_COL_CATEGORIES;
	public static String People_EDIT_FAILED;
	public static String Edit_CONFLICT_TITLE;
	public static String Edit_RETRY_QUESTION;
	public static String Orgs_MEMBERS;
	public static String Orgs_EMPTY;
	public static String Undo_LABEL;
	public static String Redo_LABEL;
	public static String Undo_FAILED;
	public static String About_TITLE;
	public static String About_DESCRIPTION;
	public static String About_VERSION;
	public static String About_WORKSPACE;
	public static String About_RUNTIME;
	public static String About_COPYRIGHT;
	public static String Dialog_CLOSE;
	public static String Open_TITLE;
	public static String Open_MESSAGE;
	public static String Open_FAILED;
	public static String Connect_TITLE;
	public static String Connect_MESSAGE;
	public static String Connect_HOST;
	public static String Connect_PORT;
	public static String Connect_DATABASE;
	public static String Connect_USER;
	public static String Connect_PASSWORD;
	public static String Connect_PASSWORD_REMEMBERED;
	public static String Connect_REMEMBER;
	public static String Connect_BUTTON;
	public static String Connect_MISSING;
	public static String Connect_BAD_PORT;
	public static String Recent_NONE;
	public static String Backup_TITLE;
	public static String Backup_DONE;
	public static String Backup_FAILED;
	public static String Backup_FILE_NAME;
	public static String Backup_FILTER;
	public static String Restore_TITLE;
	public static String Restore_CONFIRM;
	public static String Restore_DONE;
	public static String Restore_FAILED;

	static {
		Nls.load(Messages.class);
	}

	private Messages() {
	}
}
