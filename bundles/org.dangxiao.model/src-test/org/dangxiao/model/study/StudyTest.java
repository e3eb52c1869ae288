package org.dangxiao.model.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.dangxiao.model.OrgId;
import org.dangxiao.model.PersonId;
import org.dangxiao.model.testing.Translations;
import org.junit.jupiter.api.Test;

class StudyTest {
	private static final MaterialId SPEECH = new MaterialId(1);
	private static final AgendaItem FIRST = new AgendaItem(1, "学习重要讲话精神", true, Optional.of(StudyForm.CONVEYING),
			List.of(SPEECH));
	private static final AgendaItem STAFFING = new AgendaItem(2, "研究干部任免", false, Optional.empty(), List.of());

	static Meeting meeting(List<Attendee> attendees, AgendaItem... agenda) {
		return new Meeting(new MeetingId(1), MeetingType.PARTY_COMMITTEE_MEETING, LocalDate.of(2024, 3, 5), new OrgId(1),
				Optional.of(new PersonId(1)), attendees, List.of(agenda), " 会议记录 ");
	}

	@Test
	void onlyItemOneMayBeTheFirstTopic() {
		var e = assertThrows(IllegalArgumentException.class,
				() -> new AgendaItem(2, "学习重要讲话精神", true, Optional.of(StudyForm.CONVEYING), List.of(SPEECH)));
		assertTrue(e.getMessage().contains("学习重要讲话精神"), e.getMessage());
		assertThrows(IllegalArgumentException.class,
				() -> new AgendaItem(1, "学习重要讲话精神", true, Optional.empty(), List.of(SPEECH)), "the first topic says how");
		assertThrows(IllegalArgumentException.class, () -> new AgendaItem(0, "x", false, Optional.empty(), List.of()));
	}

	@Test
	void agendaIsSortedWithUniqueOrders() {
		Meeting m = meeting(List.of(), STAFFING, FIRST);
		assertEquals(List.of(FIRST, STAFFING), m.agenda());
		assertEquals(Optional.of(FIRST), m.firstTopic());
		assertEquals("会议记录", m.minutes());
		AgendaItem another2 = new AgendaItem(2, "其他事项", false, Optional.empty(), List.of());
		assertThrows(IllegalArgumentException.class, () -> meeting(List.of(), FIRST, STAFFING, another2));
		assertEquals(Optional.empty(), meeting(List.of(), STAFFING).firstTopic());
	}

	@Test
	void attendance() {
		PersonId a = new PersonId(1), b = new PersonId(2);
		assertThrows(IllegalArgumentException.class, () -> Attendee.onLeave(b, "  "), "leave needs a reason");
		Meeting m = meeting(List.of(Attendee.present(a), Attendee.onLeave(b, "外出学习")), FIRST);
		assertEquals(List.of(a), m.present());
		assertEquals("外出学习", ((Attendee.OnLeave) m.attendees().get(1).presence()).reason());
		assertThrows(IllegalArgumentException.class,
				() -> meeting(List.of(Attendee.present(a), Attendee.onLeave(a, "病假")), FIRST), "one person twice");
	}

	@Test
	void followUpIsOverdueAfterTheDueDay() {
		LocalDate due = LocalDate.of(2024, 3, 31);
		FollowUpAction f = new FollowUpAction(new FollowUpId(1), new MeetingId(1), "制定实施方案", new PersonId(3), due,
				FollowUpStatus.IN_PROGRESS, List.of());
		assertFalse(f.isOverdue(due));
		assertEquals(FollowUpStatus.IN_PROGRESS, f.statusOn(due));
		assertTrue(f.isOverdue(due.plusDays(1)));
		assertEquals(FollowUpStatus.OVERDUE, f.statusOn(due.plusDays(1)));
		FollowUpAction done = f.withStatus(FollowUpStatus.DONE);
		assertFalse(done.isOverdue(due.plusYears(1)));
		assertThrows(IllegalArgumentException.class, () -> f.withStatus(FollowUpStatus.OVERDUE), "derived, not stored");
		assertThrows(IllegalArgumentException.class, () -> new FollowUpAction(new FollowUpId(1), new MeetingId(1), "x",
				new PersonId(3), due, FollowUpStatus.DONE, List.of("方案.docx", " ")));
	}

	@Test
	void planTopicsStayInsideTheYear() {
		PlannedTopic march = new PlannedTopic(YearMonth.of(2024, 3), "乡村振兴");
		PlannedTopic january = new PlannedTopic(YearMonth.of(2024, 1), "党的二十大精神");
		StudyPlan plan = new StudyPlan(new StudyPlanId(1), new OrgId(1), 2024, List.of(march, january));
		assertEquals(List.of(january, march), plan.topics());
		assertEquals(List.of(march), plan.topicsIn(YearMonth.of(2024, 3)));
		var e = assertThrows(IllegalArgumentException.class, () -> new StudyPlan(new StudyPlanId(1), new OrgId(1), 2024,
				List.of(january, new PlannedTopic(YearMonth.of(2025, 1), "年终总结"))));
		assertTrue(e.getMessage().contains("年终总结"), e.getMessage());
	}

	@Test
	void materialNeedsTitleAndSource() {
		assertThrows(IllegalArgumentException.class,
				() -> new StudyMaterial(SPEECH, MaterialKind.SPEECH, " ", LocalDate.of(2024, 1, 1), "《求是》"));
		assertEquals("《求是》", new StudyMaterial(SPEECH, MaterialKind.SPEECH, "讲话", LocalDate.of(2024, 1, 1), " 《求是》 ").source());
	}

	@Test
	void everyMessageTranslated() {
		Translations.assertComplete(Messages.class);
	}
}
