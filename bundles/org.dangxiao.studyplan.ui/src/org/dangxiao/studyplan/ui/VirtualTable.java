package org.dangxiao.studyplan.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * A virtual SWT table over rows held in memory: only the rows scrolled into view become items, so
 * the 900,000 cells of a whole province's compliance scroll as smoothly as 10. A click on a column
 * header sorts by it. Copied from the training views, without paged sources and with colours per
 * column (a status column in colour reads better than a whole row in green).
 */
public final class VirtualTable<T> {
	private record Column<T>(Function<T, String> text, Comparator<T> order, Function<T, Optional<Color>> color) {
	}

	private final Table table;
	private final List<Column<T>> columns = new ArrayList<>();
	private Function<T, Optional<Color>> foreground = x -> Optional.empty();
	private Function<T, Optional<Font>> font = x -> Optional.empty();
	private List<T> rows = List.of();

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
				font.apply(row).ifPresent(item::setFont);
				for (int i = 0; i < texts.length; i++) {
					int column = i;
					columns.get(i).color().apply(row).ifPresent(c -> item.setForeground(column, c));
				}
			});
		});
	}

	/** A column sorted, on a header click, by its text in pinyin order. */
	public VirtualTable<T> column(String title, int width, int alignment, Function<T, String> text) {
		java.text.Collator collator = Ui.collator();
		return column(title, width, alignment, text, (a, b) -> collator.compare(text.apply(a), text.apply(b)));
	}

	/** A column sorted by {@code order}: numbers by value and dates by date, not as text. */
	public VirtualTable<T> column(String title, int width, int alignment, Function<T, String> text, Comparator<T> order) {
		return column(title, width, alignment, text, order, x -> Optional.empty());
	}

	/** A column whose text some rows paint in a colour of their own (a status, a number of days late). */
	public VirtualTable<T> column(String title, int width, int alignment, Function<T, String> text, Comparator<T> order,
			Function<T, Optional<Color>> color) {
		TableColumn c = new TableColumn(table, alignment);
		c.setText(title);
		c.setWidth(width);
		c.setMoveable(true);
		Column<T> column = new Column<>(text, order, color);
		columns.add(column);
		c.addListener(SWT.Selection, e -> sortBy(c));
		return this;
	}

	/** The colour of whole rows. */
	public VirtualTable<T> foreground(Function<T, Optional<Color>> color) {
		foreground = color;
		return this;
	}

	/** The font of whole rows: italic for what is only planned. */
	public VirtualTable<T> font(Function<T, Optional<Font>> rowFont) {
		font = rowFont;
		return this;
	}

	/** Double-click or Enter on a row. */
	public VirtualTable<T> onOpen(Consumer<T> open) {
		table.addListener(SWT.DefaultSelection, e -> selected().stream().findFirst().ifPresent(open));
		return this;
	}

	/** A change of the selection, by mouse or keyboard. */
	public VirtualTable<T> onSelect(Runnable selected) {
		table.addListener(SWT.Selection, e -> selected.run());
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
		table.setItemCount(sorted.size());
		table.clearAll();
		table.deselectAll();
		if (!kept.isEmpty()) {
			List<Integer> indices = new ArrayList<>();
			for (int i = 0; i < sorted.size() && indices.size() < kept.size(); i++) {
				if (kept.contains(key.apply(sorted.get(i)))) {
					indices.add(i);
				}
			}
			table.setSelection(indices.stream().mapToInt(Integer::intValue).toArray());
		}
	}

	public int size() {
		return rows.size();
	}

	/** Row {@code index}; empty past the end. */
	public Optional<T> get(int index) {
		return index < 0 || index >= rows.size() ? Optional.empty() : Optional.of(rows.get(index));
	}

	/** The rows, in the order shown. */
	public List<T> rows() {
		return rows;
	}

	/** The selected rows in table order. */
	public List<T> selected() {
		int[] indices = table.getSelectionIndices();
		java.util.Arrays.sort(indices);
		List<T> out = new ArrayList<>();
		for (int i : indices) {
			get(i).ifPresent(out::add);
		}
		return out;
	}

	public Optional<T> first() {
		return selected().stream().findFirst();
	}

	/** Selects the first row {@code key} finds, scrolled into view. */
	public void select(Function<T, Object> key, Object wanted) {
		for (int i = 0; i < rows.size(); i++) {
			if (key.apply(rows.get(i)).equals(wanted)) {
				table.setSelection(i);
				table.showSelection();
				return;
			}
		}
	}

	private void sortBy(TableColumn c) {
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
