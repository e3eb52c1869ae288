package org.dangxiao.ui;

/** Event-broker topics and context keys the shell's parts share. */
public final class Topics {
	/** Posted on the UI thread with the {@link org.dangxiao.model.WorkspaceEvent} after every commit, undo and redo. */
	public static final String WORKSPACE_CHANGED = "org/dangxiao/workspace/changed";
	/** Context key holding the {@link org.dangxiao.model.Organization} selected in the tree. */
	public static final String SELECTED_ORGANIZATION = "org.dangxiao.ui.selectedOrganization";

	private Topics() {
	}
}
