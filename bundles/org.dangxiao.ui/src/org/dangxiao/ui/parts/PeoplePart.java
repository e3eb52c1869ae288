package org.dangxiao.ui.parts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.dangxiao.model.Commands;
import org.dangxiao.model.Organization;
import org.dangxiao.model.PeopleQuery;
import org.dangxiao.model.Person;
import org.dangxiao.model.Workspace;
import org.dangxiao.model.WorkspaceEvent;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.ui.Edits;
import org.dangxiao.ui.Images;
import org.dangxiao.ui.Messages;
import org.dangxiao.ui.Topics;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationListener;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ColumnViewerEditorDeactivationEvent;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;

/**
 * The people (人员名单) of the organization selected in the tree, filtered by name, pinyin
 * initials or ID number. The table is virtual: rows are materialized only when scrolled into view.
 * 职务 is edited in place (double-click or F2) through a workspace command, so it can be undone.
 */
public class PeoplePart {
	public static final String ID = "org.dangxiao.ui.part.people";
	/** Filtering waits this long after the last key so that typing stays smooth in big lists. */
	private static final int FILTER_DELAY_MS = 120;

	@Inject
	private Workspace workspace;
	@Inject
	private ESelectionService selectionService;

	private Text filter;
	private Button includeSubtree;
	private Label count;
	private TableViewer viewer;
	private Images images;
	/** Rows are fetched from the workspace a page at a time, when the virtual table asks for them. */
	private static final int PAGE = 200;
	private static final int PAGES_KEPT = 40;

