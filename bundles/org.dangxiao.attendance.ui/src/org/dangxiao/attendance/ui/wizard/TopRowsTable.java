package org.dangxiao.attendance.ui.wizard;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.dangxiao.attendance.ui.Messages;
import org.dangxiao.attendance.ui.Texts;
import org.dangxiao.imports.Mapping;
import org.dangxiao.imports.SheetRow;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/** The first rows of a sheet as the file has them, title and header rows included; header rows in bold. */
final class TopRowsTable {
	/** Sign-in sheets are narrow; a wider row is stray formatting, not data worth a column. */
	private static final int MAX_COLUMNS = 50;
	private static final int MAX_CELL = 200;

	private final Table table;

	TopRowsTable(Composite parent) {
		table = new Table(parent, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setData(Panes.TEST_ID, "import.top");
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		Panes.fill(table);
	}

	void show(List<SheetRow> rows, Optional<Mapping> mapping) {
		table.setRedraw(false);
		try {
			table.removeAll();
			for (TableColumn c : table.getColumns()) {
				c.dispose();
			}
			int width = Math.min(MAX_COLUMNS, rows.stream().mapToInt(r -> r.cells().size()).max().orElse(0));
			column(Messages.Sheets_COL_ROW, 48);
			for (int i = 0; i < width; i++) {
				column(Texts.columnLetter(i), 96);
			}
			Font bold = JFaceResources.getFontRegistry().getBold(JFaceResources.DIALOG_FONT);
			Set<Integer> header = mapping.map(m -> Set.copyOf(m.headerRows())).orElse(Set.of());
			for (SheetRow r : rows) {
				String[] texts = new String[width + 1];
				texts[0] = Integer.toString(r.number());
				for (int i = 0; i < width; i++) {
					texts[i + 1] = oneLine(r.cell(i).display());
				}
				TableItem item = new TableItem(table, SWT.NONE);
				item.setText(texts);
				if (header.contains(r.number())) {
					item.setFont(bold);
				}
			}
		} finally {
			table.setRedraw(true);
		}
	}

	private void column(String title, int width) {
		TableColumn c = new TableColumn(table, SWT.NONE);
		c.setText(title);
		c.setWidth(width);
	}

	private static String oneLine(String text) {
		String line = text.replace('\n', ' ').replace('\r', ' ');
		return line.length() > MAX_CELL ? line.substring(0, MAX_CELL) + "…" : line;
	}
}
