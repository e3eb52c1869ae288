package org.dangxiao.model;

import java.nio.file.Path;
import java.util.List;

/**
 * Which workspace the workbench has open, and the ways to change it (文件 > 打开工作区, 连接服务器,
 * 最近的工作区, 备份, 恢复). The {@link Workspace} service always shows the current one; switching
 * publishes a {@link WorkspaceEvent.Kind#RELOAD} event so every view starts over. Each method throws
 * {@link CommandException} with a message for the user when it cannot do what was asked, and then
 * leaves the current workspace open.
 */
public interface Workspaces {
	WorkspaceLocation current();

	/** Opens the workspace in {@code folder}, creating an empty one there when there is none. */
	void openFolder(Path folder);

	/**
	 * Connects to a shared server. With {@code remember}, the password goes to secure storage
	 * (encrypted), never to a plain file; an empty {@code password} uses the remembered one.
	 */
	void connect(WorkspaceLocation.Server server, String password, boolean remember);

	/** Opens a recent workspace again (a server with its remembered password). */
	void open(WorkspaceLocation location);

	/** Newest first, without the current one. */
	List<WorkspaceLocation> recent();

	/** Whether secure storage holds a password for {@code server}. */
	boolean hasRememberedPassword(WorkspaceLocation.Server server);

	/** Writes everything in the current workspace into one file. */
	void backup(Path file);

	/**
	 * Replaces everything in the current workspace with the backup in {@code file}, in one
	 * transaction; it cannot be undone. Works across stores: a desktop's backup restores into a server.
	 */
	void restore(Path file);

	/** Reads a backup file without restoring it: what a confirmation dialog shows. */
	BackupSummary inspect(Path file);

	record BackupSummary(String source, String createdAt, int organizations, int people) {
	}
}
