package org.dangxiao.ui.handlers;

import java.util.List;

import org.dangxiao.model.WorkspaceLocation;
import org.dangxiao.model.Workspaces;
import org.dangxiao.ui.Edits;
import org.dangxiao.ui.Messages;
import org.dangxiao.ui.internal.ConnectServerDialog;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.di.AboutToShow;
import org.eclipse.e4.ui.model.application.ui.menu.MDirectMenuItem;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuElement;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.widgets.Shell;

/** 文件 > 最近的工作区: built each time the menu opens. */
public class RecentWorkspacesMenu {
	static final String LOCATION = "org.dangxiao.ui.recentLocation";

	@AboutToShow
	public void aboutToShow(List<MMenuElement> items, Workspaces workspaces, EModelService models) {
		List<WorkspaceLocation> recent = workspaces.recent();
		if (recent.isEmpty()) {
			MDirectMenuItem none = models.createModelElement(MDirectMenuItem.class);
			none.setLabel(Messages.Recent_NONE);
			none.setEnabled(false);
			none.setContributionURI("bundleclass://org.dangxiao.ui/" + Open.class.getName());
			items.add(none);
		}
		int n = 1;
		for (WorkspaceLocation location : recent) {
			MDirectMenuItem item = models.createModelElement(MDirectMenuItem.class);
			item.setLabel("&" + n++ + "  " + location.label());
			item.setIconURI("platform:/plugin/org.dangxiao.ui/icons/" + (location instanceof WorkspaceLocation.Server ? "people.png" : "organizations.png"));
			item.setContributionURI("bundleclass://org.dangxiao.ui/" + Open.class.getName());
			item.getTransientData().put(LOCATION, location);
			items.add(item);
		}
	}

	/** Opens the chosen entry; a server without a remembered password asks for it first. */
	public static class Open {
		@Execute
		public void execute(MDirectMenuItem item, Shell shell, Workspaces workspaces) {
			if (!(item.getTransientData().get(LOCATION) instanceof WorkspaceLocation location)) {
				return;
			}
			if (location instanceof WorkspaceLocation.Server server && !workspaces.hasRememberedPassword(server)) {
				new ConnectServerDialog(shell, workspaces, server).open();
				return;
			}
			Edits.busy(shell, Messages.Open_FAILED, () -> workspaces.open(location));
		}
	}
}
