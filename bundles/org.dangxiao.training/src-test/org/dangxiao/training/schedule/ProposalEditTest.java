package org.dangxiao.training.schedule;

import static org.dangxiao.training.schedule.Checks.assertValid;
import static org.dangxiao.training.schedule.Checks.slot;
import static org.dangxiao.training.schedule.Checks.trainee;
import static org.dangxiao.training.schedule.Checks.units;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.dangxiao.model.OrgId;
import org.dangxiao.model.PersonId;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.model.training.ClassId;
import org.junit.jupiter.api.Test;

class ProposalEditTest {
	static final LocalDate DEADLINE = LocalDate.of(2024, 12, 31);
	// unit 1: persons 1–4, unit 2: persons 5–6
	static final List<Trainee> TRAINEES = units(1, 4, 2);
	static final ClassSlot FIRST = slot(1, 0, 3);
	static final ClassSlot SECOND = slot(2, 7, 2);
	static final ClassSlot LATE = new ClassSlot(new ClassId(9), "明年班", DEADLINE.minusDays(1), DEADLINE.plusDays(3), 10);
	static final ScheduleRequest REQUEST = new ScheduleRequest(TRAINEES, List.of(LATE, SECOND, FIRST), DEADLINE, 2);

	static PersonId p(long id) {
		return new PersonId(id);
	}

	static Proposal proposal() {
		Proposal p = Scheduler.propose(REQUEST);
		// 6 people, 5 seats before the deadline, and 5 placeable (unit 1 needs both classes)
		assertEquals(5, p.placed());
		assertEquals(1, p.shortfall().unplaced());
		assertValid(p);
		return p;
	}

	static String refusal(Runnable edit) {
		return assertThrows(IllegalArgumentException.class, edit::run).getMessage();
	}

	@Test
	void theStartingPoint() {
		Proposal p = proposal();
		// the first class takes 2 of unit 1 (its limit) and 1 of unit 2, the second the other 2 of unit 1
		assertEquals(List.of(trainee(1, 1), trainee(2, 1), trainee(5, 2)), p.roster(FIRST.id()));
		assertEquals(List.of(trainee(3, 1), trainee(4, 1)), p.roster(SECOND.id()));
		assertEquals(List.of(trainee(6, 2)), p.unplaced());
		assertEquals(List.of(), p.roster(LATE.id()));
	}

	@Test
	void removeThenAddGivesTheSameProposal() {
		Proposal p = proposal();
		Proposal removed = p.remove(p(1));
		assertValid(removed);
		assertEquals(Optional.empty(), removed.classOf(p(1)));
		assertEquals(List.of(trainee(1, 1), trainee(6, 2)), removed.unplaced());
		assertEquals(4, removed.placed());
		assertEquals(1, removed.belowBest());
		assertTrue(removed.explanation().endsWith(Nls.bind(Messages.Proposal_BELOW_BEST, 1)), removed.explanation());
		assertFalse(p.explanation().contains(Nls.bind(Messages.Proposal_BELOW_BEST, 1)));
		assertEquals(p, removed.add(p(1), FIRST.id()));
		assertEquals(5, p.placed(), "the original is untouched");
	}

	@Test
	void addRefusesAFullClass() {
		Proposal p = proposal();
		String full = refusal(() -> p.add(p(6), FIRST.id()));
		assertEquals(Nls.bind(Messages.Proposal_FULL, FIRST.name(), 3), full);
		refusal(() -> p.add(p(6), SECOND.id()));
	}

	@Test
	void addRefusesTheUnitLimit() {
		// free a seat in the first class; unit 1 still has its 2 there, so 3 may not join
		Proposal p = proposal().remove(p(5)).remove(p(3));
		String limit = refusal(() -> p.add(p(3), FIRST.id()));
		assertEquals(Nls.bind(Messages.Proposal_UNIT_FULL, FIRST.name(), new OrgId(1), 2), limit);
		// a person of unit 2 may take the seat
		Proposal added = p.add(p(6), FIRST.id());
		assertValid(added);
		assertEquals(Optional.of(FIRST.id()), added.classOf(p(6)));
	}

	@Test
	void editsRefuseAClassAfterTheDeadline() {
		Proposal p = proposal();
		String late = refusal(() -> p.add(p(6), LATE.id()));
		assertEquals(Nls.bind(Messages.Proposal_AFTER_DEADLINE, LATE.name(), LATE.end(), DEADLINE), late);
		refusal(() -> p.move(p(1), LATE.id()));
	}

	@Test
	void moveWithinTheRules() {
		Proposal p = proposal().remove(p(3));
		Proposal moved = p.move(p(5), SECOND.id());
		assertValid(moved);
		assertEquals(Optional.of(SECOND.id()), moved.classOf(p(5)));
		assertEquals(List.of(trainee(1, 1), trainee(2, 1)), moved.roster(FIRST.id()));
		assertEquals(List.of(trainee(4, 1), trainee(5, 2)), moved.roster(SECOND.id()));
		assertEquals(p.unplaced(), moved.unplaced());
		assertSame(moved, moved.move(p(5), SECOND.id()), "moving to the same class changes nothing");
	}

	@Test
	void moveRefusesWhatBreaksARule() {
		Proposal p = proposal();
		refusal(() -> p.move(p(3), FIRST.id()));
		Proposal seatFree = p.remove(p(5));
		String limit = refusal(() -> seatFree.move(p(3), FIRST.id()));
		assertTrue(limit.contains(FIRST.name()) && limit.contains("org#1"), limit);
	}

