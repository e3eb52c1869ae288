package org.dangxiao.model.rules;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

import org.dangxiao.model.OrgType;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.model.study.MeetingType;

/**
 * At least {@code minimumCount} meetings of one type per calendar period, for organizations of
 * the given types. Data, not code: localities set their own.
 *
 * @param appliesTo the organization types bound by the rule; empty: all types
 */
public record FrequencyRule(MeetingType meeting, Set<OrgType> appliesTo, Period period, int minimumCount) {
	/** Calendar periods, aligned to the year: quarters start in January, April, July and October. */
	public enum Period {
		MONTH(1), QUARTER(3), HALF_YEAR(6), YEAR(12);

		private final int months;

		Period(int months) {
			this.months = months;
		}

		public String label() {
			return switch (this) {
			case MONTH -> Messages.Period_MONTH;
			case QUARTER -> Messages.Period_QUARTER;
			case HALF_YEAR -> Messages.Period_HALF_YEAR;
			case YEAR -> Messages.Period_YEAR;
			};
		}

		/** The first day of the period containing {@code day}. */
		public LocalDate start(LocalDate day) {
			return LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / months * months + 1, 1);
		}

		/** The first day of the following period. */
		public LocalDate next(LocalDate day) {
			return start(day).plusMonths(months);
		}

		/** The period containing {@code day} as users name it: 2024年3月, 2024年第3季度, 2024年下半年, 2024年. */
		public String describe(LocalDate day) {
			int year = day.getYear(), index = (day.getMonthValue() - 1) / months + 1;
			return switch (this) {
			case MONTH -> Nls.bind(Messages.Period_MONTH_OF, year, index);
			case QUARTER -> Nls.bind(Messages.Period_QUARTER_OF, year, index);
			case HALF_YEAR -> Nls.bind(index == 1 ? Messages.Period_FIRST_HALF_OF : Messages.Period_SECOND_HALF_OF, year);
			case YEAR -> Nls.bind(Messages.Period_YEAR_OF, year);
			};
		}
	}

	public FrequencyRule {
		Objects.requireNonNull(meeting, "meeting");
		Objects.requireNonNull(period, "period");
		appliesTo = Set.copyOf(appliesTo);
		if (minimumCount < 1) {
			throw new IllegalArgumentException("minimumCount must be at least 1: " + minimumCount);
		}
	}

	public boolean appliesTo(OrgType type) {
		return appliesTo.isEmpty() || appliesTo.contains(type);
	}
}
