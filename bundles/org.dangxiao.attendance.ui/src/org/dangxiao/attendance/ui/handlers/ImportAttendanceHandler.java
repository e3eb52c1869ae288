package org.dangxiao.attendance.ui.handlers;

import org.dangxiao.attendance.ui.wizard.ImportWizard;
import org.dangxiao.model.Workspace;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.widgets.Shell;

/** 文件 > 导入考勤 (Ctrl+I): the import wizard. */
public class ImportAttendanceHandler {
	/** The key binding also reaches the handler while the wizard is open; one wizard at a time. */
	private boolean open;

	@CanExecute
	public boolean canExecute() {
		return !open;
	}

	@Execute
	public void execute(Shell shell, Workspace workspace) {
		open = true;
		try {
			ImportWizard.open(shell, workspace);
		} finally {
			open = false;
		}
	}
}
