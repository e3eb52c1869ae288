package org.dangxiao.plugins.ui;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.swt.widgets.Shell;

/** 帮助 > 安装插件…: needs neither a workspace nor a selection, so it is always enabled. */
public class InstallPluginsHandler {
	@Execute
	public void execute(Shell shell, IWorkbench workbench) {
		new PluginsDialog(shell, workbench::restart).open();
	}
}