	@Test
	void editsRefuseTheWrongPersonOrClass() {
		Proposal p = proposal();
		assertEquals(Nls.bind(Messages.Proposal_NOT_PLACED, p(6)), refusal(() -> p.move(p(6), FIRST.id())));
		assertEquals(Nls.bind(Messages.Proposal_NOT_PLACED, p(6)), refusal(() -> p.remove(p(6))));
		assertEquals(Nls.bind(Messages.Proposal_ALREADY_PLACED, p(1), FIRST.name()),
				refusal(() -> p.add(p(1), SECOND.id())));
		assertEquals(Nls.bind(Messages.Proposal_UNKNOWN_PERSON, p(99)), refusal(() -> p.add(p(99), FIRST.id())));
		assertEquals(Nls.bind(Messages.Proposal_UNKNOWN_CLASS, new ClassId(77)),
				refusal(() -> p.move(p(1), new ClassId(77))));
	}

	@Test
	void violationsOfAHandMadeProposal() {
		List<Assignment> bad = List.of(new Assignment(p(1), SECOND.id()), new Assignment(p(2), SECOND.id()),
				new Assignment(p(3), SECOND.id()), new Assignment(p(6), LATE.id()));
		Proposal p = new Proposal(REQUEST, bad, List.of(trainee(4, 1), trainee(5, 2)), proposal().shortfall());
		List<Violation> violations = p.violations();
		assertEquals(List.of(new Violation.OverCapacity(SECOND, 3), new Violation.OverUnitLimit(SECOND, new OrgId(1), 2, 3),
				new Violation.AfterDeadline(LATE, DEADLINE, 1)), violations);
		for (Violation v : violations) {
			assertTrue(v.message().contains(v.slot().name()), v.message());
		}
		assertEquals(Nls.bind(Messages.Violation_OVER_CAPACITY, SECOND.name(), 3, 2), violations.get(0).message());
		// the edits still refuse to make it worse
		refusal(() -> p.add(p(4), SECOND.id()));
	}

	@Test
	void aProposalHoldsEveryTraineeExactlyOnce() {
		Shortfall s = proposal().shortfall();
		List<Assignment> one = List.of(new Assignment(p(1), FIRST.id()));
		List<Trainee> rest = TRAINEES.subList(1, TRAINEES.size());
		assertEquals(1, new Proposal(REQUEST, one, rest, s).placed());
		assertThrows(IllegalArgumentException.class, () -> new Proposal(REQUEST, one, TRAINEES, s), "both");
		assertThrows(IllegalArgumentException.class, () -> new Proposal(REQUEST, one, rest.subList(1, rest.size()), s),
				"missing");
		assertThrows(IllegalArgumentException.class,
				() -> new Proposal(REQUEST, List.of(new Assignment(p(1), new ClassId(77))), rest, s), "unknown class");
		assertThrows(IllegalArgumentException.class, () -> new Proposal(REQUEST, List.of(), List.of(trainee(1, 2),
				trainee(2, 1), trainee(3, 1), trainee(4, 1), trainee(5, 2), trainee(6, 2)), s), "wrong unit");
		// the order of the lists does not matter: they are kept in the request's order
		List<Trainee> reversed = new ArrayList<>(rest);
		java.util.Collections.reverse(reversed);
		assertEquals(new Proposal(REQUEST, one, rest, s), new Proposal(REQUEST, one, reversed, s));
	}

	/**
	 * Random edits: every accepted one keeps all rules, and every refused add or move would have
	 * broken one, which the same change made by hand shows in {@code violations()}.
	 */
	@Test
	void randomEditsAreAcceptedExactlyWhenTheyKeepTheRules() {
		Random random = new Random(11);
		List<ClassSlot> classes = List.of(slot(1, 0, 4), slot(2, 3, 3), slot(3, 9, 5), LATE);
		ScheduleRequest request = new ScheduleRequest(units(1, 5, 4, 3, 2), classes, DEADLINE, 2);
		Proposal p = Scheduler.propose(request);
		int accepted = 0;
		int refused = 0;
		for (int step = 0; step < 600; step++) {
			Trainee t = request.trainees().get(random.nextInt(request.trainees().size()));
			ClassId target = classes.get(random.nextInt(classes.size())).id();
			Optional<ClassId> current = p.classOf(t.person());
			int action = random.nextInt(3);
			Proposal next;
			Proposal byHand;
			try {
				if (current.isEmpty() && action > 0) {
					byHand = withAssignment(p, t, target);
					next = p.add(t.person(), target);
				} else if (current.isPresent() && action == 0) {
					next = p.remove(t.person());
					byHand = null;
				} else if (current.isPresent()) {
					byHand = withAssignment(p.remove(t.person()), t, target);
					next = p.move(t.person(), target);
				} else {
					continue;
				}
			} catch (IllegalArgumentException e) {
				refused++;
				Proposal wouldBe = withAssignment(current.isPresent() ? p.remove(t.person()) : p, t, target);
				assertFalse(wouldBe.violations().isEmpty(), () -> "refused without reason: " + e.getMessage());
				continue;
			}
			accepted++;
			assertValid(next);
			if (byHand != null) {
				assertEquals(byHand, next);
			}
			p = next;
		}
		assertTrue(accepted > 50 && refused > 50, accepted + " accepted, " + refused + " refused");
	}

	/** {@code t} (unplaced in {@code p}) put into {@code target} with no checks. */
	static Proposal withAssignment(Proposal p, Trainee t, ClassId target) {
		List<Assignment> assignments = new ArrayList<>(p.assignments());
		assignments.add(new Assignment(t.person(), target));
		return new Proposal(p.request(), assignments, p.unplaced().stream().filter(u -> !u.equals(t)).toList(),
				p.shortfall());
	}
}
