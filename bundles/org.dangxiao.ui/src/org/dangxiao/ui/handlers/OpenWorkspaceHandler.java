package org.dangxiao.ui.handlers;

import java.nio.file.Path;

import org.dangxiao.model.WorkspaceLocation;
import org.dangxiao.model.Workspaces;
import org.dangxiao.ui.Edits;
import org.dangxiao.ui.Messages;
import org.eclipse.e4.core.di.annotations.Execute;
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
			Edits.busy(shell, Messages.Open_FAILED, () -> workspaces.openFolder(Path.of(chosen)));
		}
	}

}
