package org.dangxiao.ui.handlers;

import java.nio.file.Path;

import org.dangxiao.model.CommandException;
import org.dangxiao.model.Workspace;
import org.dangxiao.model.Workspaces;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.ui.Edits;
import org.dangxiao.ui.Messages;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/** 文件 > 恢复: replaces the whole workspace with a backup, after saying exactly what will happen. */
public class RestoreHandler {
	@Execute
	public void execute(Shell shell, Workspaces workspaces, Workspace workspace) {
		FileDialog dialog = new FileDialog(shell, SWT.OPEN);
		dialog.setText(Messages.Restore_TITLE);
		dialog.setFilterExtensions(new String[] { "*.dxbak", "*" });
		dialog.setFilterNames(new String[] { Messages.Backup_FILTER, "*" });
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		Path file = Path.of(chosen);
		try {
			Workspaces.BackupSummary summary = workspaces.inspect(file);
			if (!MessageDialog.openConfirm(shell, Messages.Restore_TITLE, Nls.bind(Messages.Restore_CONFIRM, file.getFileName(),
					workspaces.current().label(), summary.source(), summary.createdAt(), summary.organizations(), summary.people()))) {
				return;
			}
		} catch (CommandException e) {
			MessageDialog.openError(shell, Messages.Restore_FAILED, e.getMessage());
			return;
		}
		if (Edits.busy(shell, Messages.Restore_FAILED, () -> workspaces.restore(file))) {
			MessageDialog.openInformation(shell, Messages.Restore_TITLE,
					Nls.bind(Messages.Restore_DONE, workspace.organizations().size(), workspace.personCount()));
		}
	}
}
