package org.dangxiao.compliance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.dangxiao.model.study.Meeting;
import org.dangxiao.model.study.MeetingType;
import org.dangxiao.model.study.PlannedMeeting;
import org.dangxiao.model.study.StudyPlan;

/** The 理论学习中心组 year at a glance: month by month, what the annual plan set against what was held. */
public final class CenterGroupYear {
	private CenterGroupYear() {
	}

	/**
	 * Twelve months of the plan's year, January first. Sessions and held meetings are those of type
	 * {@link MeetingType#CENTER_GROUP_STUDY} of the plan's organization in that month, by date;
	 * everything else passed in is ignored, so callers can pass a workspace's whole lists.
	 */
	public static List<MonthPlan> of(StudyPlan plan, Collection<PlannedMeeting> planned,
			Collection<Meeting> meetings, LocalDate today) {
		Objects.requireNonNull(plan, "plan");
		Objects.requireNonNull(today, "today");
		List<List<PlannedMeeting>> sessions = months();
		planned.stream().filter(p -> p.type() == MeetingType.CENTER_GROUP_STUDY)
				.filter(p -> p.organization().equals(plan.organization()) && p.date().getYear() == plan.year())
				.sorted(Comparator.comparing(PlannedMeeting::date).thenComparing(PlannedMeeting::id))
				.forEach(p -> sessions.get(p.date().getMonthValue() - 1).add(p));
		List<List<Meeting>> held = months();
		meetings.stream().filter(m -> m.type() == MeetingType.CENTER_GROUP_STUDY)
				.filter(m -> m.organization().equals(plan.organization()) && m.date().getYear() == plan.year())
				.sorted(Comparator.comparing(Meeting::date).thenComparing(Meeting::id))
				.forEach(m -> held.get(m.date().getMonthValue() - 1).add(m));
		List<MonthPlan> out = new ArrayList<>(12);
		for (int i = 0; i < 12; i++) {
			YearMonth month = YearMonth.of(plan.year(), i + 1);
			out.add(new MonthPlan(month, plan.topicsIn(month), sessions.get(i), held.get(i), today));
		}
		return List.copyOf(out);
	}

	private static <T> List<List<T>> months() {
		List<List<T>> months = new ArrayList<>(12);
		for (int i = 0; i < 12; i++) {
			months.add(new ArrayList<>());
		}
		return months;
	}
}
