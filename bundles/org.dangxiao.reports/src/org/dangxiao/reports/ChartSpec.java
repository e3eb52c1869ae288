package org.dangxiao.reports;

import java.util.List;

/**
 * How to chart a report's table: one series per value column, one category per row (labelled from
 * {@code labelColumn}). Only the first {@code maxCategories} rows are charted.
 */
public record ChartSpec(Kind kind, String title, int labelColumn, List<Integer> valueColumns, int maxCategories) {
	public enum Kind {
		BAR, LINE
	}

	public ChartSpec {
		valueColumns = List.copyOf(valueColumns);
		if (valueColumns.isEmpty() || maxCategories < 1) {
			throw new IllegalArgumentException("a chart needs a value column and at least one category");
		}
	}
}
