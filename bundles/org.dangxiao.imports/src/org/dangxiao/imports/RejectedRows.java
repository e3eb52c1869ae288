package org.dangxiao.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rows an import left out, as an .xlsx the class head can correct and send back: the sheet,
 * the row number, the half-day when a row of a two-row header gave one record per half-day, the
 * row as it was, and the reasons.
 */
public final class RejectedRows {
	private RejectedRows() {
	}

	public static void write(ImportPlan plan, Path file) throws ImportException {
		List<PlannedRow> rejected = plan.rejected();
		int width = rejected.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
		List<List<Object>> rows = new ArrayList<>(rejected.size() + 1);
		boolean halfDays = rejected.stream().anyMatch(r -> r.session().isPresent());
		List<Object> header = new ArrayList<>(List.of(Messages.Export_HEADER_SHEET, Messages.Export_HEADER_ROW));
		if (halfDays) {
			header.add(Messages.Export_HEADER_SESSION);
		}
		int before = header.size();
		for (int c = 0; c < width; c++) {
			header.add(org.apache.poi.ss.util.CellReference.convertNumToColString(c));
		}
		header.add(Messages.Export_HEADER_REASON);
		rows.add(header);
		for (PlannedRow row : rejected) {
			List<Object> out = new ArrayList<>(List.of(row.sheet(), row.row()));
			if (halfDays) {
				out.add(row.session().map(Sessions::label).orElse(""));
			}
			out.addAll(row.cells());
			while (out.size() < before + width) {
				out.add(""); // the reason stays in its own column however short the row
			}
			out.add(row.explanation());
			rows.add(out);
		}
		XlsxTable.write(file, Messages.Export_HEADER_REASON, Optional.empty(), rows);
	}
}
