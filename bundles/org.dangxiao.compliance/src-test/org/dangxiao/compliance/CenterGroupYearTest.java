package org.dangxiao.compliance;

import static org.dangxiao.compliance.Fixtures.ROOT;
import static org.dangxiao.compliance.Fixtures.TOWN;
import static org.dangxiao.compliance.Fixtures.d;
import static org.dangxiao.compliance.Fixtures.meeting;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.dangxiao.model.study.Meeting;
import org.dangxiao.model.study.MeetingType;
import org.dangxiao.model.study.PlannedMeeting;
import org.dangxiao.model.study.PlannedMeetingId;
import org.dangxiao.model.study.PlannedTopic;
import org.dangxiao.model.study.StudyPlan;
import org.dangxiao.model.study.StudyPlanId;
import org.junit.jupiter.api.Test;

class CenterGroupYearTest {
	private static final StudyPlan PLAN = new StudyPlan(new StudyPlanId(1), ROOT.id(), 2024,
			List.of(new PlannedTopic(YearMonth.of(2024, 3), "学习党章"), new PlannedTopic(YearMonth.of(2024, 4), "学习条例"),
					new PlannedTopic(YearMonth.of(2024, 6), "专题研讨")));
	private static final MeetingType CENTER = MeetingType.CENTER_GROUP_STUDY;

	private static List<MonthPlan> year(List<PlannedMeeting> planned, List<Meeting> held, LocalDate today) {
		return CenterGroupYear.of(PLAN, planned, held, today);
	}

	@Test
	void behindWhenPlannedAndNothingHeldAfterTheMonthEnded() {
		List<Meeting> held = List.of(meeting(1, CENTER, d(2024, 3, 28), ROOT),
				// neither another type nor another organization's session makes up for April
				meeting(2, MeetingType.PARTY_COMMITTEE_MEETING, d(2024, 4, 10), ROOT),
				meeting(3, CENTER, d(2024, 4, 10), TOWN), meeting(4, CENTER, d(2023, 4, 10), ROOT));
		List<MonthPlan> months = year(List.of(), held, d(2024, 6, 30));
		assertEquals(12, months.size());
		assertEquals(YearMonth.of(2024, 1), months.get(0).month());
		assertFalse(months.get(2).behind(), "March was held");
		assertEquals(List.of(held.get(0)), months.get(2).held());
		assertTrue(months.get(3).behind(), "April was planned, nothing held, and is over");
		assertEquals(List.of(), months.get(3).held());
		assertFalse(months.get(4).behind(), "nothing planned for May");
		assertFalse(months.get(5).behind(), "June is not over on its last day");
		assertTrue(year(List.of(), held, d(2024, 7, 1)).get(5).behind(), "but is the day after");
		assertEquals(List.of(PLAN.topics().get(1)), months.get(3).planned());
	}

	@Test
	void aScheduledSessionCountsAsPlanned() {
		PlannedMeeting august = new PlannedMeeting(new PlannedMeetingId(5), CENTER, d(2024, 8, 20), ROOT.id(), "集中学习");
		PlannedMeeting other = new PlannedMeeting(new PlannedMeetingId(6), CENTER, d(2024, 8, 20), TOWN.id(), "别的组织");
		List<MonthPlan> months = year(List.of(august, other), List.of(), d(2024, 12, 1));
		assertEquals(List.of(august), months.get(7).sessions());
		assertTrue(months.get(7).behind());
		assertFalse(months.get(8).behind());
		List<MonthPlan> held = year(List.of(august), List.of(meeting(9, CENTER, d(2024, 8, 31), ROOT)), d(2024, 12, 1));
		assertFalse(held.get(7).behind());
	}

	@Test
	void behindCanBeAskedForAnotherDay() {
		MonthPlan april = year(List.of(), List.of(), d(2024, 4, 15)).get(3);
		assertFalse(april.behind());
		assertTrue(april.behind(d(2024, 5, 1)));
		assertEquals(d(2024, 4, 15), april.asOf());
	}
}
