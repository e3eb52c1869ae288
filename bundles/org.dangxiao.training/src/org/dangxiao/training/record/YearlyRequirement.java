package org.dangxiao.training.record;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.dangxiao.model.Check;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.model.training.ClassMode;

/** Cadres below 县处级: {@code days} days or {@code hours} 学时 in every calendar year. */
public record YearlyRequirement(int days, BigDecimal hours, Set<ClassMode> modes) implements Requirement {
	public YearlyRequirement {
		Check.count(days, "days");
		hours = Check.notNegative(hours, "hours");
		modes = Set.copyOf(modes);
	}

	/** 《干部教育培训工作条例》(2023): 12 days or 90 学时 a year; every mode counts. */
	public static YearlyRequirement standard() {
		return new YearlyRequirement(12, BigDecimal.valueOf(90), EnumSet.allOf(ClassMode.class));
	}

	@Override
	public String describe() {
		return Nls.bind(Messages.YearlyRequirement_DESCRIPTION, days, RequirementCheck.plain(hours));
	}

	/** The calendar year of {@code asOf}, all of it; promotions do not matter to this rule. */
	@Override
	public RequirementCheck check(TrainingRecord record, LocalDate asOf, Optional<LocalDate> promoted) {
		return check(record, Year.from(asOf));
	}

	/** Classes whose last day lies in {@code year}. Nothing is ever overdue: the year is the whole window. */
	public RequirementCheck check(TrainingRecord record, Year year) {
		LocalDate from = year.atDay(1), to = year.atMonth(12).atEndOfMonth();
		TrainingRecord.Tally t = record.tally(from, to, modes);
		return new RequirementCheck(this, from, to, t.days(), t.hours(), Optional.empty(), false);
	}
}