	private java.util.Optional<Organization> organization = java.util.Optional.empty();
	private PeopleQuery query = new PeopleQuery(java.util.Optional.empty(), true, "");
	private int shown;
	private final Map<Integer, List<Person>> pages = new LinkedHashMap<>(16, 0.75f, true) {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<Integer, List<Person>> eldest) {
			return size() > PAGES_KEPT;
		}
	};
	private Runnable pendingFilter;
	/** A change arrived while a cell was being edited; reload once the editor closes. */
	private boolean reloadPending;

	@PostConstruct
	public void createControls(Composite parent) {
		GridLayoutFactory.fillDefaults().numColumns(3).margins(6, 6).spacing(10, 6).applyTo(parent);
		filter = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setMessage(Messages.People_FILTER_HINT);
		filter.setData("org.dangxiao.test.id", "people.filter");
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(filter);
		filter.addModifyListener(e -> scheduleFilter());
		includeSubtree = new Button(parent, SWT.CHECK);
		includeSubtree.setText(Messages.People_INCLUDE_SUBTREE);
		// on: selecting 阜康市委 should list its 2,368 people, not the few placed in the committee itself
		includeSubtree.setSelection(true);
		includeSubtree.addListener(SWT.Selection, e -> reload());
		count = new Label(parent, SWT.RIGHT);
		GridDataFactory.fillDefaults().hint(180, SWT.DEFAULT).applyTo(count);

		viewer = new TableViewer(parent, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		Table table = viewer.getTable();
		table.setData("org.dangxiao.test.id", "people.table");
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, true).applyTo(table);
		images = new Images(table);
		Image personIcon = images.get("person.png");
		TableViewerColumn nameColumn = column(Messages.People_COL_NAME, 110, Person::name);
		nameColumn.setEditingSupport(new TextEditing((p, v) -> p.withName(v), Person::name));
		nameColumn.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return ((Person) element).name();
			}

			@Override
			public Image getImage(Object element) {
				return personIcon;
			}
		});
		column(Messages.People_COL_GENDER, 64, p -> p.gender().label());
		column(Messages.People_COL_ETHNICITY, 80, Person::ethnicity);
		column(Messages.People_COL_CITIZEN_ID, 180, p -> p.citizenId().value());
		column(Messages.People_COL_BIRTH, 100, p -> p.citizenId().birthDate().toString());
		column(Messages.People_COL_ORGANIZATION, 220,
				p -> workspace.organizations().get(p.organization()).map(Organization::name).orElse(""));
		TableViewerColumn post = column(Messages.People_COL_POST, 140, Person::post);
		post.setEditingSupport(new TextEditing((p, v) -> p.withPost(v), Person::post));
		column(Messages.People_COL_RANK, 80, p -> p.rank().orElse(""));
		column(Messages.People_COL_CATEGORIES, 240, p -> String.join("、", p.categories()));
		TableViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer) {
			@Override
			protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent e) {
				return e.eventType == ColumnViewerEditorActivationEvent.MOUSE_DOUBLE_CLICK_SELECTION
						|| e.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
						|| (e.eventType == ColumnViewerEditorActivationEvent.KEY_PRESSED && e.keyCode == SWT.F2);
			}
		}, ColumnViewerEditor.KEYBOARD_ACTIVATION | ColumnViewerEditor.TABBING_HORIZONTAL);
		viewer.setContentProvider((ILazyContentProvider) index -> {
			if (index < shown) {
				List<Person> page = pages.computeIfAbsent(index / PAGE, p -> workspace.findPeople(query, p * PAGE, PAGE));
				if (index % PAGE < page.size()) {
					viewer.replace(page.get(index % PAGE), index);
				}
			}
		});
		viewer.setUseHashlookup(true);
		viewer.getColumnViewerEditor().addEditorActivationListener(new ColumnViewerEditorActivationListener() {
			@Override
			public void afterEditorDeactivated(ColumnViewerEditorDeactivationEvent event) {
				if (reloadPending) {
					reloadPending = false;
					viewer.getControl().getDisplay().asyncExec(PeoplePart.this::reload);
				}
			}

			@Override
			public void beforeEditorActivated(ColumnViewerEditorActivationEvent event) {
			}

			@Override
			public void afterEditorActivated(ColumnViewerEditorActivationEvent event) {
			}

			@Override
			public void beforeEditorDeactivated(ColumnViewerEditorDeactivationEvent event) {
			}
		});
		viewer.addSelectionChangedListener(e -> selectionService.setSelection(e.getStructuredSelection().toList()));
		reload();
	}

	private TableViewerColumn column(String title, int width, Function<Person, String> text) {
		TableViewerColumn col = new TableViewerColumn(viewer, SWT.NONE);
		col.getColumn().setText(title);
		col.getColumn().setWidth(width);
		col.getColumn().setMoveable(true);
		col.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Person) element);
			}
		});
		return col;
	}

	@Inject
	@Optional
	void organizationSelected(@Named(Topics.SELECTED_ORGANIZATION) Organization org) {
		organization = java.util.Optional.ofNullable(org);
		reload();
	}

	@Inject
	@Optional
	void workspaceChanged(@UIEventTopic(Topics.WORKSPACE_CHANGED) WorkspaceEvent event) {
		reload();
	}

	/** Re-reads the people of the selected organization, keeping the filter. */
	private void reload() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		if (viewer.isCellEditorActive()) {
			// refreshing now would cancel the edit and lose what the user is typing
			reloadPending = true;
			return;
		}
		applyFilter();
	}

	private void scheduleFilter() {
		if (pendingFilter != null) {
			filter.getDisplay().timerExec(-1, pendingFilter);
		}
		pendingFilter = () -> {
			pendingFilter = null;
			applyFilter();
		};
		filter.getDisplay().timerExec(FILTER_DELAY_MS, pendingFilter);
	}

	/** Filters now, without waiting for the typing pause. */
	public void applyFilter() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		query = new PeopleQuery(organization.map(Organization::id), includeSubtree.getSelection(), filter.getText());
		pages.clear();
		shown = organization.isEmpty() ? 0 : workspace.countPeople(query);
		int total = query.filter().isEmpty() ? shown : workspace.countPeople(query.withFilter(""));
		viewer.setInput(query);
		viewer.setItemCount(shown);
		viewer.refresh();
		count.setText(organization.isEmpty() ? Messages.People_NO_ORGANIZATION
				: shown == total ? Nls.bind(Messages.People_COUNT, total) : Nls.bind(Messages.People_COUNT_FILTERED, shown, total));
		count.getParent().layout(new org.eclipse.swt.widgets.Control[] { count });
	}

	public Text filter() {
		return filter;
	}

	public Button includeSubtree() {
		return includeSubtree;
	}

	public TableViewer viewer() {
		return viewer;
	}

	/** Puts the cursor into the filter box, selecting what is there (编辑 > 查找人员, Ctrl+F). */
	public void focusFilter() {
		filter.setFocus();
		filter.selectAll();
	}

	@Focus
	public void setFocus() {
		filter.setFocus();
	}

	/** In-place editing of one text field, saved as a workspace command (so it can be undone). */
	private final class TextEditing extends EditingSupport {
		private final TextCellEditor editor = new TextCellEditor(viewer.getTable());
		private final java.util.function.BiFunction<Person, String, Person> change;
		private final Function<Person, String> current;

		TextEditing(java.util.function.BiFunction<Person, String, Person> change, Function<Person, String> current) {
			super(viewer);
			this.change = change;
			this.current = current;
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			return editor;
		}

		@Override
		protected boolean canEdit(Object element) {
			return true;
		}

		@Override
		protected Object getValue(Object element) {
			return current.apply((Person) element);
		}

		@Override
		protected void setValue(Object element, Object value) {
			Person seen = (Person) element;
			String text = String.valueOf(value).strip();
			if (text.equals(current.apply(seen))) {
				return;
			}
			try {
				Edits.run(viewer.getControl().getShell(), workspace, Commands.editPerson(seen, change.apply(seen, text)));
			} catch (IllegalArgumentException e) {
				// e.g. a blank name: the record refuses it before any command exists
				MessageDialog.openError(viewer.getControl().getShell(), Messages.People_EDIT_FAILED, e.getMessage());
			}
		}
	}
}
