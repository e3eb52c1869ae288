package org.dangxiao.ui.handlers;

import org.dangxiao.model.CommandException;
import org.dangxiao.model.Workspace;
import org.dangxiao.ui.Messages;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/** 编辑 > 重做: applies again the command undone last. */
public class RedoHandler {
	@CanExecute
	public boolean canExecute(Workspace workspace) {
		return workspace.history().canRedo();
	}

	@Execute
	public void execute(Workspace workspace, Shell shell) {
		try {
			workspace.history().redo();
		} catch (CommandException e) {
			MessageDialog.openError(shell, Messages.Undo_FAILED, e.getMessage());
		}
	}
}
