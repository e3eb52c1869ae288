package org.dangxiao.reports.ui;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.dangxiao.model.OrgId;
import org.dangxiao.model.Organization;
import org.dangxiao.model.OrganizationTree;
import org.dangxiao.ui.FormDialog;
import org.dangxiao.ui.Widgets;
import org.dangxiao.ui.parts.OrganizationTreeContent;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Picks one organization from the tree of a workspace that may hold 20,000: typing narrows the
 * tree to the names that contain the text, with their parents so each match keeps its place.
 */
final class OrganizationDialog extends FormDialog {
	private static final int FILTER_DELAY_MS = 250;
	/** Expanding more matches than this would build tens of thousands of tree items. */
	private static final int EXPAND_ALL_BELOW = 400;

	private final OrganizationTree tree;
	private final String label;
	private Optional<OrgId> chosen;
	private Text filter;
	private TreeViewer viewer;
	/** The matches and their ancestors; null when nothing is typed. */
	private Set<OrgId> shown;
	private Runnable pendingFilter;

	OrganizationDialog(Shell parent, OrganizationTree tree, String label, Optional<OrgId> chosen) {
		super(parent);
		this.tree = tree;
		this.label = label;
		this.chosen = chosen;
	}

	Optional<OrgId> chosen() {
		return chosen;
	}

	@Override
	protected String title() {
		return Messages.Org_TITLE + " · " + label;
	}

	@Override
	protected String instruction() {
		return Messages.Org_MESSAGE;
	}

	@Override
	protected String okLabel() {
		return Messages.Org_OK;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite form = form(parent);
		Composite area = form.getParent();
		filter = Widgets.testId(new Text(form, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL), "organization.filter");
		filter.setMessage(Messages.Org_FILTER_HINT);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(filter);
		viewer = new TreeViewer(form, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		Widgets.testId(viewer.getTree(), "organization.tree");
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(420, 360).applyTo(viewer.getTree());
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(new OrganizationTreeContent());
		viewer.setLabelProvider(LabelProvider.createTextProvider(o -> ((Organization) o).name()));
		viewer.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer v, Object parentElement, Object element) {
				return shown == null || element instanceof Organization o && shown.contains(o.id());
			}
		});
		viewer.setInput(tree);
		viewer.expandToLevel(2);
		chosen.flatMap(tree::get).ifPresent(o -> viewer.setSelection(new StructuredSelection(o), true));
		viewer.addSelectionChangedListener(e -> {
			chosen = selected().map(Organization::id);
			changed();
		});
		viewer.addDoubleClickListener(e -> okPressed());
		filter.addModifyListener(e -> scheduleFilter());
		filter.addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.ARROW_DOWN) {
				viewer.getTree().setFocus();
				e.doit = false;
			}
		});
		return area;
	}

	private Optional<Organization> selected() {
		return viewer.getStructuredSelection().getFirstElement() instanceof Organization o ? Optional.of(o) : Optional.empty();
	}

	private void scheduleFilter() {
		if (pendingFilter != null) {
			filter.getDisplay().timerExec(-1, pendingFilter);
		}
		pendingFilter = () -> {
			pendingFilter = null;
			if (!filter.isDisposed()) {
				applyFilter();
			}
		};
		filter.getDisplay().timerExec(FILTER_DELAY_MS, pendingFilter);
	}

	private void applyFilter() {
		String typed = filter.getText().strip().toLowerCase(Locale.ROOT);
		Set<OrgId> matches = null;
		int count = 0;
		if (!typed.isEmpty()) {
			matches = new HashSet<>();
			for (Organization o : tree.root().map(r -> tree.subtree(r.id())).orElse(List.of())) {
				if (o.name().toLowerCase(Locale.ROOT).contains(typed) || o.code().toLowerCase(Locale.ROOT).startsWith(typed)) {
					count++;
					for (Organization a : tree.path(o.id())) {
						matches.add(a.id());
					}
				}
			}
		}
		shown = matches;
		viewer.getTree().setRedraw(false);
		try {
			viewer.refresh();
			if (matches != null && count <= EXPAND_ALL_BELOW) {
				viewer.expandAll();
			} else {
				viewer.expandToLevel(2);
			}
			selected().ifPresent(o -> viewer.reveal(o));
		} finally {
			viewer.getTree().setRedraw(true);
		}
	}

	@Override
	protected Optional<String> problem() {
		return chosen.isPresent() ? Optional.empty() : Optional.of(Messages.Org_NONE_CHOSEN);
	}

	@Override
	protected boolean commit() {
		return chosen.isPresent();
	}
}
