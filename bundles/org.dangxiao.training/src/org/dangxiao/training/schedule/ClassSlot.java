package org.dangxiao.training.schedule;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

import org.dangxiao.model.Check;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.model.training.ClassId;
import org.dangxiao.model.training.TrainingClass;

/**
 * A planned class as the scheduler sees it.
 *
 * @param end       the last day, inclusive
 * @param freeSeats capacity minus the people already on the roster; the caller computes it
 */
public record ClassSlot(ClassId id, String name, LocalDate start, LocalDate end, int freeSeats) {
	/** The order in which classes are filled and listed: by start date, then by id. */
	public static final Comparator<ClassSlot> CHRONOLOGICAL = Comparator.comparing(ClassSlot::start)
			.thenComparing(ClassSlot::id);

	public ClassSlot {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
		name = Check.text(name, "name");
		if (end.isBefore(start)) {
			throw new IllegalArgumentException(Nls.bind(Messages.ClassSlot_END_BEFORE_START, name, end, start));
		}
		if (freeSeats < 0) {
			throw new IllegalArgumentException(Nls.bind(Messages.ClassSlot_NEGATIVE_SEATS, name, freeSeats));
		}
	}

	/** The slot of a stored class with {@code freeSeats} seats left. */
	public static ClassSlot of(TrainingClass trainingClass, int freeSeats) {
		return new ClassSlot(trainingClass.id(), trainingClass.name(), trainingClass.start(), trainingClass.end(),
				freeSeats);
	}
}
