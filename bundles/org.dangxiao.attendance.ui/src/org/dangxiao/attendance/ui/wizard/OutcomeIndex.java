package org.dangxiao.attendance.ui.wizard;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.dangxiao.imports.ImportPlan;
import org.dangxiao.imports.PlannedRow;
import org.dangxiao.imports.PlannedRow.Outcome;

/**
 * Where the rows of each outcome are in a plan. The plan builds plainly accepted rows on demand, so
 * this one pass over them is made off the UI thread, right after planning; the preview's filter
 * buttons then switch instantly, even at 500,000 rows.
 */
final class OutcomeIndex {
	private final Map<Outcome, int[]> positions = new EnumMap<>(Outcome.class);

	OutcomeIndex(ImportPlan plan) {
		int[] filled = new int[Outcome.values().length];
		for (Outcome o : Outcome.values()) {
			positions.put(o, new int[(int) plan.count(o)]);
		}
		List<PlannedRow> rows = plan.rows();
		for (int i = 0; i < rows.size(); i++) {
			Outcome o = rows.get(i).outcome();
			positions.get(o)[filled[o.ordinal()]++] = i;
		}
	}

	/** The positions in {@link ImportPlan#rows()} of the rows with {@code outcome}, in file order. */
	int[] of(Outcome outcome) {
		return positions.get(outcome);
	}
}
