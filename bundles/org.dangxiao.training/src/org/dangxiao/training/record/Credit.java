package org.dangxiao.training.record;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

import org.dangxiao.model.Check;
import org.dangxiao.model.PersonId;
import org.dangxiao.model.training.Attendance;
import org.dangxiao.model.training.ClassId;
import org.dangxiao.model.training.ClassMode;
import org.dangxiao.model.training.Course;
import org.dangxiao.model.training.CourseId;
import org.dangxiao.model.training.EnrollmentStatus;
import org.dangxiao.model.training.HoursConversionTable;
import org.dangxiao.model.training.LeaveRule;
import org.dangxiao.model.training.TrainingClass;

/**
 * What one person earned in one class from its attendance: 学时, leave, days attended, and what
 * their roster line should become. Build it with {@link #of}.
 *
 * @param lines             one per course of the class, in course order
 * @param classEnded        whether the class was over on the day the credit was computed
 * @param withdrawalFlagged leave above the {@link LeaveRule}'s share in a full-time class
 */
public record Credit(PersonId person, ClassId classId, ClassMode mode, List<Line> lines, boolean classEnded,
		boolean withdrawalFlagged) {

	/** How a course stands for the person. */
	public enum Standing {
		/** 出勤, 迟到 or 早退 (online: and the times earned 学时). */
		ATTENDED,
		/** Online only: the sheet says attended but the times are missing or too short to earn anything. */
		UNCREDITED,
		ON_LEAVE,
		ABSENT,
		/** No attendance row although the class is over: counted as absent. */
		NO_RECORD,
		/** No attendance row yet and the class is still running: nothing is known. */
		PENDING;

		/** Counts against the {@link LeaveRule}: 请假 and 缺勤 alike, the rule does not tell them apart. */
		public boolean countsAsLeave() {
			return this == ON_LEAVE || this == ABSENT || this == NO_RECORD;
		}

		public String label() {
			return switch (this) {
			case ATTENDED -> Messages.Standing_ATTENDED;
			case UNCREDITED -> Messages.Standing_UNCREDITED;
			case ON_LEAVE -> Messages.Standing_ON_LEAVE;
			case ABSENT -> Messages.Standing_ABSENT;
			case NO_RECORD -> Messages.Standing_NO_RECORD;
			case PENDING -> Messages.Standing_PENDING;
			};
		}
	}

	/** One course of the class: how it stands and the 学时 it earned. */
	public record Line(Course course, Standing standing, BigDecimal credited) {
		public Line {
			Objects.requireNonNull(course, "course");
			Objects.requireNonNull(standing, "standing");
			credited = Check.notNegative(credited, "credited");
		}

		/** The day the course was held; online courses too, so a class's days follow its schedule. */
		public LocalDate date() {
			return course.start().toLocalDate();
		}
	}

	public Credit {
		Objects.requireNonNull(person, "person");
		Objects.requireNonNull(classId, "classId");
		Objects.requireNonNull(mode, "mode");
		lines = List.copyOf(lines);
	}

	/**
	 * Credits {@code person} in {@code trainingClass} as of {@code asOf}.
	 *
	 * <p>Classroom modes (党校, 夜校, 区外): each attended course earns its planned hours at the
	 * table's per-course-hour rate. 迟到 and 早退 still count as attended and earn the full course;
	 * a locality that docks them can change this rule (or its table) later. 请假 and 缺勤 earn
	 * nothing.
	 *
	 * <p>Online (远程教育): an attended course earns by the table's online thresholds on the whole
	 * minutes from sign-in to sign-out (seconds are dropped, so 14 min 59 s is 14); without both
	 * times it earns nothing. The status still decides first: a 请假 or 缺勤 row earns nothing even
	 * with times, since the platform's times cannot overrule the class's own record. An attended
	 * course that earns nothing is {@link Standing#UNCREDITED}: neither a day attended nor leave.
	 *
	 * <p>A course with no attendance row counts as absent once the class is over (the day after
	 * its last day): a roster that was never signed is no evidence of presence. While the class
	 * runs such a course is only pending.
	 *
	 * @param courses    all courses of the class (the 1/7 share is of the whole class's 学时)
	 * @param attendance the person's rows in this class, at most one per course
	 * @param asOf       the day the credit is computed, usually today
	 */
	public static Credit of(PersonId person, TrainingClass trainingClass, List<Course> courses,
			List<Attendance> attendance, HoursConversionTable table, LeaveRule leaveRule, LocalDate asOf) {
		Objects.requireNonNull(person, "person");
		Objects.requireNonNull(table, "table");
		Objects.requireNonNull(leaveRule, "leaveRule");
		Objects.requireNonNull(asOf, "asOf");
		Set<CourseId> known = new HashSet<>();
		for (Course c : courses) {
			if (!c.classId().equals(trainingClass.id())) {
				throw new IllegalArgumentException(c.id() + " belongs to " + c.classId() + ", not " + trainingClass.id());
			}
			if (!known.add(c.id())) {
				throw new IllegalArgumentException(c.id() + " is listed twice");
			}
		}
		Map<CourseId, Attendance> byCourse = new HashMap<>();
		for (Attendance a : attendance) {
			if (!a.person().equals(person)) {
				throw new IllegalArgumentException("attendance of " + a.person() + " given for " + person);
			}
			if (!known.contains(a.course())) {
				throw new IllegalArgumentException(a.course() + " is not a course of " + trainingClass.id());
			}
			if (byCourse.put(a.course(), a) != null) {
				throw new IllegalArgumentException("two attendance rows for " + a.key());
			}
		}
		boolean ended = asOf.isAfter(trainingClass.end());
		ClassMode mode = trainingClass.mode();
		List<Line> lines = courses.stream()
				.sorted(Comparator.comparing(Course::start).thenComparing(Course::id))
				.map(c -> line(c, Optional.ofNullable(byCourse.get(c.id())), mode, table, ended))
				.toList();
		Credit unflagged = new Credit(person, trainingClass.id(), mode, lines, ended, false);
		// 《干部教育培训工作条例》 ties the 1/7 rule to 脱产 training: at night school or online the
		// trainee keeps working their post, and missing sessions there is not leave from training
		boolean flagged = mode.fullTime() && leaveRule.flagsWithdrawal(unflagged.classHours(), unflagged.leaveHours());
		return new Credit(person, trainingClass.id(), mode, lines, ended, flagged);
	}

	private static Line line(Course c, Optional<Attendance> row, ClassMode mode, HoursConversionTable table,
			boolean ended) {
		if (row.isEmpty()) {
			return new Line(c, ended ? Standing.NO_RECORD : Standing.PENDING, BigDecimal.ZERO);
		}
		Attendance a = row.get();
		return switch (a.status()) {
		case ON_LEAVE -> new Line(c, Standing.ON_LEAVE, BigDecimal.ZERO);
		case ABSENT -> new Line(c, Standing.ABSENT, BigDecimal.ZERO);
		case PRESENT, LATE, LEFT_EARLY -> {
			if (mode != ClassMode.ONLINE) {
				yield new Line(c, Standing.ATTENDED, table.hoursForCourseHours(c.hours()));
			}
			BigDecimal earned = minutes(a).map(table::hoursForOnlineMinutes).orElse(BigDecimal.ZERO);
			yield new Line(c, earned.signum() > 0 ? Standing.ATTENDED : Standing.UNCREDITED, earned);
		}
		};
	}

	private static Optional<Integer> minutes(Attendance a) {
		if (a.signIn().isEmpty() || a.signOut().isEmpty()) {
			return Optional.empty();
		}
		long m = Duration.between(a.signIn().get(), a.signOut().get()).toMinutes();
		return Optional.of((int) Math.min(m, Integer.MAX_VALUE));
	}

	private static BigDecimal sum(List<Line> lines, Predicate<Line> which, Function<Line, BigDecimal> amount) {
		return lines.stream().filter(which).map(amount).reduce(BigDecimal.ZERO, BigDecimal::add).stripTrailingZeros();
	}

	/** 学时 credited. */
	public BigDecimal hours() {
		return sum(lines, l -> true, Line::credited);
	}

	/** The planned 学时 of the whole class, the base of the leave share. */
	public BigDecimal classHours() {
		return sum(lines, l -> true, l -> l.course().hours());
	}

	/** Planned 学时 of the courses on leave, absent, or without a row after the class ended. */
	public BigDecimal leaveHours() {
		return sum(lines, l -> l.standing().countsAsLeave(), l -> l.course().hours());
	}

	/** The distinct days with an attended course: the "days" of the 3-month and 12-day rules. */
	public SortedSet<LocalDate> attendedDates() {
		TreeSet<LocalDate> dates = new TreeSet<>();
		lines.stream().filter(l -> l.standing() == Standing.ATTENDED).map(Line::date).forEach(dates::add);
		return Collections.unmodifiableSortedSet(dates);
	}

	public int days() {
		return attendedDates().size();
	}

	/**
	 * What the roster line should become: 退训 when leave is above the share (even mid-class, since
	 * leave only grows); 结业 once the class is over and the person attended something; otherwise
	 * {@code current} unchanged. Only a suggestion: the class office confirms it.
	 */
	public EnrollmentStatus suggestedStatus(EnrollmentStatus current) {
		Objects.requireNonNull(current, "current");
		if (withdrawalFlagged) {
			return EnrollmentStatus.WITHDRAWN;
		}
		if (classEnded && days() > 0) {
			return EnrollmentStatus.COMPLETED;
		}
		return current;
	}
}
