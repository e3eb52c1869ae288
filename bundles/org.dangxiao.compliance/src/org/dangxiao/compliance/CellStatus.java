package org.dangxiao.compliance;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Status of one rule in one period for one organization, judged on a given day.
 *
 * <p>Precedence, first match wins: {@link #MET} when enough meetings were held (even before the
 * period ends, so an early meeting is not shown as pending); {@link #MISSED} when the period has
 * ended short; {@link #DUE} when the period has begun and ends within {@code dueSoonDays} days
 * (the last day counts: on the last day 0 days are left); {@link #UPCOMING} otherwise, which
 * covers periods not yet begun, so a future period is never urged before it can be acted on.
 */
public enum CellStatus {
	MET, // 已达标
	MISSED, // 未达标
	UPCOMING, // 待开展
	DUE; // 临期

	/** The name shown to users (已达标, 未达标, 待开展, 临期). */
	public String label() {
		return switch (this) {
		case MET -> Messages.CellStatus_MET;
		case MISSED -> Messages.CellStatus_MISSED;
		case UPCOMING -> Messages.CellStatus_UPCOMING;
		case DUE -> Messages.CellStatus_DUE;
		};
	}

	/**
	 * The status of a period {@code periodStart}…{@code periodEnd} (both included) that required
	 * {@code required} meetings and saw {@code held}, as of {@code today}.
	 *
	 * @param dueSoonDays zero or more; a period is due when {@code periodEnd - today <= dueSoonDays}
	 */
	public static CellStatus of(LocalDate periodStart, LocalDate periodEnd, int required, int held, LocalDate today,
			int dueSoonDays) {
		if (dueSoonDays < 0) {
			throw new IllegalArgumentException("dueSoonDays must be zero or more: " + dueSoonDays);
		}
		if (held >= required) {
			return MET;
		}
		if (today.isAfter(periodEnd)) {
			return MISSED;
		}
		if (!today.isBefore(periodStart) && ChronoUnit.DAYS.between(today, periodEnd) <= dueSoonDays) {
			return DUE;
		}
		return UPCOMING;
	}
}
