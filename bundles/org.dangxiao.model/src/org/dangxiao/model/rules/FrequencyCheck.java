package org.dangxiao.model.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.dangxiao.model.Organization;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.model.study.Meeting;

/** Finds the periods in which an organization held fewer meetings than its rules require. */
public record FrequencyCheck(FrequencyRules rules) {
	/** One rule missed in one period. */
	public record Shortfall(FrequencyRule rule, LocalDate periodStart, int expected, int actual) {
		public Shortfall {
			Objects.requireNonNull(rule, "rule");
			Objects.requireNonNull(periodStart, "periodStart");
		}

		/** The last day of the period, inclusive. */
		public LocalDate periodEnd() {
			return rule.period().next(periodStart).minusDays(1);
		}

		public String message() {
			return Nls.bind(Messages.Shortfall_MESSAGE, rule.period().describe(periodStart), rule.meeting().label(),
					expected, actual);
		}
	}

	public FrequencyCheck {
		Objects.requireNonNull(rules, "rules");
	}

	/**
	 * Checks every calendar period lying wholly inside {@code from}…{@code to} (both included).
	 * Periods cut by the range are skipped: an unfinished month cannot be judged yet, and one that
	 * began before the range may have had meetings the caller did not pass.
	 *
	 * @param meetings meetings of {@code organization} only; others are a caller's mistake
	 * @return shortfalls ordered by period start, then by rule order
	 */
	public List<Shortfall> shortfalls(Organization organization, LocalDate from, LocalDate to,
			Collection<Meeting> meetings) {
		for (Meeting m : meetings) {
			if (!m.organization().equals(organization.id())) {
				throw new IllegalArgumentException(m.id() + " belongs to " + m.organization() + ", not " + organization.id());
			}
		}
		List<Shortfall> out = new ArrayList<>();
		for (FrequencyRule rule : rules.applicableTo(organization.type())) {
			FrequencyRule.Period period = rule.period();
			Map<LocalDate, Long> held = meetings.stream().filter(m -> m.type() == rule.meeting())
					.collect(Collectors.groupingBy(m -> period.start(m.date()), Collectors.counting()));
			LocalDate start = period.start(from);
			if (start.isBefore(from)) {
				start = period.next(start);
			}
			for (; !period.next(start).minusDays(1).isAfter(to); start = period.next(start)) {
				int actual = held.getOrDefault(start, 0L).intValue();
				if (actual < rule.minimumCount()) {
					out.add(new Shortfall(rule, start, rule.minimumCount(), actual));
				}
			}
		}
		// stable: within one period the rules keep their configured order
		out.sort(Comparator.comparing(Shortfall::periodStart));
		return out;
	}
}
