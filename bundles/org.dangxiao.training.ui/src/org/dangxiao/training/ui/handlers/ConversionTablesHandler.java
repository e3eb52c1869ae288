package org.dangxiao.training.ui.handlers;

import org.dangxiao.model.Workspace;
import org.dangxiao.training.ui.dialogs.ConversionTablesDialog;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.widgets.Shell;

/**
 * 培训 > 学时折算表: the tables that turn attendance into 学时. They need no selection, as they belong
 * to the whole workspace, so the command is always enabled.
 */
public class ConversionTablesHandler {
	@Execute
	public void execute(Shell shell, Workspace workspace) {
		new ConversionTablesDialog(shell, workspace).open();
	}
}
