package org.dangxiao.ui.handlers;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

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

/** 文件 > 备份: everything in the workspace into one .dxbak file. */
public class BackupHandler {
	@Execute
	public void execute(Shell shell, Workspaces workspaces, Workspace workspace) {
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText(Messages.Backup_TITLE);
		dialog.setFilterExtensions(new String[] { "*.dxbak" });
		dialog.setFilterNames(new String[] { Messages.Backup_FILTER });
		dialog.setFileName(Nls.bind(Messages.Backup_FILE_NAME, LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE)));
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		Path file = Path.of(chosen.endsWith(".dxbak") ? chosen : chosen + ".dxbak");
		if (Edits.busy(shell, Messages.Backup_FAILED, () -> workspaces.backup(file))) {
			MessageDialog.openInformation(shell, Messages.Backup_TITLE,
					Nls.bind(Messages.Backup_DONE, file, workspace.organizations().size(), workspace.personCount()));
		}
	}
}
