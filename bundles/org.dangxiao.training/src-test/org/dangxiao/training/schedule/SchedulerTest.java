package org.dangxiao.training.schedule;

import static org.dangxiao.training.schedule.Checks.assertEarliestFirst;
import static org.dangxiao.training.schedule.Checks.assertMaximal;
import static org.dangxiao.training.schedule.Checks.assertValid;
import static org.dangxiao.training.schedule.Checks.slot;
import static org.dangxiao.training.schedule.Checks.trainee;
import static org.dangxiao.training.schedule.Checks.units;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.dangxiao.model.OrgId;
import org.dangxiao.model.PersonId;
import org.dangxiao.model.training.ClassId;
import org.junit.jupiter.api.Test;

class SchedulerTest {
	static final LocalDate DEADLINE = LocalDate.of(2024, 12, 31);

	static ScheduleRequest request(List<Trainee> trainees, List<ClassSlot> classes, int limit) {
		return new ScheduleRequest(trainees, classes, DEADLINE, limit);
	}

	static Map<ClassId, Integer> fill(Proposal p) {
		Map<ClassId, Integer> fill = new HashMap<>();
		p.assignments().forEach(a -> fill.merge(a.classId(), 1, Integer::sum));
		return fill;
	}

	// ---- the naive greedies the scheduler must beat ----

	/** Earliest class first, biggest unit (by size) first, as many of it as the limit allows. */
	static int biggestUnitFirst(int[] units, int[] seats, int limit) {
		Integer[] order = IntStream.range(0, units.length).boxed()
				.sorted(Comparator.comparingInt((Integer u) -> -units[u])).toArray(Integer[]::new);
		int[] left = units.clone();
		int placed = 0;
		for (int s : seats) {
			for (int u : order) {
				int take = Math.min(limit, Math.min(left[u], s));
				left[u] -= take;
				s -= take;
				placed += take;
			}
		}
		return placed;
	}

	/** Earliest class first, the unit with most people still waiting first. */
	static int mostWaitingFirst(int[] units, int[] seats, int limit) {
		int[] left = units.clone();
		int placed = 0;
		for (int s : seats) {
			boolean[] used = new boolean[units.length];
			while (s > 0) {
				int best = -1;
				for (int u = 0; u < units.length; u++) {
					if (!used[u] && left[u] > 0 && (best < 0 || left[u] > left[best])) {
						best = u;
					}
				}
				if (best < 0) {
					break;
				}
				used[best] = true;
				int take = Math.min(limit, Math.min(left[best], s));
				left[best] -= take;
				s -= take;
				placed += take;
			}
		}
		return placed;
	}

	static Proposal schedule(int[] units, int[] seats, int limit) {
		List<ClassSlot> classes = new ArrayList<>();
		for (int c = 0; c < seats.length; c++) {
			classes.add(slot(c + 1, 7 * c, seats[c]));
		}
		return Scheduler.propose(request(units(1, units), classes, limit));
	}

	@Test
	void beatsBothGreediesWhereTheyFallShort() {
		// two units of 5, classes of 3 then 7 seats, at most 3 per unit and class.
		// By hand: the 7-seat class takes at most 3 + 3, the 3-seat class 3, so 9 at best, and
		// 9 is reached by A2 B1 | A3 B3. Both greedies put A3 in the first class and strand 2 of A.
		int[] units = { 5, 5 };
		int[] seats = { 3, 7 };
		assertEquals(8, biggestUnitFirst(units, seats, 3));
		assertEquals(8, mostWaitingFirst(units, seats, 3));
		Proposal p = schedule(units, seats, 3);
		assertEquals(9, p.placed());
		assertValid(p);
		assertEquals(1, p.shortfall().unplaced());

		// two units of 4, classes of 1, 2 and 4 seats, at most 2: 7 seats and 7 is reachable by
		// A1 | A1 B1 | A2 B2; the size-ordered greedy pours A into the first classes and places 6
		int[] units2 = { 4, 4 };
		int[] seats2 = { 1, 2, 4 };
		assertEquals(6, biggestUnitFirst(units2, seats2, 2));
		Proposal q = schedule(units2, seats2, 2);
		assertEquals(7, q.placed());
		assertValid(q);
		assertMaximal(q);
	}

