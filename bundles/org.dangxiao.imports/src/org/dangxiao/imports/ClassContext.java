package org.dangxiao.imports;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dangxiao.model.PersonId;
import org.dangxiao.model.WorkspaceView;
import org.dangxiao.model.training.Course;
import org.dangxiao.model.training.Enrollment;
import org.dangxiao.model.training.TrainingClass;
import org.dangxiao.text.ChineseText;

/** The class an import is for: its dates, its courses and its roster. */
public final class ClassContext {
	private final TrainingClass trainingClass;
	private final List<Course> courses;
	private final Map<PersonId, Enrollment> roster;
	/** Course titles normalized once; every row with a course column is compared with them. */
	private final Map<org.dangxiao.model.training.CourseId, String> titles;

	public ClassContext(TrainingClass trainingClass, List<Course> courses, Map<PersonId, Enrollment> roster) {
		this.trainingClass = trainingClass;
		this.courses = courses.stream().sorted(Comparator.comparing(Course::start)).toList();
		this.roster = Map.copyOf(roster);
		this.titles = this.courses.stream().collect(Collectors.toMap(Course::id, c -> ChineseText.normalizeName(c.title())));
	}

	public TrainingClass trainingClass() {
		return trainingClass;
	}

	public List<Course> courses() {
		return courses;
	}

	public Map<PersonId, Enrollment> roster() {
		return roster;
	}

	public static ClassContext of(WorkspaceView workspace, TrainingClass k) {
		return new ClassContext(k, workspace.list(Course.class, k.id()),
				workspace.list(Enrollment.class, k.id()).stream().collect(Collectors.toMap(Enrollment::person, Function.identity())));
	}

	public boolean contains(LocalDateTime t) {
		LocalDate d = t.toLocalDate();
		return !d.isBefore(trainingClass.start()) && !d.isAfter(trainingClass.end());
	}

	/**
	 * The course a row belongs to: by title when the sheet names it; otherwise among the courses
	 * of the day, narrowed by half-day and by the sign-in time (up to two hours early counts).
	 */
	public Optional<Course> course(Optional<String> title, Optional<LocalDate> day, Optional<Sessions> session, Optional<LocalDateTime> signIn) {
		if (title.isPresent()) {
			String t = ChineseText.normalizeName(title.get());
			List<Course> named = courses.stream().filter(c -> titles.get(c.id()).equals(t)).toList();
			List<Course> onDay = named.stream().filter(c -> day.isEmpty() || c.start().toLocalDate().equals(day.get())).toList();
			if (onDay.size() == 1) {
				return Optional.of(onDay.get(0));
			}
		}
		Optional<LocalDate> date = day.or(() -> signIn.map(LocalDateTime::toLocalDate));
		if (date.isEmpty()) {
			return courses.size() == 1 ? Optional.of(courses.get(0)) : Optional.empty();
		}
		List<Course> candidates = courses.stream().filter(c -> c.start().toLocalDate().equals(date.get()))
				.filter(c -> session.map(s -> s.contains(c.start().getHour())).orElse(true)).toList();
		if (candidates.size() > 1 && signIn.isPresent()) {
			LocalDateTime t = signIn.get();
			candidates = candidates.stream().filter(c -> !t.isBefore(c.start().minusHours(2)) && t.isBefore(c.end())).toList();
		}
		return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
	}
}
