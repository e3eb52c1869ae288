package org.dangxiao.attendance.ui.wizard;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.IntStream;

import org.dangxiao.attendance.ui.Messages;
import org.dangxiao.attendance.ui.Texts;
import org.dangxiao.imports.Field;
import org.dangxiao.imports.Mapping;
import org.dangxiao.imports.Sessions;
import org.dangxiao.imports.SheetRow;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.FocusCellOwnerDrawHighlighter;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TableViewerFocusCellManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;

/**
 * The columns of one sheet with what each means: 含义 (a {@link Field} or 不导入) and 上下午 are
 * chosen from combo cell editors. The arrow keys move between cells, F2 or Space opens the choice.
 */
final class MappingTable {
	private final TableViewer viewer;
	private final Consumer<Mapping> changed;
	/** Null for a sheet without a header. */
	private Mapping mapping;
	private List<SheetRow> top = List.of();

	MappingTable(Composite parent, Consumer<Mapping> changed) {
		this.changed = changed;
		viewer = new TableViewer(parent, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		Table table = viewer.getTable();
		table.setData(Panes.TEST_ID, "import.columns");
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		Panes.fill(table);
		// the elements are column positions: they stay the same while the mapping changes under them
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(Messages.Sheets_COL_COLUMN, 44, c -> Texts.columnLetter(c.index()));
		column(Messages.Sheets_COL_HEADER, 150, Mapping.Column::header);
		column(Messages.Sheets_COL_FIELD, 120, c -> Texts.field(c.field()))
				.setEditingSupport(new Choice(fieldChoices(), c -> c.field().map(f -> f.ordinal() + 1).orElse(0),
						(c, i) -> mapping.with(c.index(), i == 0 ? Optional.empty() : Optional.of(Field.values()[i - 1]), c.session())));
		column(Messages.Sheets_COL_SESSION, 70, c -> Texts.session(c.session()))
				.setEditingSupport(new Choice(sessionChoices(), c -> c.session().map(s -> s.ordinal() + 1).orElse(0),
						(c, i) -> mapping.with(c.index(), c.field(), i == 0 ? Optional.empty() : Optional.of(Sessions.values()[i - 1]))));
		column(Messages.Sheets_COL_SAMPLE, 160, this::sample);
		editWithKeyboard();
	}

	/** Shows the columns of a sheet; an empty mapping (no header found) shows none. */
	void show(Optional<Mapping> shown, List<SheetRow> rows) {
		mapping = shown.orElse(null);
		top = rows;
		viewer.setInput(shown.map(m -> IntStream.range(0, m.columns().size()).boxed().toList()).orElse(List.of()));
	}

	private TableViewerColumn column(String title, int width, Function<Mapping.Column, String> text) {
		TableViewerColumn col = new TableViewerColumn(viewer, SWT.NONE);
		col.getColumn().setText(title);
		col.getColumn().setWidth(width);
		col.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(at(element));
			}
		});
		return col;
	}

	private Mapping.Column at(Object element) {
		return mapping.columns().get((Integer) element);
	}

	/** The column's value in the first row below the header: seeing 张三 tells more than the header word. */
	private String sample(Mapping.Column c) {
		int last = mapping.lastHeaderRow();
		return top.stream().filter(r -> r.number() > last).findFirst().map(r -> r.cell(c.index()).display()).orElse("");
	}

	private void editWithKeyboard() {
		TableViewerFocusCellManager focus = new TableViewerFocusCellManager(viewer, new FocusCellOwnerDrawHighlighter(viewer));
		ColumnViewerEditorActivationStrategy activation = new ColumnViewerEditorActivationStrategy(viewer) {
			@Override
			protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent e) {
				// not Enter: it belongs to the wizard's default button (下一步)
				return e.eventType == ColumnViewerEditorActivationEvent.TRAVERSAL
						|| e.eventType == ColumnViewerEditorActivationEvent.MOUSE_CLICK_SELECTION
						|| e.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
						|| e.eventType == ColumnViewerEditorActivationEvent.KEY_PRESSED && (e.keyCode == SWT.F2 || e.character == ' ');
			}
		};
		TableViewerEditor.create(viewer, focus, activation, ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.TABBING_MOVE_TO_ROW_NEIGHBOR
				| ColumnViewerEditor.TABBING_VERTICAL | ColumnViewerEditor.KEYBOARD_ACTIVATION);
	}

	private static String[] fieldChoices() {
		List<String> items = new ArrayList<>();
		items.add(Messages.Field_NONE);
		for (Field f : Field.values()) {
			items.add(f.label());
		}
		return items.toArray(String[]::new);
	}

	private static String[] sessionChoices() {
		List<String> items = new ArrayList<>();
		items.add("");
		for (Sessions s : Sessions.values()) {
			items.add(s.label());
		}
		return items.toArray(String[]::new);
	}

	/** One combo column: item 0 means "none", item i the (i-1)th enum constant. */
	private final class Choice extends EditingSupport {
		private final ComboBoxCellEditor editor;
		private final ToIntFunction<Mapping.Column> current;
		private final BiFunction<Mapping.Column, Integer, Mapping> change;

		Choice(String[] items, ToIntFunction<Mapping.Column> current, BiFunction<Mapping.Column, Integer, Mapping> change) {
			super(viewer);
			this.editor = new ComboBoxCellEditor(viewer.getTable(), items, SWT.READ_ONLY);
			this.current = current;
			this.change = change;
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			return editor;
		}

		@Override
		protected boolean canEdit(Object element) {
			return mapping != null;
		}

		@Override
		protected Object getValue(Object element) {
			return current.applyAsInt(at(element));
		}

		@Override
		protected void setValue(Object element, Object value) {
			int choice = value instanceof Integer i ? i : -1;
			if (choice < 0) {
				return;
			}
			Mapping next = change.apply(at(element), choice);
			if (next.equals(mapping)) {
				return;
			}
			mapping = next;
			viewer.update(element, null);
			changed.accept(next);
		}
	}
}