	@Test
	void randomRequestsKeepEveryRuleAndAreMaximal() {
		Random random = new Random(20240301);
		int greedyBeaten = 0;
		for (int round = 0; round < 300; round++) {
			int unitCount = 1 + random.nextInt(6);
			int[] units = new int[unitCount];
			List<Trainee> trainees = new ArrayList<>();
			long person = 1;
			for (int u = 0; u < unitCount; u++) {
				units[u] = 1 + random.nextInt(12);
				for (int i = 0; i < units[u]; i++) {
					trainees.add(trainee(person++, 100 + u));
				}
			}
			List<ClassSlot> classes = new ArrayList<>();
			int classCount = random.nextInt(6);
			for (int c = 0; c < classCount; c++) {
				// some end after the deadline, some share a start date
				LocalDate start = DEADLINE.minusDays(40 - 9L * random.nextInt(6));
				classes.add(new ClassSlot(new ClassId(50 - c), "班" + c, start, start.plusDays(4), random.nextInt(10)));
			}
			ScheduleRequest r = new ScheduleRequest(trainees, classes, DEADLINE, 1 + random.nextInt(4));
			Proposal p = Scheduler.propose(r);
			assertValid(p);
			assertMaximal(p);
			assertEarliestFirst(p);
			assertEquals(p.placed(), p.shortfall().placeable());
			assertEquals(0, p.belowBest());
			int[] seats = r.usableClasses().stream().mapToInt(ClassSlot::freeSeats).toArray();
			int greedy = biggestUnitFirst(units, seats, r.maxPerUnitPerClass());
			assertTrue(greedy <= p.placed());
			if (greedy < p.placed()) {
				greedyBeaten++;
			}
		}
		// the random cases must include some where greedy fails, or they prove little
		assertTrue(greedyBeaten > 0, "no random case where the greedy falls short");
	}

	@Test
	void classesEndingAfterTheDeadlineAreNotUsed() {
		ClassSlot late = new ClassSlot(new ClassId(9), "年底班", DEADLINE.minusDays(2), DEADLINE.plusDays(2), 100);
		ClassSlot lastDay = new ClassSlot(new ClassId(8), "截止日结束班", DEADLINE.minusDays(4), DEADLINE, 2);
		Proposal p = Scheduler.propose(request(units(1, 3, 3), List.of(late, lastDay), 5));
		assertValid(p);
		assertEquals(Map.of(lastDay.id(), 2), fill(p), "a class ending on the deadline itself is usable");
		assertEquals(4, p.unplaced().size());
		Shortfall s = p.shortfall();
		assertEquals(2, s.seats());
		assertEquals(1, s.lateClasses());
		assertEquals(4, s.seatShortfall());
		assertEquals(0, s.limitShortfall());
	}

	@Test
	void earlierClassesAndEarlierPeopleComeFirst() {
		// listed out of order; the same start date is broken by id
		ClassSlot june = new ClassSlot(new ClassId(1), "六月班", LocalDate.of(2024, 6, 3), LocalDate.of(2024, 6, 7), 10);
		ClassSlot mayB = new ClassSlot(new ClassId(3), "五月乙班", LocalDate.of(2024, 5, 6), LocalDate.of(2024, 5, 10), 10);
		ClassSlot mayA = new ClassSlot(new ClassId(2), "五月甲班", LocalDate.of(2024, 5, 6), LocalDate.of(2024, 5, 9), 10);
		List<Trainee> trainees = List.of(trainee(30, 7), trainee(10, 7), trainee(20, 7), trainee(40, 8));
		Proposal p = Scheduler.propose(request(trainees, List.of(june, mayB, mayA), 2));
		assertValid(p);
		assertEquals(List.of(mayA, mayB, june), p.request().usableClasses());
		// unit 7: the first two listed fill its share of the earliest class, the third goes next
		assertEquals(List.of(new Assignment(new PersonId(30), mayA.id()), new Assignment(new PersonId(10), mayA.id()),
				new Assignment(new PersonId(20), mayB.id()), new Assignment(new PersonId(40), mayA.id())),
				p.assignments());
		assertEarliestFirst(p);
	}

	@Test
	void preferringEarlyClassesNeverCostsAPlace() {
		// filling the early class with unit A would leave B's three with only the late class (limit 2)
		int[] units = { 2, 3 };
		int[] seats = { 3, 2 };
		Proposal p = schedule(units, seats, 2);
		assertEquals(5, p.placed());
		assertEquals(3, fill(p).get(new ClassId(1)));
		assertValid(p);
		assertEarliestFirst(p);

		// everyone fits either way; the early class is filled and the late one keeps the spare seats
		Proposal q = schedule(new int[] { 2, 2 }, new int[] { 3, 3 }, 2);
		assertEquals(Map.of(new ClassId(1), 3, new ClassId(2), 1), fill(q));
		assertEarliestFirst(q);
	}

	@Test
	void shortfallWhenSeatsAreTooFew() {
		Proposal p = schedule(new int[] { 3, 3 }, new int[] { 2, 2 }, 5);
		Shortfall s = p.shortfall();
		assertEquals(4, p.placed());
		assertEquals(2, s.unplaced());
		assertEquals(2, s.seatShortfall());
		assertEquals(0, s.limitShortfall());
		assertEquals(List.of(), s.cappedUnits());
		assertFalse(s.everyoneFits());
		assertValid(p);
	}

