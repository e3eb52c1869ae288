package org.dangxiao.training.schedule;

import static org.dangxiao.training.schedule.Checks.slot;
import static org.dangxiao.training.schedule.Checks.trainee;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.dangxiao.model.PersonId;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.model.training.ClassId;
import org.dangxiao.model.training.ClassMode;
import org.dangxiao.model.training.ProgramId;
import org.dangxiao.model.training.TrainingClass;
import org.junit.jupiter.api.Test;

class ScheduleInputTest {
	static final LocalDate DEADLINE = LocalDate.of(2024, 12, 31);
	static final LocalDate DAY = LocalDate.of(2024, 5, 6);

	static String refusal(Runnable build) {
		return assertThrows(IllegalArgumentException.class, build::run).getMessage();
	}

	@Test
	void negativeSeats() {
		assertEquals(Nls.bind(Messages.ClassSlot_NEGATIVE_SEATS, "第一期", -1),
				refusal(() -> new ClassSlot(new ClassId(1), "第一期", DAY, DAY.plusDays(4), -1)));
		assertEquals(0, new ClassSlot(new ClassId(1), "第一期", DAY, DAY, 0).freeSeats());
	}

	@Test
	void endBeforeStart() {
		assertEquals(Nls.bind(Messages.ClassSlot_END_BEFORE_START, "倒置班", DAY.minusDays(1), DAY),
				refusal(() -> new ClassSlot(new ClassId(1), "倒置班", DAY, DAY.minusDays(1), 5)));
		refusal(() -> new ClassSlot(new ClassId(1), " ", DAY, DAY, 5));
	}

	@Test
	void limitBelowOne() {
		assertEquals(Nls.bind(Messages.ScheduleRequest_LIMIT, 0),
				refusal(() -> new ScheduleRequest(List.of(), List.of(), DEADLINE, 0)));
		assertEquals(Nls.bind(Messages.ScheduleRequest_LIMIT, -3),
				refusal(() -> new ScheduleRequest(List.of(), List.of(), DEADLINE, -3)));
		assertEquals(1, new ScheduleRequest(List.of(), List.of(), DEADLINE, 1).maxPerUnitPerClass());
	}

	@Test
	void personListedTwice() {
		// the same person under two units is still the same person
		List<Trainee> twice = List.of(trainee(5, 1), trainee(6, 1), trainee(5, 2));
		assertEquals(Nls.bind(Messages.ScheduleRequest_DUPLICATE_PERSON, new PersonId(5)),
				refusal(() -> new ScheduleRequest(twice, List.of(), DEADLINE, 5)));
	}

	@Test
	void duplicateClassIds() {
		ClassSlot a = new ClassSlot(new ClassId(3), "甲班", DAY, DAY.plusDays(4), 50);
		ClassSlot b = new ClassSlot(new ClassId(3), "乙班", DAY.plusDays(7), DAY.plusDays(11), 50);
		assertEquals(Nls.bind(Messages.ScheduleRequest_DUPLICATE_CLASS, new ClassId(3), "甲班", "乙班"),
				refusal(() -> new ScheduleRequest(List.of(), List.of(a, b), DEADLINE, 5)));
	}

	@Test
	void nullsAreRefused() {
		assertThrows(NullPointerException.class, () -> new Trainee(null, new org.dangxiao.model.OrgId(1)));
		assertThrows(NullPointerException.class, () -> new ScheduleRequest(List.of(), List.of(), null, 5));
		List<Trainee> withNull = new ArrayList<>();
		withNull.add(null);
		assertThrows(NullPointerException.class, () -> new ScheduleRequest(withNull, List.of(), DEADLINE, 5));
	}

	@Test
	void requestListsAreCopiedAndImmutable() {
		List<Trainee> trainees = new ArrayList<>(List.of(trainee(1, 1)));
		ScheduleRequest r = new ScheduleRequest(trainees, List.of(slot(1, 0, 3)), DEADLINE, 5);
		trainees.add(trainee(2, 1));
		assertEquals(1, r.trainees().size());
		assertThrows(UnsupportedOperationException.class, () -> r.trainees().add(trainee(3, 1)));
		Proposal p = Scheduler.propose(r);
		assertThrows(UnsupportedOperationException.class, () -> p.assignments().clear());
		assertThrows(UnsupportedOperationException.class, () -> p.unplaced().clear());
	}

	@Test
	void slotOfAStoredClass() {
		TrainingClass stored = new TrainingClass(new ClassId(4), new ProgramId(1), "2024年第一期村干部轮训班", DAY,
				DAY.plusDays(4), "县委党校", ClassMode.PARTY_SCHOOL, 60, Optional.empty());
		assertEquals(new ClassSlot(new ClassId(4), "2024年第一期村干部轮训班", DAY, DAY.plusDays(4), 45),
				ClassSlot.of(stored, 45));
	}
}
