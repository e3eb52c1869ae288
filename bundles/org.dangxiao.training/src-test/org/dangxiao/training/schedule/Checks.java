package org.dangxiao.training.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dangxiao.model.OrgId;
import org.dangxiao.model.PersonId;
import org.dangxiao.model.training.ClassId;

/**
 * Checks a proposal against the rules from its raw lists, without the production code's own
 * bookkeeping, and certifies maximality: a flow is maximal exactly when no augmenting path is left.
 */
final class Checks {
	private Checks() {
	}

	static Trainee trainee(long person, long unit) {
		return new Trainee(new PersonId(person), new OrgId(unit));
	}

	static ClassSlot slot(long id, int startDay, int seats) {
		LocalDate start = LocalDate.of(2024, 3, 1).plusDays(startDay);
		return new ClassSlot(new ClassId(id), "第" + id + "期", start, start.plusDays(4), seats);
	}

	/** Trainees numbered from {@code firstPerson}, {@code sizes[i]} of them in unit {@code i + 1}. */
	static List<Trainee> units(long firstPerson, int... sizes) {
		List<Trainee> trainees = new ArrayList<>();
		long person = firstPerson;
		for (int u = 0; u < sizes.length; u++) {
			for (int i = 0; i < sizes[u]; i++) {
				trainees.add(trainee(person++, u + 1));
			}
		}
		return trainees;
	}

	/** Seats, unit limit, deadline, each person once, and no rule reported by {@code violations()}. */
	static void assertValid(Proposal p) {
		ScheduleRequest r = p.request();
		Map<PersonId, OrgId> unitOf = new HashMap<>();
		r.trainees().forEach(t -> unitOf.put(t.person(), t.unit()));
		Map<ClassId, ClassSlot> slots = new HashMap<>();
		r.classes().forEach(c -> slots.put(c.id(), c));

		Set<PersonId> seen = new HashSet<>();
		Map<ClassId, Integer> placed = new HashMap<>();
		Map<ClassId, Map<OrgId, Integer>> perUnit = new HashMap<>();
		for (Assignment a : p.assignments()) {
			assertTrue(seen.add(a.person()), () -> a.person() + " placed twice");
			OrgId unit = unitOf.get(a.person());
			assertNotNull(unit, () -> a.person() + " is not a trainee");
			ClassSlot slot = slots.get(a.classId());
			assertNotNull(slot, () -> a.classId() + " is not a class of the request");
			assertFalse(slot.end().isAfter(r.deadline()), () -> slot.name() + " ends after the deadline");
			placed.merge(a.classId(), 1, Integer::sum);
			perUnit.computeIfAbsent(a.classId(), c -> new HashMap<>()).merge(unit, 1, Integer::sum);
		}
		for (Trainee t : p.unplaced()) {
			assertTrue(seen.add(t.person()), () -> t.person() + " both placed and unplaced, or unplaced twice");
		}
		assertEquals(r.trainees().size(), seen.size(), "everyone is placed or unplaced");
		placed.forEach((c, n) -> assertTrue(n <= slots.get(c).freeSeats(),
				() -> slots.get(c).name() + ": " + n + " placed, " + slots.get(c).freeSeats() + " seats"));
		perUnit.forEach((c, units) -> units.forEach((u, n) -> assertTrue(n <= r.maxPerUnitPerClass(),
				() -> slots.get(c).name() + ": " + n + " of " + u)));
		assertEquals(List.of(), p.violations());
	}

	/** No one more can be placed, even by moving others. */
	static void assertMaximal(Proposal p) {
		assertNull(augmentingPath(p.request(), p.request().usableClasses(), placements(p)),
				"an augmenting path is left, so more people could be placed");
	}

	/** For every k, the k earliest usable classes hold as many people as any proposal could put there. */
	static void assertEarliestFirst(Proposal p) {
		List<ClassSlot> usable = p.request().usableClasses();
		Map<PersonId, ClassId> all = placements(p);
		for (int k = 1; k <= usable.size(); k++) {
			List<ClassSlot> prefix = usable.subList(0, k);
			Set<ClassId> ids = new HashSet<>();
			prefix.forEach(c -> ids.add(c.id()));
			Map<PersonId, ClassId> inPrefix = new HashMap<>();
			all.forEach((person, c) -> {
				if (ids.contains(c)) {
					inPrefix.put(person, c);
				}
			});
			ClassId open = augmentingPath(p.request(), prefix, inPrefix);
			int first = k;
			assertNull(open, () -> "the " + first + " earliest classes could hold more, e.g. in " + open);
		}
	}

	static Map<PersonId, ClassId> placements(Proposal p) {
		Map<PersonId, ClassId> placed = new HashMap<>();
		p.assignments().forEach(a -> placed.put(a.person(), a.classId()));
		return placed;
	}

	/**
	 * A class with a free seat reachable in the residual graph from a unit with someone unplaced,
	 * or null: unit → class while the unit is under the limit there, class → unit back along people
	 * already placed.
	 */
	static ClassId augmentingPath(ScheduleRequest r, List<ClassSlot> classes, Map<PersonId, ClassId> placed) {
		Map<ClassId, Integer> count = new HashMap<>();
		Map<ClassId, Map<OrgId, Integer>> perUnit = new HashMap<>();
		Deque<OrgId> queue = new ArrayDeque<>();
		Set<OrgId> seenUnits = new HashSet<>();
		for (Trainee t : r.trainees()) {
			ClassId c = placed.get(t.person());
			if (c == null) {
				if (seenUnits.add(t.unit())) {
					queue.add(t.unit());
				}
			} else {
				count.merge(c, 1, Integer::sum);
				perUnit.computeIfAbsent(c, x -> new HashMap<>()).merge(t.unit(), 1, Integer::sum);
			}
		}
		Set<ClassId> seenClasses = new HashSet<>();
		while (!queue.isEmpty()) {
			OrgId unit = queue.poll();
			for (ClassSlot c : classes) {
				Map<OrgId, Integer> units = perUnit.getOrDefault(c.id(), Map.of());
				if (units.getOrDefault(unit, 0) < r.maxPerUnitPerClass() && seenClasses.add(c.id())) {
					if (count.getOrDefault(c.id(), 0) < c.freeSeats()) {
						return c.id();
					}
					for (OrgId other : units.keySet()) {
						if (seenUnits.add(other)) {
							queue.add(other);
						}
					}
				}
			}
		}
		return null;
	}
}
