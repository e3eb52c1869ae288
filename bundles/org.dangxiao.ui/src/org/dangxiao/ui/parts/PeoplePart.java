package org.dangxiao.ui.parts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.dangxiao.model.CommandException;
import org.dangxiao.model.Commands;
import org.dangxiao.model.Organization;
import org.dangxiao.model.Person;
import org.dangxiao.model.Workspace;
import org.dangxiao.model.WorkspaceEvent;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.text.ChineseText;
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
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
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
	private java.util.Optional<Organization> organization = java.util.Optional.empty();
	/** All people of the organization, sorted by name; {@link #rows} is the filtered part of it. */
	private List<Person> all = List.of();
	private List<Person> rows = List.of();
	private Map<Object, String> orgNames = Map.of();
	private final Comparator<String> collator = ChineseText.collator();
	private Runnable pendingFilter;

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
		column(Messages.People_COL_NAME, 110, Person::name).setLabelProvider(new ColumnLabelProvider() {
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
		column(Messages.People_COL_ORGANIZATION, 220, p -> orgNames.getOrDefault(p.organization(), ""));
		TableViewerColumn post = column(Messages.People_COL_POST, 140, Person::post);
		post.setEditingSupport(new PostEditing());
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
			if (index < rows.size()) {
				viewer.replace(rows.get(index), index);
			}
		});
		viewer.setUseHashlookup(true);
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
		List<Person> people = organization.map(org -> includeSubtree.getSelection() ? workspace.peopleWithin(org.id())
				: workspace.peopleIn(org.id())).orElse(List.of());
		Map<Object, String> names = new HashMap<>();
		people.forEach(p -> names.computeIfAbsent(p.organization(),
				id -> workspace.organizations().get(p.organization()).map(Organization::name).orElse("")));
		List<Person> sorted = new ArrayList<>(people);
		sorted.sort(Comparator.comparing(Person::name, collator).thenComparing(Person::id));
		orgNames = names;
		all = sorted;
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
		String q = filter.getText().strip();
		String digits = q.toUpperCase(Locale.ROOT);
		rows = q.isEmpty() ? all
				: all.stream().filter(p -> ChineseText.matches(p.name(), q) || p.citizenId().value().contains(digits)).toList();
		viewer.setInput(rows);
		viewer.setItemCount(rows.size());
		viewer.refresh();
		count.setText(organization.isEmpty() ? Messages.People_NO_ORGANIZATION
				: rows.size() == all.size() ? Nls.bind(Messages.People_COUNT, all.size())
						: Nls.bind(Messages.People_COUNT_FILTERED, rows.size(), all.size()));
		count.getParent().layout(new org.eclipse.swt.widgets.Control[] { count });
	}

	/** The people shown right now, in table order. */
	public List<Person> rows() {
		return rows;
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

	private final class PostEditing extends EditingSupport {
		private final TextCellEditor editor = new TextCellEditor(viewer.getTable());

		PostEditing() {
			super(viewer);
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
			return ((Person) element).post();
		}

		@Override
		protected void setValue(Object element, Object value) {
			Person p = (Person) element;
			String post = String.valueOf(value).strip();
			if (post.equals(p.post())) {
				return;
			}
			try {
				workspace.execute(Commands.editPerson(p.withPost(post)));
			} catch (CommandException e) {
				MessageDialog.openError(viewer.getControl().getShell(), Messages.People_EDIT_FAILED, e.getMessage());
			}
		}
	}
}
