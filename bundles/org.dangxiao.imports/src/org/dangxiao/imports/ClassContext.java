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
import org.dangxiao.model.training.RosterEntry;
import org.dangxiao.model.training.TrainingClass;
import org.dangxiao.text.ChineseText;

/** The class an import is for: its dates, its courses and its roster. */
public final class ClassContext {
	private final TrainingClass trainingClass;
	private final List<Course> courses;
	private final Map<PersonId, Enrollment> roster;
	private final List<org.dangxiao.model.Person> people;
	/** The courses by their title normalized once; every row with a course column looks its title up. */
	private final Map<String, List<Course>> byTitle;

	public ClassContext(TrainingClass trainingClass, List<Course> courses, List<RosterEntry> roster) {
		this.trainingClass = trainingClass;
		this.courses = courses.stream().sorted(Comparator.comparing(Course::start)).toList();
		this.roster = roster.stream().map(RosterEntry::enrollment).collect(Collectors.toUnmodifiableMap(Enrollment::person, Function.identity()));
		this.people = roster.stream().map(RosterEntry::person).toList();
		this.byTitle = this.courses.stream().collect(Collectors.groupingBy(c -> ChineseText.normalizeName(c.title())));
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

	/** The people on the roster, ordered by id. */
	public List<org.dangxiao.model.Person> people() {
		return people;
	}

	public static ClassContext of(WorkspaceView workspace, TrainingClass k) {
		return new ClassContext(k, workspace.list(Course.class, k.id()), workspace.roster(k.id()));
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
			Optional<Course> named = only(byTitle.getOrDefault(ChineseText.normalizeName(title.get()), List.of()), day, Optional.empty(),
					Optional.empty());
			if (named.isPresent()) {
				return named;
			}
		}
		Optional<LocalDate> date = day.or(() -> signIn.map(LocalDateTime::toLocalDate));
		if (date.isEmpty()) {
			return courses.size() == 1 ? Optional.of(courses.get(0)) : Optional.empty();
		}
		return only(courses, date, session, signIn);
	}

	/**
	 * The one course of {@code among} on {@code day} (any day when empty) and in {@code session};
	 * when several are, the one {@code signIn} falls in. Loops, not streams: it runs for every row.
	 */
	private static Optional<Course> only(List<Course> among, Optional<LocalDate> day, Optional<Sessions> session, Optional<LocalDateTime> signIn) {
		Course found = null;
		int count = 0;
		for (Course c : among) {
			if (fits(c, day, session)) {
				found = c;
				count++;
			}
		}
		if (count > 1 && signIn.isPresent()) {
			LocalDateTime t = signIn.get();
			count = 0;
			for (Course c : among) {
				if (fits(c, day, session) && !t.isBefore(c.start().minusHours(2)) && t.isBefore(c.end())) {
					found = c;
					count++;
				}
			}
		}
		return count == 1 ? Optional.of(found) : Optional.empty();
	}

	private static boolean fits(Course c, Optional<LocalDate> day, Optional<Sessions> session) {
		return (day.isEmpty() || c.start().toLocalDate().equals(day.get())) && (session.isEmpty() || session.get().contains(c.start().getHour()));
	}
}
