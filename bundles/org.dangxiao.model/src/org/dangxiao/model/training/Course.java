package org.dangxiao.model.training;

import org.dangxiao.model.Check;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import org.dangxiao.model.nls.Nls;

/**
 * A 课程 session of a class; attendance is taken per course.
 *
 * @param teacher may be empty (opening ceremonies, self-study)
 * @param hours   the 学时 the course is worth as planned; the conversion table may credit differently
 */
public record Course(CourseId id, ClassId classId, String title, String teacher, LocalDateTime start,
		LocalDateTime end, BigDecimal hours) {
	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	public Course {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(classId, "classId");
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
		title = Check.text(title, "title");
		teacher = Objects.requireNonNullElse(teacher, "").strip();
		hours = Check.notNegative(hours, "hours");
		if (!end.isAfter(start)) {
			throw new IllegalArgumentException(
					Nls.bind(Messages.Course_END_NOT_AFTER_START, title, SHOWN.format(end), SHOWN.format(start)));
		}
	}

	/** This course placed in {@code copy} as it sat in {@code original}: same weekday offset and times. */
	public Course copyFor(CourseId newId, TrainingClass original, TrainingClass copy) {
		if (!original.id().equals(classId)) {
			throw new IllegalArgumentException(id + " belongs to " + classId + ", not " + original.id());
		}
		long shift = ChronoUnit.DAYS.between(original.start(), copy.start());
		return new Course(newId, copy.id(), title, teacher, start.plusDays(shift), end.plusDays(shift), hours);
	}
}
