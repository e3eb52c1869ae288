package org.dangxiao.training.schedule;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.dangxiao.model.PersonId;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.model.training.ClassId;

/**
 * What to schedule: the people not yet trained of a program and its planned classes.
 *
 * @param trainees           in the order people are taken within their unit (e.g. by priority)
 * @param classes            in any order; those ending after {@code deadline} are not used
 * @param deadline           the last day a used class may end on
 * @param maxPerUnitPerClass at most this many people of one unit in one class, so a township is not
 *                           emptied of its cadres in one week
 */
public record ScheduleRequest(List<Trainee> trainees, List<ClassSlot> classes, LocalDate deadline,
		int maxPerUnitPerClass) {
	public ScheduleRequest {
		trainees = List.copyOf(trainees);
		classes = List.copyOf(classes);
		Objects.requireNonNull(deadline, "deadline");
		if (maxPerUnitPerClass < 1) {
			throw new IllegalArgumentException(Nls.bind(Messages.ScheduleRequest_LIMIT, maxPerUnitPerClass));
		}
		Set<PersonId> people = new HashSet<>(trainees.size() * 2);
		for (Trainee t : trainees) {
			if (!people.add(t.person())) {
				throw new IllegalArgumentException(Nls.bind(Messages.ScheduleRequest_DUPLICATE_PERSON, t.person()));
			}
		}
		Map<ClassId, ClassSlot> ids = new HashMap<>();
		for (ClassSlot c : classes) {
			ClassSlot before = ids.putIfAbsent(c.id(), c);
			if (before != null) {
				throw new IllegalArgumentException(
						Nls.bind(Messages.ScheduleRequest_DUPLICATE_CLASS, c.id(), before.name(), c.name()));
			}
		}
	}

	/** Whether people may be placed in {@code slot}: it ends on or before the deadline. */
	public boolean usable(ClassSlot slot) {
		return !slot.end().isAfter(deadline);
	}

	/** The classes ending by the deadline, {@linkplain ClassSlot#CHRONOLOGICAL earliest first}. */
	public List<ClassSlot> usableClasses() {
		return classes.stream().filter(this::usable).sorted(ClassSlot.CHRONOLOGICAL).toList();
	}

	/** The classes ending after the deadline, earliest first. */
	public List<ClassSlot> lateClasses() {
		return classes.stream().filter(c -> !usable(c)).sorted(ClassSlot.CHRONOLOGICAL).toList();
	}

	public Optional<ClassSlot> slot(ClassId id) {
		return classes.stream().filter(c -> c.id().equals(id)).findFirst();
	}

	public Optional<Trainee> trainee(PersonId person) {
		return trainees.stream().filter(t -> t.person().equals(person)).findFirst();
	}
}
