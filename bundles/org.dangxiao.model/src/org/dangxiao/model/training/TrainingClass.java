package org.dangxiao.model.training;

import org.dangxiao.model.Check;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

import org.dangxiao.model.PersonId;
import org.dangxiao.model.nls.Nls;

/**
 * A 班次 (期) of a program.
 *
 * @param end         the last day, inclusive
 * @param headTeacher the 班主任
 */
public record TrainingClass(ClassId id, ProgramId program, String name, LocalDate start, LocalDate end, String place,
		ClassMode mode, int capacity, Optional<PersonId> headTeacher) {
	public TrainingClass {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(program, "program");
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
		Objects.requireNonNull(mode, "mode");
		Objects.requireNonNull(headTeacher, "headTeacher");
		name = Check.text(name, "name");
		place = Check.text(place, "place");
		if (end.isBefore(start)) {
			throw new IllegalArgumentException(Nls.bind(Messages.TrainingClass_END_BEFORE_START, name, end, start));
		}
		if (capacity <= 0) {
			throw new IllegalArgumentException(Nls.bind(Messages.TrainingClass_CAPACITY, name, capacity));
		}
	}

	/** Calendar days from start to end, both included. */
	public long days() {
		return ChronoUnit.DAYS.between(start, end) + 1;
	}

	/**
	 * The next 期 of the same class: same program, place, mode, capacity and head teacher, dates
	 * moved so it starts on {@code newStart}. Copy its courses with {@link Course#copyFor}.
	 */
	public TrainingClass copyAsTemplate(ClassId newId, String newName, LocalDate newStart) {
		long shift = ChronoUnit.DAYS.between(start, newStart);
		return new TrainingClass(newId, program, newName, newStart, end.plusDays(shift), place, mode, capacity,
				headTeacher);
	}
}
