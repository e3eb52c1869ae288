package org.dangxiao.ui.handlers;

import org.dangxiao.model.WorkspaceLocation;
import org.dangxiao.model.Workspaces;
import org.dangxiao.ui.internal.ConnectServerDialog;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.widgets.Shell;

/** 文件 > 连接服务器. */
public class ConnectServerHandler {
	@Execute
	public void execute(Shell shell, Workspaces workspaces) {
		WorkspaceLocation.Server last = workspaces.recent().stream().filter(WorkspaceLocation.Server.class::isInstance)
				.map(WorkspaceLocation.Server.class::cast).findFirst()
				.orElse(new WorkspaceLocation.Server("localhost", 5432, "dangxiao", System.getProperty("user.name", "dangxiao")));
		new ConnectServerDialog(shell, workspaces, last).open();
	}
}