	@Test
	void shortfallWhenTheUnitLimitBinds() {
		// one unit of 12, two classes of 10 seats, at most 5 each: 10 placeable though 20 seats are free
		Proposal p = schedule(new int[] { 12 }, new int[] { 10, 10 }, 5);
		Shortfall s = p.shortfall();
		assertEquals(10, p.placed());
		assertEquals(0, s.seatShortfall());
		assertEquals(2, s.limitShortfall());
		assertEquals(List.of(new CappedUnit(new OrgId(1), 12, 10)), s.cappedUnits());
		assertValid(p);
	}

	@Test
	void shortfallWhenTheLimitBindsWithoutAnyUnitBeingCapped() {
		// each unit could place 5 + 1 = 6 alone, but the 1-seat class serves only one of them
		Proposal p = schedule(new int[] { 6, 6 }, new int[] { 20, 1 }, 5);
		Shortfall s = p.shortfall();
		assertEquals(11, p.placed());
		assertEquals(0, s.seatShortfall());
		assertEquals(1, s.limitShortfall());
		assertEquals(List.of(), s.cappedUnits());
		assertValid(p);
		assertMaximal(p);
	}

	@Test
	void shortfallWhenBothBind() {
		// 22 people, 16 seats: 6 short; unit 1 (20) can place only 5 + 5, unit 2 both: 12 placed
		Proposal p = schedule(new int[] { 20, 2 }, new int[] { 8, 8 }, 5);
		Shortfall s = p.shortfall();
		assertEquals(12, p.placed());
		assertEquals(10, s.unplaced());
		assertEquals(6, s.seatShortfall());
		assertEquals(4, s.limitShortfall());
		assertEquals(List.of(new CappedUnit(new OrgId(1), 20, 10)), s.cappedUnits());
		assertValid(p);
	}

	@Test
	void everyoneFits() {
		Proposal p = schedule(new int[] { 4, 1, 3 }, new int[] { 3, 3, 3 }, 2);
		Shortfall s = p.shortfall();
		assertTrue(s.everyoneFits());
		assertEquals(8, p.placed());
		assertEquals(List.of(), p.unplaced());
		assertEquals(0, s.unplaced());
		assertEquals(0, s.seatShortfall());
		assertEquals(0, s.limitShortfall());
		assertValid(p);
	}

	@Test
	void noClassesOrNoPeople() {
		Proposal none = Scheduler.propose(request(units(1, 3), List.of(), 5));
		assertEquals(3, none.shortfall().seatShortfall());
		assertEquals(3, none.unplaced().size());
		Proposal nobody = Scheduler.propose(request(List.of(), List.of(slot(1, 0, 5)), 5));
		assertTrue(nobody.shortfall().everyoneFits());
		assertEquals(List.of(), nobody.assignments());
		Proposal noSeats = Scheduler.propose(request(units(1, 2), List.of(slot(1, 0, 0)), 5));
		assertEquals(List.of(), noSeats.assignments());
		assertEquals(2, noSeats.shortfall().seatShortfall());
	}

	@Test
	void explanationSaysHowManyAndWhy() {
		Proposal both = schedule(new int[] { 20, 2 }, new int[] { 8, 8 }, 5);
		Function<OrgId, String> names = id -> id.value() == 1 ? "城关镇" : "other";
		String text = both.explanation(names);
		for (String part : List.of("16", "22", "6", "4", "5", "城关镇", "20", "10")) {
			assertTrue(text.contains(part), () -> part + " missing from: " + text);
		}
		String fits = schedule(new int[] { 2 }, new int[] { 3 }, 5).explanation();
		assertEquals(org.dangxiao.model.nls.Nls.bind(Messages.Shortfall_ALL_FIT, 2, DEADLINE, 3), fits);
	}

	@Test
	void explanationInChineseAndEnglish() {
		java.util.Locale original = java.util.Locale.getDefault();
		try {
			java.util.Locale.setDefault(java.util.Locale.SIMPLIFIED_CHINESE);
			org.dangxiao.model.nls.Nls.load(Messages.class);
			assertEquals("计划班次在截止日期前共有 4 个空位，应训未训 6 人，还差 2 人。",
					schedule(new int[] { 3, 3 }, new int[] { 2, 2 }, 5).explanation());
			assertEquals("计划班次在截止日期前共有 16 个空位，应训未训 22 人，还差 6 人。"
					+ "另有 4 人因单位每期上限（每期最多 5 人）无法安排，尽管仍剩 4 个空位。"
					+ "按上限无法全部安排的单位：城关镇（20 人，最多可安排 10 人）。",
					schedule(new int[] { 20, 2 }, new int[] { 8, 8 }, 5).explanation(id -> "城关镇"));
			java.util.Locale.setDefault(java.util.Locale.ENGLISH);
			org.dangxiao.model.nls.Nls.load(Messages.class);
			assertEquals("The planned classes ending by the deadline have 20 free seats, enough for the 12 people "
					+ "waiting for training, but 2 cannot be placed because of the per-unit limit (at most 5 per class). "
					+ "Units with more people than the limit lets them place: org#1 (12 people, at most 10 placeable).",
					schedule(new int[] { 12 }, new int[] { 10, 10 }, 5).explanation());
		} finally {
			java.util.Locale.setDefault(original);
			org.dangxiao.model.nls.Nls.load(Messages.class);
		}
	}

