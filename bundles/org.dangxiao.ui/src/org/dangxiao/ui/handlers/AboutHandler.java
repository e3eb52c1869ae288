package org.dangxiao.ui.handlers;

import org.dangxiao.model.Workspace;
import org.dangxiao.ui.internal.AboutDialog;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.widgets.Shell;

/** 帮助 > 关于. */
public class AboutHandler {
	@Execute
	public void execute(Shell shell, Workspace workspace) {
		new AboutDialog(shell, workspace).open();
	}
}
