package org.dangxiao.ui;

import org.dangxiao.model.Command;
import org.dangxiao.model.CommandException;
import org.dangxiao.model.ConflictException;
import org.dangxiao.model.Workspace;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Shell;

/** Runs a user's edit through the workspace and turns refusals into dialogs; a conflict can be retried. */
public final class Edits {
	private Edits() {
	}

	/**
	 * Runs a longer step (opening a workspace, a backup) with a busy cursor; a refusal becomes an
	 * error dialog titled {@code failureTitle}. True when the step succeeded.
	 */
	public static boolean busy(Shell shell, String failureTitle, Runnable step) {
		CommandException[] failure = new CommandException[1];
		BusyIndicator.showWhile(shell.getDisplay(), () -> {
			try {
				step.run();
			} catch (CommandException e) {
				failure[0] = e;
			}
		});
		if (failure[0] != null) {
			MessageDialog.openError(shell, failureTitle, failure[0].getMessage());
			return false;
		}
		return true;
	}

	/** True when the edit (or its retry) was saved. */
	public static boolean run(Shell shell, Workspace workspace, Command command) {
		try {
			workspace.execute(command);
			return true;
		} catch (ConflictException e) {
			if (e.retry().isPresent() && MessageDialog.openQuestion(shell, Messages.Edit_CONFLICT_TITLE,
					e.getMessage() + "\n\n" + Messages.Edit_RETRY_QUESTION)) {
				return run(shell, workspace, e.retry().get());
			}
			if (e.retry().isEmpty()) {
				MessageDialog.openWarning(shell, Messages.Edit_CONFLICT_TITLE, e.getMessage());
			}
			return false;
		} catch (CommandException e) {
			MessageDialog.openError(shell, Messages.People_EDIT_FAILED, e.getMessage());
			return false;
		}
	}
}
