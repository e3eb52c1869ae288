package org.dangxiao.training.schedule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.dangxiao.model.OrgId;
import org.dangxiao.model.PersonId;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.model.training.ClassId;

/**
 * An assignment of people to classes, as {@link Scheduler#propose} makes it and the user then edits.
 * Edits return a new proposal and refuse what would break a rule; a proposal built by hand may
 * break rules, which {@link #violations()} lists.
 *
 * <p>Every trainee of the request is either in {@code assignments} or in {@code unplaced}, exactly
 * once. Both lists are kept in the order of {@link ScheduleRequest#trainees()}, so equal contents
 * make equal proposals however they were reached.
 *
 * @param shortfall what the request allows at best; edits keep it
 */
public record Proposal(ScheduleRequest request, List<Assignment> assignments, List<Trainee> unplaced,
		Shortfall shortfall) {
	public Proposal {
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(shortfall, "shortfall");
		List<Trainee> trainees = request.trainees();
		Map<PersonId, Integer> rank = ranks(trainees);
		Set<ClassId> classIds = new HashSet<>();
		request.classes().forEach(c -> classIds.add(c.id()));

		Assignment[] placedAt = new Assignment[trainees.size()];
		for (Assignment a : assignments) {
			Integer r = rank.get(a.person());
			if (r == null) {
				throw new IllegalArgumentException(Nls.bind(Messages.Proposal_UNKNOWN_PERSON, a.person()));
			}
			if (!classIds.contains(a.classId())) {
				throw new IllegalArgumentException(Nls.bind(Messages.Proposal_UNKNOWN_CLASS, a.classId()));
			}
			if (placedAt[r] != null) {
				throw new IllegalArgumentException(a.person() + " is assigned twice");
			}
			placedAt[r] = a;
		}
		boolean[] left = new boolean[trainees.size()];
		for (Trainee t : unplaced) {
			Integer r = rank.get(t.person());
			if (r == null) {
				throw new IllegalArgumentException(Nls.bind(Messages.Proposal_UNKNOWN_PERSON, t.person()));
			}
			if (!trainees.get(r).equals(t)) {
				throw new IllegalArgumentException(t + " differs from the request's " + trainees.get(r));
			}
			if (placedAt[r] != null || left[r]) {
				throw new IllegalArgumentException(t.person() + " is unplaced twice or also assigned");
			}
			left[r] = true;
		}
		for (int r = 0; r < left.length; r++) {
			if (!left[r] && placedAt[r] == null) {
				throw new IllegalArgumentException(trainees.get(r).person() + " is neither assigned nor unplaced");
			}
		}
		if (shortfall.people() != trainees.size()) {
			throw new IllegalArgumentException("shortfall of " + shortfall.people() + " people for " + trainees.size());
		}
		assignments = Arrays.stream(placedAt).filter(Objects::nonNull).toList();
		List<Trainee> rest = new ArrayList<>();
		for (int r = 0; r < left.length; r++) {
			if (left[r]) {
				rest.add(trainees.get(r));
			}
		}
		unplaced = List.copyOf(rest);
	}

	/** How many people are placed. */
	public int placed() {
		return assignments.size();
	}

	/** How many more people the best proposal places than this one; 0 right after {@link Scheduler#propose}. */
	public int belowBest() {
		return Math.max(0, unplaced.size() - shortfall.unplaced());
	}

	public Optional<ClassId> classOf(PersonId person) {
		return assignments.stream().filter(a -> a.person().equals(person)).map(Assignment::classId).findFirst();
	}

	/** The people placed in {@code classId}, in the request's order. */
	public List<Trainee> roster(ClassId classId) {
		Map<PersonId, Trainee> trainees = traineesByPerson();
		return assignments.stream().filter(a -> a.classId().equals(classId)).map(a -> trainees.get(a.person()))
				.toList();
	}

	/** The rules this proposal breaks, by class in date order; empty for any proposal of the scheduler. */
	public List<Violation> violations() {
		Map<PersonId, Trainee> trainees = traineesByPerson();
		Map<ClassId, Map<OrgId, Integer>> perUnit = new HashMap<>();
		for (Assignment a : assignments) {
			perUnit.computeIfAbsent(a.classId(), c -> new LinkedHashMap<>())
					.merge(trainees.get(a.person()).unit(), 1, Integer::sum);
		}
		List<Violation> violations = new ArrayList<>();
		for (ClassSlot slot : request.classes().stream().sorted(ClassSlot.CHRONOLOGICAL).toList()) {
			Map<OrgId, Integer> units = perUnit.getOrDefault(slot.id(), Map.of());
			int placed = units.values().stream().mapToInt(Integer::intValue).sum();
			if (placed > 0 && !request.usable(slot)) {
				violations.add(new Violation.AfterDeadline(slot, request.deadline(), placed));
			}
			if (placed > slot.freeSeats()) {
				violations.add(new Violation.OverCapacity(slot, placed));
			}
			units.forEach((unit, n) -> {
				if (n > request.maxPerUnitPerClass()) {
					violations.add(new Violation.OverUnitLimit(slot, unit, request.maxPerUnitPerClass(), n));
				}
			});
		}
		return List.copyOf(violations);
	}

	/**
	 * Places an unplaced person in a class.
	 *
	 * @throws IllegalArgumentException if the person is placed already, or the class is full, holds the
	 *                                  limit of the person's unit, or ends after the deadline
	 */
	public Proposal add(PersonId person, ClassId classId) {
		Trainee trainee = trainee(person);
		ClassSlot slot = slot(classId);
		Optional<ClassId> current = classOf(person);
		if (current.isPresent()) {
			throw new IllegalArgumentException(
					Nls.bind(Messages.Proposal_ALREADY_PLACED, person, slot(current.get()).name()));
		}
		checkRoom(trainee, slot);
		List<Assignment> next = new ArrayList<>(assignments);
		next.add(new Assignment(person, classId));
		return new Proposal(request, next, unplaced.stream().filter(t -> !t.equals(trainee)).toList(), shortfall);
	}

	/**
	 * Moves a placed person to another class; moving to the class they are in changes nothing.
	 *
	 * @throws IllegalArgumentException if the person is not placed, or the class is full, holds the
	 *                                  limit of the person's unit, or ends after the deadline
	 */
	public Proposal move(PersonId person, ClassId classId) {
		Trainee trainee = trainee(person);
		ClassSlot slot = slot(classId);
		ClassId current = classOf(person).orElseThrow(
				() -> new IllegalArgumentException(Nls.bind(Messages.Proposal_NOT_PLACED, person)));
		if (current.equals(classId)) {
			return this;
		}
		checkRoom(trainee, slot);
		List<Assignment> next = assignments.stream()
				.map(a -> a.person().equals(person) ? new Assignment(person, classId) : a).toList();
		return new Proposal(request, next, unplaced, shortfall);
	}

	/**
	 * Takes a placed person out of their class, back to the unplaced.
	 *
	 * @throws IllegalArgumentException if the person is not placed
	 */
	public Proposal remove(PersonId person) {
		Trainee trainee = trainee(person);
		if (classOf(person).isEmpty()) {
			throw new IllegalArgumentException(Nls.bind(Messages.Proposal_NOT_PLACED, person));
		}
		List<Trainee> rest = new ArrayList<>(unplaced);
		rest.add(trainee);
		return new Proposal(request, assignments.stream().filter(a -> !a.person().equals(person)).toList(), rest,
				shortfall);
	}

	/** The shortfall's sentences, and how far this proposal is behind the best one if it is. */
	public String explanation() {
		return explanation(OrgId::toString);
	}

	public String explanation(Function<OrgId, String> unitName) {
		String text = shortfall.explanation(unitName);
		return belowBest() == 0 ? text
				: Shortfall.join(List.of(text, Nls.bind(Messages.Proposal_BELOW_BEST, belowBest())));
	}

	/** Refuses a class the trainee may not join now; seats and the limit count the current proposal. */
	private void checkRoom(Trainee trainee, ClassSlot slot) {
		if (!request.usable(slot)) {
			throw new IllegalArgumentException(
					Nls.bind(Messages.Proposal_AFTER_DEADLINE, slot.name(), slot.end(), request.deadline()));
		}
		Map<PersonId, Trainee> trainees = traineesByPerson();
		int placed = 0;
		int sameUnit = 0;
		for (Assignment a : assignments) {
			if (a.classId().equals(slot.id())) {
				placed++;
				if (trainees.get(a.person()).unit().equals(trainee.unit())) {
					sameUnit++;
				}
			}
		}
		if (placed >= slot.freeSeats()) {
			throw new IllegalArgumentException(Nls.bind(Messages.Proposal_FULL, slot.name(), slot.freeSeats()));
		}
		if (sameUnit >= request.maxPerUnitPerClass()) {
			throw new IllegalArgumentException(
					Nls.bind(Messages.Proposal_UNIT_FULL, slot.name(), trainee.unit(), sameUnit));
		}
	}

	private Trainee trainee(PersonId person) {
		return request.trainee(person).orElseThrow(
				() -> new IllegalArgumentException(Nls.bind(Messages.Proposal_UNKNOWN_PERSON, person)));
	}

	private ClassSlot slot(ClassId classId) {
		return request.slot(classId).orElseThrow(
				() -> new IllegalArgumentException(Nls.bind(Messages.Proposal_UNKNOWN_CLASS, classId)));
	}

	private Map<PersonId, Trainee> traineesByPerson() {
		Map<PersonId, Trainee> byPerson = new HashMap<>(request.trainees().size() * 2);
		request.trainees().forEach(t -> byPerson.put(t.person(), t));
		return byPerson;
	}

	private static Map<PersonId, Integer> ranks(List<Trainee> trainees) {
		Map<PersonId, Integer> rank = new HashMap<>(trainees.size() * 2);
		for (int i = 0; i < trainees.size(); i++) {
			rank.put(trainees.get(i).person(), i);
		}
		return rank;
	}
}
