package org.dangxiao.ui.handlers;

import org.dangxiao.model.CommandException;
import org.dangxiao.model.Workspace;
import org.dangxiao.ui.Messages;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/** 编辑 > 撤销: reverts the newest command of the workspace's history. */
public class UndoHandler {
	@CanExecute
	public boolean canExecute(Workspace workspace) {
		return workspace.history().canUndo();
	}

	@Execute
	public void execute(Workspace workspace, Shell shell) {
		try {
			workspace.history().undo();
		} catch (CommandException e) {
			MessageDialog.openError(shell, Messages.Undo_FAILED, e.getMessage());
		}
	}
}
