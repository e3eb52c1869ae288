package org.dangxiao.training.record;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import org.dangxiao.model.training.ClassMode;

/**
 * A training amount of 《干部教育培训工作条例》(2023) a cadre must reach: {@link #days()} days or
 * {@link #hours()} 学时, whichever comes first, counting classes of {@link #modes()}.
 */
public sealed interface Requirement permits RollingRequirement, YearlyRequirement {
	/** Days with an attended course (see {@link Credit#attendedDates()}). */
	int days();

	BigDecimal hours();

	/** The class modes whose days and 学时 count. */
	Set<ClassMode> modes();

	/** The rule in words for the check's sentence, e.g. "每 5 年 550 学时或 90 天". */
	String describe();

	/**
	 * Checks {@code record} in the window this rule sets around {@code asOf}.
	 *
	 * @param promoted when the person was promoted into the rank the rule is for; rules without a
	 *                 grace period for new promotions ignore it
	 */
	RequirementCheck check(TrainingRecord record, LocalDate asOf, Optional<LocalDate> promoted);
}
