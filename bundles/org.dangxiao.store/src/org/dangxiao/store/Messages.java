package org.dangxiao.store;

import org.dangxiao.model.nls.Nls;

public final class Messages {
	public static String Store_NOTHING_TO_UNDO;
	public static String Store_NOTHING_TO_REDO;
	public static String Store_NO_WORKSPACE;
	public static String Store_WORKSPACE_MISSING;
	public static String Store_WORKSPACE_DAMAGED;
	public static String Store_EMPTY_WORKSPACE;

	static {
		Nls.load(Messages.class);
	}

	private Messages() {
	}
}
