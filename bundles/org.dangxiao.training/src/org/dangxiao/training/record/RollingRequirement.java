package org.dangxiao.training.record;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.dangxiao.model.Check;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.model.training.ClassMode;

/**
 * 县处级以上领导干部: {@code days} days or {@code hours} 学时 of full-time training in every
 * rolling window of {@code years} years; someone promoted before reaching it has
 * {@code promotionGrace} from the promotion.
 *
 * <p>The window ending on a day D is the {@code years} years up to and including D: it starts on
 * (D + 1 day) − {@code years} years, so 2021-01-01 for D = 2025-12-31 and 2019-03-01 for
 * D = 2024-02-29. Read as [start, D + 1), it is exactly {@code years} calendar years long, leap
 * days or not.
 */
public record RollingRequirement(int years, int days, BigDecimal hours, Set<ClassMode> modes, Period promotionGrace)
		implements Requirement {
	public RollingRequirement {
		if (years <= 0) {
			throw new IllegalArgumentException("years must be more than 0: " + years);
		}
		Check.count(days, "days");
		hours = Check.notNegative(hours, "hours");
		modes = Set.copyOf(modes);
		Objects.requireNonNull(promotionGrace, "promotionGrace");
		if (promotionGrace.isNegative()) {
			throw new IllegalArgumentException("promotionGrace must not be negative: " + promotionGrace);
		}
	}

	/**
	 * 《干部教育培训工作条例》(2023): 3 months or 550 学时 every 5 years at a 党校 (行政学院), 干部学院
	 * or another approved institution, and within 1 year of a promotion.
	 *
	 * <p>3 months is taken as 90 days with an attended course. That matches 550 学时 at the
	 * standard 6 学时 a day (about 92 days); a locality that counts 3 months in working days
	 * (about 66) sets its own number.
	 *
	 * <p>Full-time training is the modes {@link ClassMode#fullTime()} names: 党校 (including the
	 * 行政学院, one institution with it) and 区外 (classes at 干部学院 and other schools outside the
	 * region). 夜校 and 远程教育 are part-time and do not count.
	 */
	public static RollingRequirement standard() {
		Set<ClassMode> fullTime = Arrays.stream(ClassMode.values()).filter(ClassMode::fullTime)
				.collect(Collectors.toUnmodifiableSet());
		return new RollingRequirement(5, 90, BigDecimal.valueOf(550), fullTime, Period.ofYears(1));
	}

	/** First day of the window ending on {@code asOf}. */
	public LocalDate windowStart(LocalDate asOf) {
		return asOf.plusDays(1).minusYears(years);
	}

	@Override
	public String describe() {
		return Nls.bind(Messages.RollingRequirement_DESCRIPTION, years, RequirementCheck.plain(hours), days);
	}

	/**
	 * The window ends on {@code asOf}. When not met and {@code promoted} is given, the result is
	 * due on promotion + {@link #promotionGrace()} (that day still in time) and overdue after it.
	 * Training before the promotion counts, as long as it lies in the window.
	 */
	@Override
	public RequirementCheck check(TrainingRecord record, LocalDate asOf, Optional<LocalDate> promoted) {
		Objects.requireNonNull(promoted, "promoted");
		LocalDate from = windowStart(asOf);
		TrainingRecord.Tally t = record.tally(from, asOf, modes);
		boolean met = RequirementCheck.reaches(this, t);
		Optional<LocalDate> due = met ? Optional.empty() : promoted.map(p -> p.plus(promotionGrace));
		boolean overdue = due.filter(asOf::isAfter).isPresent();
		return new RequirementCheck(this, from, asOf, t.days(), t.hours(), due, overdue);
	}
}
