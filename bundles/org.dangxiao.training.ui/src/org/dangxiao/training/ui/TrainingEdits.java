package org.dangxiao.training.ui;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

import org.dangxiao.model.Command;
import org.dangxiao.model.CommandException;
import org.dangxiao.model.Commands;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.model.training.Attendance;
import org.dangxiao.model.training.ClassId;
import org.dangxiao.model.training.Course;
import org.dangxiao.model.training.CourseId;
import org.dangxiao.model.training.TrainingClass;
import org.dangxiao.model.training.TrainingProgram;

/** The edits of the training views that the model's {@link Commands} do not offer as such. */
public final class TrainingEdits {
	private TrainingEdits() {
	}

	/**
	 * {@link Commands#create}, also telling which id the workspace gave, so the view can select
	 * what was just created. The id is taken inside the command, so a redo gets a fresh one.
	 */
	public static <V extends Record> Command create(LongFunction<V> withId, AtomicLong created) {
		return Commands.of(Commands.create(withId).label(), c -> {
			long id = c.newId();
			created.set(id);
			c.put(withId.apply(id));
		});
	}

	/** Removes a program that has no classes; one with classes is refused, also if they came meanwhile. */
	public static Command removeProgram(TrainingProgram seen) {
		Command remove = Commands.remove(seen);
		return Commands.of(remove.label(), c -> {
			int classes = c.list(TrainingClass.class, seen.id()).size();
			if (classes > 0) {
				throw new CommandException(Nls.bind(Messages.Program_DELETE_HAS_CLASSES, seen.name(), classes));
			}
			remove.run(c);
		});
	}

	/** Removes a course with its attendance, which would otherwise point at nothing. */
	public static Command removeCourse(Course seen) {
		Command remove = Commands.remove(seen);
		return Commands.of(remove.label(), c -> {
			for (Attendance a : c.list(Attendance.class, seen.id())) {
				c.remove(Attendance.class, a.key());
			}
			remove.run(c);
		});
	}

	/**
	 * The next 期 of a class in one command: {@link TrainingClass#copyAsTemplate} and
	 * {@link Course#copyFor} for each of its courses, so one undo takes the whole copy back.
	 */
	public static Command copyClass(TrainingClass original, String newName, LocalDate newStart, AtomicLong created) {
		return Commands.of(Commands.copyClass(original, newName, newStart).label(), c -> {
			TrainingClass template = c.get(TrainingClass.class, original.id())
					.orElseThrow(() -> new CommandException(Nls.bind(Messages.Class_GONE, original.name())));
			TrainingClass copy = template.copyAsTemplate(new ClassId(c.newId()), newName, newStart);
			created.set(copy.id().value());
			c.put(copy);
			for (Course course : c.list(Course.class, template.id())) {
				c.put(course.copyFor(new CourseId(c.newId()), template, copy));
			}
		});
	}
}
