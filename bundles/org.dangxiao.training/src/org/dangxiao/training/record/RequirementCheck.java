package org.dangxiao.training.record;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.dangxiao.model.Check;
import org.dangxiao.model.nls.Nls;

/**
 * The outcome of one {@link Requirement} for one person.
 *
 * @param rule    the rule that was applied
 * @param from    first day of the window, inclusive
 * @param to      last day of the window, inclusive
 * @param days    days achieved in the window
 * @param hours   学时 achieved in the window
 * @param dueBy   for a newly promoted cadre who has not met the rule: the last day to meet it
 * @param overdue {@code dueBy} has passed and the rule is still not met
 */
public record RequirementCheck(Requirement rule, LocalDate from, LocalDate to, int days, BigDecimal hours,
		Optional<LocalDate> dueBy, boolean overdue) {
	public RequirementCheck {
		Objects.requireNonNull(rule, "rule");
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		Objects.requireNonNull(dueBy, "dueBy");
		Check.count(days, "days");
		hours = Check.notNegative(hours, "hours");
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("window " + from + "…" + to + " is reversed");
		}
		// the parameters, not met(): the fields are assigned only after this block
		if (overdue && (dueBy.isEmpty() || reaches(rule, new TrainingRecord.Tally(days, hours)))) {
			throw new IllegalArgumentException("only an unmet rule with a due date can be overdue");
		}
	}

	/** 学时 as the sentence shows them: 550, not 5.5E+2. */
	static String plain(BigDecimal n) {
		return n.stripTrailingZeros().toPlainString();
	}

	static boolean reaches(Requirement rule, TrainingRecord.Tally t) {
		return t.days() >= rule.days() || t.hours().compareTo(rule.hours()) >= 0;
	}

	/** Either amount reached is enough. */
	public boolean met() {
		return reaches(rule, new TrainingRecord.Tally(days, hours));
	}

	public int requiredDays() {
		return rule.days();
	}

	public BigDecimal requiredHours() {
		return rule.hours();
	}

	/** Days still missing, 0 when met (by either amount). */
	public int missingDays() {
		return met() ? 0 : rule.days() - days;
	}

	/** 学时 still missing, 0 when met (by either amount). */
	public BigDecimal missingHours() {
		return met() ? BigDecimal.ZERO : rule.hours().subtract(hours).stripTrailingZeros();
	}

	/** The result in one sentence for the UI. */
	public String message() {
		String pattern = met() ? Messages.RequirementCheck_MET
				: overdue ? Messages.RequirementCheck_OVERDUE
						: dueBy.isPresent() ? Messages.RequirementCheck_DUE : Messages.RequirementCheck_NOT_MET;
		return Nls.bind(pattern, from.toString(), to.toString(), RequirementCheck.plain(hours), days, rule.describe(),
				RequirementCheck.plain(missingHours()), missingDays(), dueBy.map(LocalDate::toString).orElse(""));
	}
}
