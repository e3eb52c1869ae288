package org.dangxiao.reports.ui.parts;

import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.dangxiao.model.Organization;
import org.dangxiao.model.Workspace;
import org.dangxiao.model.WorkspaceEvent;
import org.dangxiao.reports.ui.ReportView;
import org.dangxiao.ui.Topics;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;

/**
 * 报表: the report centre as a tab of the shell. The view itself is {@link ReportView}; this part
 * hands it the workspace, the organization selected in the tree, and the workspace's changes.
 */
public class ReportsPart {
	public static final String ID = "org.dangxiao.reports.ui.part.reports";

	@Inject
	private Workspace workspace;

	private ReportView view;
	private Optional<Organization> selectedOrganization = Optional.empty();

	@PostConstruct
	public void createControls(Composite parent) {
		parent.setLayout(new FillLayout());
		view = new ReportView(parent, workspace);
		view.setSelectedOrganization(selectedOrganization.map(Organization::id));
	}

	/** The view, once the part has been shown. */
	public Optional<ReportView> view() {
		return view == null || view.control().isDisposed() ? Optional.empty() : Optional.of(view);
	}

	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	void organizationSelected(@Named(Topics.SELECTED_ORGANIZATION) Organization organization) {
		selectedOrganization = Optional.ofNullable(organization);
		view().ifPresent(v -> v.setSelectedOrganization(selectedOrganization.map(Organization::id)));
	}

	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	void workspaceChanged(@UIEventTopic(Topics.WORKSPACE_CHANGED) WorkspaceEvent event) {
		view().ifPresent(ReportView::workspaceChanged);
	}

	@Focus
	public void setFocus() {
		view().ifPresent(ReportView::setFocus);
	}
}
