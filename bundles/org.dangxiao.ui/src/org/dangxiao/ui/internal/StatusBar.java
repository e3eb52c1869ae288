package org.dangxiao.ui.internal;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.dangxiao.model.Workspace;
import org.dangxiao.model.WorkspaceEvent;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.ui.Messages;
import org.dangxiao.ui.Topics;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** The bottom line of the window: which workspace is open and how big it is. */
public class StatusBar {
	@Inject
	private Workspace workspace;
	private Label label;

	@PostConstruct
	void createControls(Composite parent) {
		Composite box = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(8, 2).applyTo(box);
		label = new Label(box, SWT.NONE);
		update();
	}

	@Inject
	@Optional
	void changed(@UIEventTopic(Topics.WORKSPACE_CHANGED) WorkspaceEvent event) {
		update();
	}

	private void update() {
		if (label == null || label.isDisposed()) {
			return;
		}
		label.setText(Nls.bind(Messages.Status_WORKSPACE, workspace.displayName(), workspace.organizations().size(),
				workspace.personCount()));
		label.getParent().getParent().layout(true, true);
	}
}
