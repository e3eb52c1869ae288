package org.dangxiao.reports;

import java.util.List;
import java.util.Optional;

/**
 * What a report produced.
 *
 * @param title a register's title row (e.g. 2026年度第一议题学习台账)
 * @param notes lines under the title: the parameters used, when it was made, totals
 * @param rows  cells are String, Long/Integer, BigDecimal/Double, LocalDate or LocalDateTime, in
 *              the columns' order; a row may be shorter than the columns (empty cells at its end)
 */
public record ReportResult(String title, List<String> notes, List<Column> columns, List<List<Object>> rows, Optional<ChartSpec> chart) {
	public ReportResult {
		notes = List.copyOf(notes);
		columns = List.copyOf(columns);
		rows = List.copyOf(rows);
		for (List<Object> row : rows) {
			if (row.size() > columns.size()) {
				throw new IllegalArgumentException("a row has more cells than the report has columns");
			}
		}
	}
}