	@Test
	void sameRequestSameProposal() {
		ScheduleRequest a = bigRequest(7, 3000, 300, 40);
		ScheduleRequest b = bigRequest(7, 3000, 300, 40);
		assertNotSame(a, b);
		assertEquals(a, b);
		Proposal first = Scheduler.propose(a);
		assertEquals(first, Scheduler.propose(b));
		assertEquals(first, Scheduler.propose(a));
	}

	/**
	 * The size of {@code ./dx bench training}: 20,000 people of 2,000 units, 200 classes of 60–120 free
	 * seats, at most 5 per unit and class. A few classes end after the deadline and a few units are
	 * too big for the limit, so both causes of shortfall are present.
	 */
	static ScheduleRequest bigRequest(long seed, int people, int unitCount, int classCount) {
		Random random = new Random(seed);
		int[] sizes = new int[unitCount];
		Arrays.fill(sizes, 1);
		// a few very large units, more than classes × limit
		for (int u = 0; u < 3 && u < unitCount; u++) {
			sizes[u] += people / 8;
		}
		int assigned = Arrays.stream(sizes).sum();
		while (assigned < people) {
			sizes[random.nextInt(unitCount)]++;
			assigned++;
		}
		List<Trainee> trainees = new ArrayList<>();
		long person = 1_000_000;
		for (int u = 0; u < unitCount; u++) {
			for (int i = 0; i < sizes[u]; i++) {
				trainees.add(trainee(person++, 5_000 + u));
			}
		}
		// shuffled so that units interleave as they would coming from a query
		java.util.Collections.shuffle(trainees, random);
		List<ClassSlot> classes = new ArrayList<>();
		LocalDate first = LocalDate.of(2024, 1, 8);
		for (int c = 0; c < classCount; c++) {
			LocalDate start = first.plusDays(random.nextInt(330));
			classes.add(new ClassSlot(new ClassId(70_000 + c), "2024年第" + (c + 1) + "期", start, start.plusDays(4),
					60 + random.nextInt(61)));
		}
		return new ScheduleRequest(trainees, classes, LocalDate.of(2024, 11, 15), 5);
	}

	@Test
	void benchSizedRequest() {
		ScheduleRequest r = bigRequest(2024, 20_000, 2_000, 200);
		long started = System.nanoTime();
		Proposal p = Scheduler.propose(r);
		long millis = (System.nanoTime() - started) / 1_000_000;
		System.out.println("20,000 people / 2,000 units / 200 classes scheduled in " + millis + " ms");

		assertValid(p);
		assertMaximal(p);
		assertEarliestFirst(p);

		// the shortfall recomputed independently
		List<ClassSlot> usable = r.classes().stream().filter(c -> !c.end().isAfter(r.deadline())).toList();
		int seats = usable.stream().mapToInt(ClassSlot::freeSeats).sum();
		int perUnit = usable.stream().mapToInt(c -> Math.min(5, c.freeSeats())).sum();
		Map<OrgId, Integer> sizes = new LinkedHashMap<>();
		r.trainees().forEach(t -> sizes.merge(t.unit(), 1, Integer::sum));
		long capped = sizes.values().stream().filter(n -> n > perUnit).count();
		Shortfall s = p.shortfall();
		assertTrue(r.classes().size() > usable.size(), "some classes end after the deadline");
		assertEquals(r.classes().size() - usable.size(), s.lateClasses());
		assertEquals(seats, s.seats());
		assertEquals(20_000, s.people());
		assertEquals(Math.max(0, 20_000 - seats), s.seatShortfall());
		assertEquals(p.unplaced().size(), s.unplaced());
		assertEquals(s.unplaced(), s.seatShortfall() + s.limitShortfall());
		assertTrue(s.seatShortfall() > 0 && s.limitShortfall() > 0, s.seatShortfall() + " / " + s.limitShortfall());
		assertEquals(3, capped);
		assertEquals(capped, s.cappedUnits().size());
		s.cappedUnits().forEach(u -> assertEquals(perUnit, u.maxPlaceable()));
	}
}
