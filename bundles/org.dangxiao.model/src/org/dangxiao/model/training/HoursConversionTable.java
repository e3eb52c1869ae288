package org.dangxiao.model.training;

import org.dangxiao.model.Check;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.dangxiao.model.nls.Nls;

/**
 * How a province or unit credits 学时. Tables differ by locality, so they are data the user
 * edits; {@link #standard()} is only an example to start from.
 *
 * @param perFullDay      学时 per day of full-time study
 * @param perHalfDay      学时 per half day
 * @param perCourseHour   学时 per scheduled course hour
 * @param perStudySession 学时 per 中心组 study session
 * @param online          thresholds for online courses, kept sorted by minutes
 */
public record HoursConversionTable(ConversionTableId id, String name, BigDecimal perFullDay, BigDecimal perHalfDay,
		BigDecimal perCourseHour, BigDecimal perStudySession, List<OnlineThreshold> online) {
	private static final BigDecimal TWO = BigDecimal.valueOf(2);

	/** An online course watched for at least {@code minMinutes} earns {@code hours}. */
	public record OnlineThreshold(int minMinutes, BigDecimal hours) {
		public OnlineThreshold {
			if (minMinutes < 0) {
				throw new IllegalArgumentException("minMinutes must be zero or more: " + minMinutes);
			}
			hours = Check.notNegative(hours, "hours");
		}
	}

	public HoursConversionTable {
		Objects.requireNonNull(id, "id");
		name = Check.text(name, "name");
		perFullDay = Check.notNegative(perFullDay, "perFullDay");
		perHalfDay = Check.notNegative(perHalfDay, "perHalfDay");
		perCourseHour = Check.notNegative(perCourseHour, "perCourseHour");
		perStudySession = Check.notNegative(perStudySession, "perStudySession");
		online = online.stream().sorted(Comparator.comparingInt(OnlineThreshold::minMinutes)).toList();
		for (int i = 1; i < online.size(); i++) {
			OnlineThreshold lower = online.get(i - 1), higher = online.get(i);
			// equal minutes would make the credit ambiguous; less credit for longer study is a typo
			if (lower.minMinutes() == higher.minMinutes() || higher.hours().compareTo(lower.hours()) < 0) {
				throw new IllegalArgumentException(Nls.bind(Messages.HoursConversionTable_THRESHOLDS, higher.minMinutes()));
			}
		}
	}

	/**
	 * The example of DOMAIN.md: 6 per full day, 3 per half day and per 中心组 session, 1 per course
	 * hour; online ≥30 min → 1, 15–29 → 0.5, 1–14 → 0.25. A course not watched at all earns nothing,
	 * hence the lowest threshold is 1 minute, not 0.
	 */
	public static HoursConversionTable standard() {
		return new HoursConversionTable(new ConversionTableId(1), Messages.HoursConversionTable_STANDARD_NAME,
				BigDecimal.valueOf(6), BigDecimal.valueOf(3), BigDecimal.ONE, BigDecimal.valueOf(3),
				List.of(new OnlineThreshold(1, new BigDecimal("0.25")), new OnlineThreshold(15, new BigDecimal("0.5")),
						new OnlineThreshold(30, BigDecimal.ONE)));
	}

	/** 学时 for {@code days} of full-time study, counted in whole and half days (2.5 = 2 full + 1 half). */
	public BigDecimal hoursForDays(BigDecimal days) {
		BigDecimal halves = Check.notNegative(days, "days").multiply(TWO);
		if (halves.stripTrailingZeros().scale() > 0) {
			throw new IllegalArgumentException(Nls.bind(Messages.HoursConversionTable_NOT_HALF_DAYS, days.toPlainString()));
		}
		BigDecimal[] fullAndHalf = halves.divideAndRemainder(TWO);
		return perFullDay.multiply(fullAndHalf[0]).add(perHalfDay.multiply(fullAndHalf[1]));
	}

	public BigDecimal hoursForCourseHours(BigDecimal courseHours) {
		return perCourseHour.multiply(Check.notNegative(courseHours, "courseHours"));
	}

	/** The credit of the highest threshold reached; zero below the lowest. */
	public BigDecimal hoursForOnlineMinutes(int minutes) {
		if (minutes < 0) {
			throw new IllegalArgumentException("minutes must be zero or more: " + minutes);
		}
		BigDecimal hours = BigDecimal.ZERO;
		for (OnlineThreshold t : online) {
			if (minutes >= t.minMinutes()) {
				hours = t.hours();
			}
		}
		return hours;
	}
}
