package org.dangxiao.store;

import org.dangxiao.model.nls.Nls;

public final class Messages {
	public static String Store_NOTHING_TO_UNDO;
	public static String Store_NOTHING_TO_REDO;
	public static String Store_NO_WORKSPACE;
	public static String Store_WORKSPACE_MISSING;
	public static String Store_WORKSPACE_DAMAGED;
	public static String Store_EMPTY_WORKSPACE;
	public static String Store_CANNOT_OPEN;
	public static String Store_READ_FAILED;
	public static String Store_WRITE_FAILED;
	public static String Store_UNDO_CONFLICT;
	public static String Store_REDO_CONFLICT;
	public static String Store_CONCURRENT_CHANGE;
	public static String Store_DEMO_DATA;
	public static String Backup_WRITE_FAILED;
	public static String Backup_READ_FAILED;
	public static String Backup_NOT_A_BACKUP;
	public static String Backup_TOO_NEW;
	public static String Backup_TOO_BIG;
	public static String Backup_DAMAGED;
	public static String Backup_RESTORED;
	public static String Passwords_CANNOT_SAVE;

	public static String Store_STILL_REFERENCED;
	public static String Store_MISSING_REFERENCE;

	public static String Backup_BAD_HEADER;
	public static String Backup_BAD_ROW;
	public static String Backup_BAD_ROW_VALUE;

	static {
		Nls.load(Messages.class);
	}

	private Messages() {
	}
}
