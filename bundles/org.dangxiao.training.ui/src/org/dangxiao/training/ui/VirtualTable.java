package org.dangxiao.training.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * A virtual SWT table: only the rows scrolled into view become items, so 10,000 or 500,000 rows
 * scroll as smoothly as 10. Rows come from a list held in memory (sortable by a click on a
 * column header) or from a {@link Paged} source that reads the workspace one window at a time.
 */
public final class VirtualTable<T> {
	/** Rows read on demand: the table asks for row {@code index} only when it shows it. */
	public interface Paged<T> {
		int size();

		/** Rows {@code offset} to {@code offset + limit - 1}, fewer at the end. */
		List<T> window(int offset, int limit);
	}

	private record Column<T>(Function<T, String> text, Comparator<T> order) {
	}

	private static final int PAGE = 200;
	private static final int PAGES_KEPT = 40;

	private final Table table;
	private final List<Column<T>> columns = new ArrayList<>();
	private Function<T, Optional<Color>> foreground = x -> Optional.empty();
	private List<T> rows = List.of();
	private Optional<Paged<T>> paged = Optional.empty();
	private int size;
	private final Map<Integer, List<T>> pages = new LinkedHashMap<>(16, 0.75f, true) {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<Integer, List<T>> eldest) {
			return size() > PAGES_KEPT;
		}
	};

	public VirtualTable(Composite parent, int style, String testId) {
		table = Ui.testId(new Table(parent, style | SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER), testId);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.addListener(SWT.SetData, e -> {
			TableItem item = (TableItem) e.item;
			get(e.index).ifPresent(row -> {
				String[] texts = new String[columns.size()];
				for (int i = 0; i < texts.length; i++) {
					texts[i] = columns.get(i).text().apply(row);
				}
				item.setText(texts);
				foreground.apply(row).ifPresent(item::setForeground);
			});
		});
	}

	/** A column sorted, on a header click, by its text in pinyin order. */
	public VirtualTable<T> column(String title, int width, int alignment, Function<T, String> text) {
		java.text.Collator collator = Ui.collator();
		return column(title, width, alignment, text, (a, b) -> collator.compare(text.apply(a), text.apply(b)));
	}

	/** A column sorted by {@code order}: numbers by value, not as text. */
	public VirtualTable<T> column(String title, int width, int alignment, Function<T, String> text, Comparator<T> order) {
		TableColumn c = new TableColumn(table, alignment);
		c.setText(title);
		c.setWidth(width);
		c.setMoveable(true);
		Column<T> column = new Column<>(text, order);
		columns.add(column);
		c.addListener(SWT.Selection, e -> sortBy(c, column));
		return this;
	}

	public VirtualTable<T> foreground(Function<T, Optional<Color>> color) {
		foreground = color;
		return this;
	}

	public Table table() {
		return table;
	}

	/**
	 * Shows {@code newRows}, keeping the rows selected before selected when {@code key} finds them
	 * again (records are values: the new version of a row is a different object) and the current
	 * sort order.
	 */
	public void setRows(List<T> newRows, Function<T, Object> key) {
		Set<Object> kept = new HashSet<>();
		selected().forEach(r -> kept.add(key.apply(r)));
		List<T> sorted = new ArrayList<>(newRows);
		currentOrder().ifPresent(sorted::sort);
		rows = sorted;
		paged = Optional.empty();
		pages.clear();
		reset(sorted.size());
		if (!kept.isEmpty()) {
			List<Integer> indices = new ArrayList<>();
			for (int i = 0; i < sorted.size(); i++) {
				if (kept.contains(key.apply(sorted.get(i)))) {
					indices.add(i);
				}
			}
			table.setSelection(indices.stream().mapToInt(Integer::intValue).toArray());
		}
	}

	/** Rows read in windows; the selection is dropped, since the rows it held may have moved. */
	public void setPaged(Paged<T> source) {
		rows = List.of();
		paged = Optional.of(source);
		pages.clear();
		table.setSortColumn(null);
		reset(source.size());
		table.deselectAll();
	}

	private void reset(int count) {
		size = count;
		table.setItemCount(count);
		table.clearAll();
	}

	public int size() {
		return size;
	}

	/** Row {@code index}; empty past the end or when the window came back short. */
	public Optional<T> get(int index) {
		if (index < 0 || index >= size) {
			return Optional.empty();
		}
		if (paged.isEmpty()) {
			return Optional.of(rows.get(index));
		}
		List<T> page = pages.computeIfAbsent(index / PAGE, p -> paged.get().window(p * PAGE, PAGE));
		return index % PAGE < page.size() ? Optional.of(page.get(index % PAGE)) : Optional.empty();
	}

	/** The rows in memory, in the order shown; empty for a paged source. */
	public List<T> rows() {
		return rows;
	}

	public int selectionCount() {
		return table.getSelectionCount();
	}

	/** The selected rows in table order; a paged source reads the windows that hold them. */
	public List<T> selected() {
		List<T> out = new ArrayList<>();
		for (int i : sortedSelection()) {
			get(i).ifPresent(out::add);
		}
		return out;
	}

	private int[] sortedSelection() {
		int[] indices = table.getSelectionIndices();
		java.util.Arrays.sort(indices);
		return indices;
	}

	private void sortBy(TableColumn c, Column<T> column) {
		if (paged.isPresent()) {
			return; // the workspace decides the order of windows
		}
		int direction = table.getSortColumn() == c && table.getSortDirection() == SWT.UP ? SWT.DOWN : SWT.UP;
		List<T> selection = selected();
		table.setSortColumn(c);
		table.setSortDirection(direction);
		List<T> sorted = new ArrayList<>(rows);
		currentOrder().ifPresent(sorted::sort);
		rows = sorted;
		table.clearAll();
		Set<T> wanted = new HashSet<>(selection);
		List<Integer> indices = new ArrayList<>();
		for (int i = 0; i < rows.size() && indices.size() < wanted.size(); i++) {
			if (wanted.contains(rows.get(i))) {
				indices.add(i);
			}
		}
		table.setSelection(indices.stream().mapToInt(Integer::intValue).toArray());
	}

	private Optional<Comparator<T>> currentOrder() {
		TableColumn c = table.getSortColumn();
		if (c == null) {
			return Optional.empty();
		}
		Comparator<T> order = columns.get(table.indexOf(c)).order();
		return Optional.of(table.getSortDirection() == SWT.DOWN ? order.reversed() : order);
	}
}
