package org.dangxiao.compliance;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.dangxiao.model.OrgId;
import org.dangxiao.model.rules.FrequencyRule;
import org.dangxiao.model.study.MeetingId;

/**
 * One rule in one period for one organization: what was required, what was held, and the verdict.
 *
 * @param periodEnd the last day of the period, inclusive
 * @param held      the number of meetings counted; {@link Compliance} sets it to {@code meetings.size()}
 * @param meetings  the meetings counted, by date then id
 */
public record ComplianceCell(OrgId organization, FrequencyRule rule, LocalDate periodStart, LocalDate periodEnd,
		int required, int held, List<MeetingId> meetings, CellStatus status) {
	public ComplianceCell {
		Objects.requireNonNull(organization, "organization");
		Objects.requireNonNull(rule, "rule");
		Objects.requireNonNull(periodStart, "periodStart");
		Objects.requireNonNull(periodEnd, "periodEnd");
		Objects.requireNonNull(status, "status");
		meetings = List.copyOf(meetings);
		if (periodEnd.isBefore(periodStart)) {
			throw new IllegalArgumentException("period ends " + periodEnd + " before it starts " + periodStart);
		}
		if (required < 0 || held < 0) {
			throw new IllegalArgumentException("counts must be zero or more: " + required + ", " + held);
		}
	}

	/** The period as users name it: 2024年3月, 2024年第1季度, 2024年上半年, 2024年. */
	public String periodLabel() {
		return rule.period().describe(periodStart);
	}

	/** How many meetings are still missing; 0 when met. */
	public int shortBy() {
		return Math.max(0, required - held);
	}

	/** Whether {@code day} lies in the period. */
	public boolean contains(LocalDate day) {
		return !day.isBefore(periodStart) && !day.isAfter(periodEnd);
	}
}
