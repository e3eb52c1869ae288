package org.dangxiao.training.record;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.dangxiao.model.PersonId;
import org.dangxiao.model.training.Attendance;
import org.dangxiao.model.training.AttendanceStatus;
import org.dangxiao.model.training.ClassId;
import org.dangxiao.model.training.ClassMode;
import org.dangxiao.model.training.Course;
import org.dangxiao.model.training.CourseId;
import org.dangxiao.model.training.Enrollment;
import org.dangxiao.model.training.EnrollmentStatus;
import org.dangxiao.model.training.HoursConversionTable;
import org.dangxiao.model.training.LeaveRule;
import org.dangxiao.model.training.ProgramId;
import org.dangxiao.model.training.TargetRule;
import org.dangxiao.model.training.TrainingClass;
import org.dangxiao.model.training.TrainingProgram;

/** Builders shared by the tests of this package: classes, courses, attendance and whole records. */
final class Fixtures {
	static final PersonId ME = new PersonId(7);
	static final HoursConversionTable TABLE = HoursConversionTable.standard();
	static final LeaveRule LEAVE = LeaveRule.standard();
	static final TrainingProgram PROGRAM = program(1, "2024年干部轮训");

	private Fixtures() {
	}

	static BigDecimal bd(String s) {
		return new BigDecimal(s);
	}

	static LocalDate day(int y, int m, int d) {
		return LocalDate.of(y, m, d);
	}

	static void assertHours(String expected, BigDecimal actual) {
		assertEquals(0, bd(expected).compareTo(actual), () -> "expected " + expected + ", got " + actual);
	}

	static TrainingProgram program(long id, String name) {
		return new TrainingProgram(new ProgramId(id), name, 2024, TargetRule.everyone(), day(2030, 12, 31), bd("40"),
				Optional.empty());
	}

	static TrainingClass trainingClass(long id, String name, LocalDate start, LocalDate end, ClassMode mode) {
		return trainingClass(id, PROGRAM, name, start, end, mode);
	}

	static TrainingClass trainingClass(long id, TrainingProgram program, String name, LocalDate start, LocalDate end,
			ClassMode mode) {
		return new TrainingClass(new ClassId(id), program.id(), name, start, end, "市委党校", mode, 50, Optional.empty());
	}

	/** A morning course, 09:00 to 12:00, worth {@code hours} as planned. */
	static Course course(long id, TrainingClass c, LocalDate on, String hours) {
		return new Course(new CourseId(id), c.id(), "课程" + id, "王老师", on.atTime(9, 0), on.atTime(12, 0), bd(hours));
	}

	static Attendance row(Course c, AttendanceStatus status) {
		return new Attendance(ME, c.id(), status, Optional.empty(), Optional.empty(), Optional.empty());
	}

	/** 出勤 online, signed in at 09:00 and out {@code seconds} later. */
	static Attendance watched(Course c, AttendanceStatus status, long seconds) {
		LocalDateTime in = c.start();
		return new Attendance(ME, c.id(), status, Optional.of(in), Optional.of(in.plusSeconds(seconds)),
				Optional.empty());
	}

	/**
	 * The credit of a class with one course worth {@code hoursPerDay} on each of its days, every one
	 * attended (online: watched for 45 minutes), as of the day after it ended.
	 */
	static Credit attendedDaily(TrainingClass c, String hoursPerDay) {
		List<Course> courses = new ArrayList<>();
		List<Attendance> rows = new ArrayList<>();
		long id = c.id().value() * 1000;
		for (LocalDate d = c.start(); !d.isAfter(c.end()); d = d.plusDays(1)) {
			Course course = course(++id, c, d, hoursPerDay);
			courses.add(course);
			rows.add(c.mode() == ClassMode.ONLINE ? watched(course, AttendanceStatus.PRESENT, 45 * 60)
					: row(course, AttendanceStatus.PRESENT));
		}
		return Credit.of(ME, c, courses, rows, TABLE, LEAVE, c.end().plusDays(1));
	}

	/** One roster line of the record being built. */
	record Taken(TrainingClass trainingClass, TrainingProgram program, EnrollmentStatus status, Credit credit) {
		Taken(TrainingClass trainingClass, EnrollmentStatus status, Credit credit) {
			this(trainingClass, PROGRAM, status, credit);
		}
	}

	/** A completed class of {@link #attendedDaily}. */
	static Taken completed(TrainingClass c, String hoursPerDay) {
		return new Taken(c, EnrollmentStatus.COMPLETED, attendedDaily(c, hoursPerDay));
	}

	static TrainingRecord record(Taken... taken) {
		List<Enrollment> enrollments = new ArrayList<>();
		List<TrainingClass> classes = new ArrayList<>();
		List<TrainingProgram> programs = new ArrayList<>();
		List<Credit> credits = new ArrayList<>();
		for (Taken t : taken) {
			enrollments.add(new Enrollment(t.trainingClass().id(), ME, t.status()));
			classes.add(t.trainingClass());
			programs.add(t.program());
			credits.add(t.credit());
		}
		return TrainingRecord.of(ME, enrollments, classes, programs, credits);
	}
}
