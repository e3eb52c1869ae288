package org.dangxiao.ui.handlers;

import java.nio.file.Path;

import org.dangxiao.model.CommandException;
import org.dangxiao.model.WorkspaceLocation;
import org.dangxiao.model.Workspaces;
import org.dangxiao.ui.Messages;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;

/** 文件 > 打开工作区 (Ctrl+O): a folder with an H2 workspace, or a new folder for a new one. */
public class OpenWorkspaceHandler {
	@Execute
	public void execute(Shell shell, Workspaces workspaces) {
		DirectoryDialog dialog = new DirectoryDialog(shell);
		dialog.setText(Messages.Open_TITLE);
		dialog.setMessage(Messages.Open_MESSAGE);
		if (workspaces.current() instanceof WorkspaceLocation.Folder f) {
			dialog.setFilterPath(f.path().toString());
		}
		String chosen = dialog.open();
		if (chosen != null) {
			open(shell, () -> workspaces.openFolder(Path.of(chosen)));
		}
	}

	/** Runs an opening step with a busy cursor and explains a failure; the old workspace stays open. */
	static void open(Shell shell, Runnable step) {
		CommandException[] failure = new CommandException[1];
		BusyIndicator.showWhile(shell.getDisplay(), () -> {
			try {
				step.run();
			} catch (CommandException e) {
				failure[0] = e;
			}
		});
		if (failure[0] != null) {
			MessageDialog.openError(shell, Messages.Open_FAILED, failure[0].getMessage());
		}
	}
}
