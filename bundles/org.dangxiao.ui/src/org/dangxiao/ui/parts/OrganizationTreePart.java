package org.dangxiao.ui.parts;

import java.util.HashMap;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.dangxiao.model.OrgId;
import org.dangxiao.model.Organization;
import org.dangxiao.model.OrganizationTree;
import org.dangxiao.model.Workspace;
import org.dangxiao.model.WorkspaceEvent;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.ui.Images;
import org.dangxiao.ui.Messages;
import org.dangxiao.ui.Topics;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider.IStyledLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;

/**
 * The organization tree (组织机构). Selecting a node publishes it to the application context,
 * where the people part picks it up; the part never talks to other parts directly.
 */
public class OrganizationTreePart {
	public static final String ID = "org.dangxiao.ui.part.organizations";

	@Inject
	private Workspace workspace;
	@Inject
	private MApplication application;
	@Inject
	private ESelectionService selectionService;

	private TreeViewer viewer;
	private Images images;
	/** People in each organization and everything below it, recomputed on every change. */
	private Map<OrgId, Integer> subtreeCounts = Map.of();

	@PostConstruct
	public void createControls(Composite parent) {
		parent.setLayout(new FillLayout());
		viewer = new TreeViewer(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTree().setData("org.dangxiao.test.id", "organizations.tree");
		images = new Images(viewer.getControl());
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(new OrganizationTreeContent());
		viewer.setLabelProvider(new DelegatingStyledCellLabelProvider(new Labels()));
		viewer.addSelectionChangedListener(e -> {
			Object first = e.getStructuredSelection().getFirstElement();
			if (first instanceof Organization org) {
				application.getContext().set(Topics.SELECTED_ORGANIZATION, org);
				selectionService.setSelection(org);
			}
		});
		reload();
		workspace.organizations().root().ifPresent(root -> {
			viewer.expandToLevel(root, 2);
			viewer.setSelection(new StructuredSelection(root), true);
		});
	}

	private void reload() {
		OrganizationTree tree = workspace.organizations();
		Map<OrgId, Integer> counts = new HashMap<>();
		workspace.peopleCountByOrganization().forEach((org, direct) -> {
			for (Organization up : tree.path(org)) {
				counts.merge(up.id(), direct, Integer::sum);
			}
		});
		subtreeCounts = counts;
		Object[] expanded = viewer.getExpandedElements();
		viewer.setInput(tree);
		viewer.setExpandedElements(expanded);
	}

	@Inject
	@Optional
	void workspaceChanged(@UIEventTopic(Topics.WORKSPACE_CHANGED) WorkspaceEvent event) {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		Object selected = viewer.getStructuredSelection().getFirstElement();
		reload();
		if (event.kind() == WorkspaceEvent.Kind.RELOAD) {
			// another workspace, or a restored one: start from its root, as at start-up
			workspace.organizations().root().ifPresent(root -> {
				viewer.expandToLevel(root, 2);
				viewer.setSelection(new StructuredSelection(root), true);
			});
			return;
		}
		if (selected instanceof Organization old) {
			// records are values: select the new version of the same organization
			workspace.organizations().get(old.id()).ifPresent(now -> {
				viewer.setSelection(new StructuredSelection(now), true);
				if (!now.equals(old)) {
					application.getContext().set(Topics.SELECTED_ORGANIZATION, now);
				}
			});
		}
	}

	/** Selects {@code org}, expanding its ancestors, as a click would. */
	public void select(Organization org) {
		viewer.setSelection(new StructuredSelection(org), true);
	}

	public TreeViewer viewer() {
		return viewer;
	}

	@Focus
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	private final class Labels extends LabelProvider implements IStyledLabelProvider {
		@Override
		public StyledString getStyledText(Object element) {
			Organization org = (Organization) element;
			StyledString text = new StyledString(org.name());
			int n = subtreeCounts.getOrDefault(org.id(), 0);
			if (n > 0) {
				text.append("  " + Nls.bind(Messages.Orgs_MEMBERS, n), StyledString.COUNTER_STYLER);
			}
			return text;
		}

		@Override
		public String getText(Object element) {
			return ((Organization) element).name();
		}

		@Override
		public Image getImage(Object element) {
			return images.of(((Organization) element).type());
		}
	}
}
