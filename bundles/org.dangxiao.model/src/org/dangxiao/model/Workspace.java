package org.dangxiao.model;

import java.util.List;
import java.util.Optional;

/**
 * The one model every view works from, and the one door for writes: every change is a
 * {@link Command} handed to {@link #execute(Command)}. The workspace runs it as one transaction,
 * keeps what is needed to undo and redo it, and publishes one {@link WorkspaceEvent} after it
 * has committed. Implementations live in the store bundle.
 */
public interface Workspace extends WorkspaceView {
	/** A short name for title bars: the folder or server the workspace lives in. */
	String displayName();

	/**
	 * Runs {@code command} as one transaction. Either all of its changes are kept or none: on a
	 * {@link CommandException} the workspace is exactly as before.
	 */
	WorkspaceEvent execute(Command command);

	/**
	 * Problems met while opening the workspace (a missing folder, a damaged file), written for
	 * the user; the workbench shows them once at start. Empty when all went well.
	 */
	List<String> openingProblems();

	UndoHistory history();

	/** Listeners are called after every commit, undo and redo, on the thread that caused it. */
	Subscription subscribe(WorkspaceListener listener);

	/** Handle to stop listening. */
	interface Subscription extends AutoCloseable {
		@Override
		void close();
	}

	@FunctionalInterface
	interface WorkspaceListener {
		void changed(WorkspaceEvent event);
	}

	/** Undo and redo over the commands executed in this workspace, newest first. */
	interface UndoHistory {
		boolean canUndo();

		boolean canRedo();

		/** The label of the command {@link #undo()} would revert. */
		Optional<String> undoLabel();

		Optional<String> redoLabel();

		/** Reverts the newest command; throws {@link CommandException} when there is none. */
		WorkspaceEvent undo();

		WorkspaceEvent redo();

		/** Labels of the commands that can be undone, newest first. */
		List<String> undoLabels();
	}
}
