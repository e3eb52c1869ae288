package org.dangxiao.imports;

import java.util.List;

/**
 * One row of a sheet.
 *
 * @param number the row number as the spreadsheet program shows it (1 for the first row)
 */
public record SheetRow(int number, List<Cell> cells) {
	public SheetRow {
		cells = List.copyOf(cells);
	}

	public Cell cell(int column) {
		return column < cells.size() ? cells.get(column) : Cell.BLANK;
	}

	public boolean isBlank() {
		for (Cell c : cells) {
			if (!c.isBlank()) {
				return false;
			}
		}
		return true;
	}
}
