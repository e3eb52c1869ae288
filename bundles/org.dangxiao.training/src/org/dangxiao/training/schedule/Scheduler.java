package org.dangxiao.training.schedule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dangxiao.model.OrgId;

/**
 * Proposes who goes to which class (轮训排班).
 *
 * <p>The proposal places as many people as possible without exceeding any class's free seats,
 * without more than {@code maxPerUnitPerClass} of one unit in one class, and without using a class
 * that ends after the deadline. That is a maximum flow: source → unit (capacity: the unit's people)
 * → class (capacity: the limit) → sink (capacity: free seats), solved exactly with Dinic's algorithm.
 *
 * <p>Earlier classes are preferred without giving up a single place: the classes are opened one at
 * a time in date order and the flow is made maximal after each, so for every k the k earliest
 * classes hold as many people as they possibly can (a greedy never taken back, since augmenting
 * paths end at the sink and never empty a class). People are thus trained as early as the rules
 * allow, and the late classes keep the spare seats for latecomers. This costs one incremental
 * Dinic run per class; min-cost flow would give a similar preference at a much higher cost.
 *
 * <p>The flow per unit and class is then turned into people deterministically: within a unit, people
 * in the request's order go to the classes in date order (start, then id); those left are unplaced.
 */
public final class Scheduler {
	private Scheduler() {
	}

	public static Proposal propose(ScheduleRequest request) {
		List<ClassSlot> classes = request.usableClasses();
		List<Trainee> trainees = request.trainees();
		int limit = request.maxPerUnitPerClass();

		// units in order of first appearance, so the result follows the request's order
		Map<OrgId, Integer> unitIndex = new LinkedHashMap<>();
		int[] unitOf = new int[trainees.size()];
		for (int i = 0; i < trainees.size(); i++) {
			unitOf[i] = unitIndex.computeIfAbsent(trainees.get(i).unit(), u -> unitIndex.size());
		}
		int units = unitIndex.size();
		int[] people = new int[units];
		for (int u : unitOf) {
			people[u]++;
		}
		int[] seats = classes.stream().mapToInt(ClassSlot::freeSeats).toArray();

		int[] flow = UnitClassFlow.solve(people, seats, limit);

		int[] nextClass = new int[units];
		List<Assignment> assignments = new ArrayList<>();
		List<Trainee> unplaced = new ArrayList<>();
		for (int i = 0; i < trainees.size(); i++) {
			int u = unitOf[i];
			int row = u * classes.size();
			while (nextClass[u] < classes.size() && flow[row + nextClass[u]] == 0) {
				nextClass[u]++;
			}
			if (nextClass[u] < classes.size()) {
				flow[row + nextClass[u]]--;
				assignments.add(new Assignment(trainees.get(i).person(), classes.get(nextClass[u]).id()));
			} else {
				unplaced.add(trainees.get(i));
			}
		}

		Shortfall shortfall = shortfall(request, unitIndex, people, seats, assignments.size());
		return new Proposal(request, assignments, unplaced, shortfall);
	}

	private static Shortfall shortfall(ScheduleRequest request, Map<OrgId, Integer> unitIndex, int[] people,
			int[] seats, int placed) {
		int limit = request.maxPerUnitPerClass();
		long totalSeats = 0;
		long perUnit = 0;
		for (int s : seats) {
			totalSeats += s;
			perUnit += Math.min(limit, s);
		}
		int maxPerUnit = (int) Math.min(Integer.MAX_VALUE, perUnit);
		List<CappedUnit> capped = new ArrayList<>();
		unitIndex.forEach((unit, u) -> {
			if (people[u] > maxPerUnit) {
				capped.add(new CappedUnit(unit, people[u], maxPerUnit));
			}
		});
		// the units most over first; the stable sort keeps the request's order among equals
		capped.sort(Comparator.comparingInt(CappedUnit::excess).reversed());
		return new Shortfall(request.trainees().size(), Math.toIntExact(totalSeats), placed, limit,
				request.deadline(), request.lateClasses().size(), capped);
	}
}
