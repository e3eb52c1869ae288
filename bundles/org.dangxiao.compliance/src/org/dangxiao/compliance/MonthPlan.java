package org.dangxiao.compliance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

import org.dangxiao.model.study.Meeting;
import org.dangxiao.model.study.PlannedMeeting;
import org.dangxiao.model.study.PlannedTopic;

/**
 * One month of a 中心组 year: the plan's topics and scheduled sessions against the sessions held.
 *
 * @param asOf the day the month is judged on, for {@link #behind()}
 */
public record MonthPlan(YearMonth month, List<PlannedTopic> planned, List<PlannedMeeting> sessions, List<Meeting> held,
		LocalDate asOf) {
	public MonthPlan {
		Objects.requireNonNull(month, "month");
		Objects.requireNonNull(asOf, "asOf");
		planned = List.copyOf(planned);
		sessions = List.copyOf(sessions);
		held = List.copyOf(held);
	}

	/** A month judged on the system clock's day; {@link CenterGroupYear#of} passes the day explicitly. */
	public MonthPlan(YearMonth month, List<PlannedTopic> planned, List<PlannedMeeting> sessions, List<Meeting> held) {
		this(month, planned, sessions, held, LocalDate.now());
	}

	/** Something was planned (a topic or a session), nothing was held, and the month ended before {@link #asOf()}. */
	public boolean behind() {
		return behind(asOf);
	}

	/** As {@link #behind()}, judged on {@code today}. */
	public boolean behind(LocalDate today) {
		return (!planned.isEmpty() || !sessions.isEmpty()) && held.isEmpty() && ended(today);
	}

	/** Whether the month's last day is before {@code today}. */
	public boolean ended(LocalDate today) {
		return today.isAfter(month.atEndOfMonth());
	}
}
