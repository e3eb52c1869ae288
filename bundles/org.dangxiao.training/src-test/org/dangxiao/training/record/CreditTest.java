package org.dangxiao.training.record;

import static org.dangxiao.training.record.Fixtures.LEAVE;
import static org.dangxiao.training.record.Fixtures.ME;
import static org.dangxiao.training.record.Fixtures.TABLE;
import static org.dangxiao.training.record.Fixtures.assertHours;
import static org.dangxiao.training.record.Fixtures.bd;
import static org.dangxiao.training.record.Fixtures.course;
import static org.dangxiao.training.record.Fixtures.day;
import static org.dangxiao.training.record.Fixtures.row;
import static org.dangxiao.training.record.Fixtures.trainingClass;
import static org.dangxiao.training.record.Fixtures.watched;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.dangxiao.model.PersonId;
import org.dangxiao.model.training.Attendance;
import org.dangxiao.model.training.AttendanceStatus;
import org.dangxiao.model.training.ClassMode;
import org.dangxiao.model.training.ConversionTableId;
import org.dangxiao.model.training.Course;
import org.dangxiao.model.training.EnrollmentStatus;
import org.dangxiao.model.training.HoursConversionTable;
import org.dangxiao.model.training.TrainingClass;
import org.dangxiao.training.record.Credit.Standing;
import org.junit.jupiter.api.Test;

class CreditTest {
	private static final TrainingClass WEEK = trainingClass(1, "2024年第一期乡镇干部轮训班", day(2024, 5, 6), day(2024, 5, 10),
			ClassMode.PARTY_SCHOOL);
	private static final LocalDate AFTER = day(2024, 5, 11);

	private static Credit credit(TrainingClass c, List<Course> courses, List<Attendance> rows, LocalDate asOf) {
		return Credit.of(ME, c, courses, rows, TABLE, LEAVE, asOf);
	}

	@Test
	void eachStatusInClassroom() {
		for (AttendanceStatus status : AttendanceStatus.values()) {
			eachStatusInClassroom(status);
		}
	}

	private void eachStatusInClassroom(AttendanceStatus status) {
		Course c = course(1, WEEK, day(2024, 5, 6), "2.5");
		Credit credit = credit(WEEK, List.of(c), List.of(row(c, status)), AFTER);
		boolean attended = switch (status) {
		case PRESENT, LATE, LEFT_EARLY -> true;
		case ON_LEAVE, ABSENT -> false;
		};
		assertHours(attended ? "2.5" : "0", credit.hours());
		assertHours(attended ? "0" : "2.5", credit.leaveHours());
		assertHours("2.5", credit.classHours());
		assertEquals(attended ? 1 : 0, credit.days());
		Standing expected = switch (status) {
		case PRESENT, LATE, LEFT_EARLY -> Standing.ATTENDED;
		case ON_LEAVE -> Standing.ON_LEAVE;
		case ABSENT -> Standing.ABSENT;
		};
		assertEquals(expected, credit.lines().get(0).standing());
		// a single course entirely missed is all of the class's 学时: far above 1/7
		assertEquals(!attended, credit.withdrawalFlagged());
		assertEquals(attended ? EnrollmentStatus.COMPLETED : EnrollmentStatus.WITHDRAWN,
				credit.suggestedStatus(EnrollmentStatus.ENROLLED));
	}

	@Test
	void classroomCoursesEarnTheirPlannedHoursAtTheTableRate() {
		List<Course> courses = List.of(course(1, WEEK, day(2024, 5, 6), "3"), course(2, WEEK, day(2024, 5, 7), "2"),
				course(3, WEEK, day(2024, 5, 8), "4"), course(4, WEEK, day(2024, 5, 9), "1"),
				course(5, WEEK, day(2024, 5, 10), "0.5"), course(6, WEEK, day(2024, 5, 6), "1.5"));
		List<Attendance> rows = List.of(row(courses.get(0), AttendanceStatus.PRESENT),
				row(courses.get(1), AttendanceStatus.LATE), row(courses.get(2), AttendanceStatus.LEFT_EARLY),
				row(courses.get(3), AttendanceStatus.ON_LEAVE), row(courses.get(4), AttendanceStatus.ABSENT),
				row(courses.get(5), AttendanceStatus.PRESENT));
		Credit credit = credit(WEEK, courses, rows, AFTER);
		assertHours("10.5", credit.hours());
		assertHours("1.5", credit.leaveHours());
		assertHours("12", credit.classHours());
		// two courses on 05-06 are one day
		assertEquals(List.of(day(2024, 5, 6), day(2024, 5, 7), day(2024, 5, 8)), List.copyOf(credit.attendedDates()));
		assertEquals(3, credit.days());
		// lines in course order, whatever order the courses came in
		assertEquals(List.of(1L, 6L, 2L, 3L, 4L, 5L),
				credit.lines().stream().map(l -> l.course().id().value()).toList());

		HoursConversionTable half = new HoursConversionTable(new ConversionTableId(2), "半学时", bd("6"), bd("3"),
				bd("0.5"), bd("3"), List.of());
		assertHours("5.25", Credit.of(ME, WEEK, courses, rows, half, LEAVE, AFTER).hours());
	}

	@Test
	void onlineCoursesEarnByMinutesWatched() {
		String[][] cases = { { "0", "0" }, { "1", "0.25" }, { "14", "0.25" }, { "15", "0.5" }, { "29", "0.5" }, { "30", "1" },
				{ "120", "1" } };
		for (String[] c : cases) {
			onlineCoursesEarnByMinutesWatched(Integer.parseInt(c[0]), c[1]);
		}
	}

	private void onlineCoursesEarnByMinutesWatched(int minutes, String expected) {
		TrainingClass online = trainingClass(2, "网络专题班", day(2024, 5, 6), day(2024, 5, 31), ClassMode.ONLINE);
		// planned at 2 学时: online credit follows the thresholds, not the plan
		Course c = course(1, online, day(2024, 5, 6), "2");
		Credit credit = credit(online, List.of(c), List.of(watched(c, AttendanceStatus.PRESENT, minutes * 60L)),
				day(2024, 6, 1));
		assertHours(expected, credit.hours());
		boolean earned = bd(expected).signum() > 0;
		assertEquals(earned ? Standing.ATTENDED : Standing.UNCREDITED, credit.lines().get(0).standing());
		assertEquals(earned ? 1 : 0, credit.days());
		assertHours("0", credit.leaveHours());
	}

	@Test
	void onlineSecondsBelowAThresholdDoNotReachIt() {
		TrainingClass online = trainingClass(2, "网络专题班", day(2024, 5, 6), day(2024, 5, 31), ClassMode.ONLINE);
		Course c = course(1, online, day(2024, 5, 6), "1");
		assertHours("0.25", credit(online, List.of(c), List.of(watched(c, AttendanceStatus.LATE, 15 * 60 - 1)),
				day(2024, 6, 1)).hours());
		assertHours("0.5", credit(online, List.of(c), List.of(watched(c, AttendanceStatus.LEFT_EARLY, 30 * 60 - 1)),
				day(2024, 6, 1)).hours());
	}

	@Test
	void onlineWithoutBothTimesEarnsNothingAndLeaveEarnsNothingWithTimes() {
		TrainingClass online = trainingClass(2, "网络专题班", day(2024, 5, 6), day(2024, 5, 31), ClassMode.ONLINE);
		Course a = course(1, online, day(2024, 5, 6), "1"), b = course(2, online, day(2024, 5, 7), "1"),
				c = course(3, online, day(2024, 5, 8), "1"), d = course(4, online, day(2024, 5, 9), "1");
		Attendance noTimes = row(a, AttendanceStatus.PRESENT);
		Attendance signInOnly = new Attendance(ME, b.id(), AttendanceStatus.PRESENT, Optional.of(b.start()),
				Optional.empty(), Optional.empty());
		Attendance leaveWithTimes = watched(c, AttendanceStatus.ON_LEAVE, 3600);
		Attendance absentWithTimes = watched(d, AttendanceStatus.ABSENT, 3600);
		Credit credit = credit(online, List.of(a, b, c, d), List.of(noTimes, signInOnly, leaveWithTimes, absentWithTimes),
				day(2024, 6, 1));
		assertHours("0", credit.hours());
		assertEquals(List.of(Standing.UNCREDITED, Standing.UNCREDITED, Standing.ON_LEAVE, Standing.ABSENT),
				credit.lines().stream().map(Credit.Line::standing).toList());
		assertEquals(0, credit.days());
		assertHours("2", credit.leaveHours());
		assertFalse(credit.withdrawalFlagged(), "online is part-time");
		assertEquals(EnrollmentStatus.ENROLLED, credit.suggestedStatus(EnrollmentStatus.ENROLLED),
				"nothing attended: no completion");
	}

	@Test
	void coursesWithoutRowsAreAbsentOnlyOnceTheClassIsOver() {
		List<Course> courses = List.of(course(1, WEEK, day(2024, 5, 6), "6"), course(2, WEEK, day(2024, 5, 7), "6"));
		List<Attendance> rows = List.of(row(courses.get(0), AttendanceStatus.PRESENT));

		Credit lastDay = credit(WEEK, courses, rows, WEEK.end());
		assertFalse(lastDay.classEnded(), "the last day is still part of the class");
		assertEquals(Standing.PENDING, lastDay.lines().get(1).standing());
		assertHours("0", lastDay.leaveHours());
		assertFalse(lastDay.withdrawalFlagged());
		assertEquals(EnrollmentStatus.ENROLLED, lastDay.suggestedStatus(EnrollmentStatus.ENROLLED));

		Credit over = credit(WEEK, courses, rows, AFTER);
		assertTrue(over.classEnded());
		assertEquals(Standing.NO_RECORD, over.lines().get(1).standing());
		assertHours("6", over.leaveHours());
		assertHours("6", over.hours());
		assertTrue(over.withdrawalFlagged(), "6 of 12 学时 missed");
		assertEquals(EnrollmentStatus.WITHDRAWN, over.suggestedStatus(EnrollmentStatus.ENROLLED));
	}

	/** Six 学时 attended and {@code leave} 学时 of 请假 (or 缺勤) in a class of the given mode. */
	private static Credit withLeave(ClassMode mode, String leave, AttendanceStatus leaveStatus) {
		TrainingClass c = trainingClass(3, "班", day(2024, 5, 6), day(2024, 5, 10), mode);
		Course taken = course(1, c, day(2024, 5, 6), "6"), missed = course(2, c, day(2024, 5, 7), leave);
		return credit(c, List.of(taken, missed), List.of(row(taken, AttendanceStatus.PRESENT), row(missed, leaveStatus)),
				AFTER);
	}

	@Test
	void leaveOfExactlyASeventhIsAllowed() {
		// 1 of 7 学时
		Credit exactly = withLeave(ClassMode.PARTY_SCHOOL, "1", AttendanceStatus.ON_LEAVE);
		assertHours("7", exactly.classHours());
		assertHours("1", exactly.leaveHours());
		assertFalse(exactly.withdrawalFlagged());
		assertEquals(EnrollmentStatus.COMPLETED, exactly.suggestedStatus(EnrollmentStatus.ENROLLED));
		assertFalse(withLeave(ClassMode.OUT_OF_REGION, "1", AttendanceStatus.ABSENT).withdrawalFlagged());
	}

	@Test
	void leaveJustAboveASeventhIsFlagged() {
		// 1.01 of 7.01 学时 is 0.1441 > 1/7 = 0.1429
		Credit above = withLeave(ClassMode.PARTY_SCHOOL, "1.01", AttendanceStatus.ON_LEAVE);
		assertTrue(above.withdrawalFlagged());
		assertEquals(EnrollmentStatus.WITHDRAWN, above.suggestedStatus(EnrollmentStatus.ENROLLED));
		assertTrue(withLeave(ClassMode.OUT_OF_REGION, "1.01", AttendanceStatus.ABSENT).withdrawalFlagged(),
				"缺勤 counts as leave, 区外 is full-time");
	}

	@Test
	void nightSchoolAndOnlineAreNeverFlagged() {
		Credit night = withLeave(ClassMode.NIGHT_SCHOOL, "6", AttendanceStatus.ABSENT);
		assertHours("6", night.leaveHours());
		assertFalse(night.withdrawalFlagged());
		assertEquals(EnrollmentStatus.COMPLETED, night.suggestedStatus(EnrollmentStatus.ENROLLED));
		assertFalse(withLeave(ClassMode.ONLINE, "6", AttendanceStatus.ABSENT).withdrawalFlagged());
	}

	@Test
	void leaveAboveTheShareIsFlaggedBeforeTheClassEnds() {
		// two of seven days gone already: however the rest goes, leave stays above 1/7
		List<Course> courses = List.of(course(1, WEEK, day(2024, 5, 6), "6"), course(2, WEEK, day(2024, 5, 7), "6"),
				course(3, WEEK, day(2024, 5, 8), "6"), course(4, WEEK, day(2024, 5, 9), "6"),
				course(5, WEEK, day(2024, 5, 10), "6"));
		Credit midway = credit(WEEK, courses, List.of(row(courses.get(0), AttendanceStatus.ABSENT),
				row(courses.get(1), AttendanceStatus.PRESENT)), day(2024, 5, 7));
		assertFalse(midway.classEnded());
		assertTrue(midway.withdrawalFlagged());
		assertEquals(EnrollmentStatus.WITHDRAWN, midway.suggestedStatus(EnrollmentStatus.ENROLLED));
	}

	@Test
	void nothingAttendedInAPartTimeClassKeepsTheStatus() {
		TrainingClass night = trainingClass(4, "夜校", day(2024, 5, 6), day(2024, 5, 10), ClassMode.NIGHT_SCHOOL);
		Course c = course(1, night, day(2024, 5, 6), "2");
		Credit none = credit(night, List.of(c), List.of(), AFTER);
		assertEquals(Standing.NO_RECORD, none.lines().get(0).standing());
		assertEquals(EnrollmentStatus.MAKE_UP, none.suggestedStatus(EnrollmentStatus.MAKE_UP));
		assertEquals(EnrollmentStatus.ON_LEAVE, none.suggestedStatus(EnrollmentStatus.ON_LEAVE));
	}

	@Test
	void foreignOrDuplicateRowsAreRefused() {
		Course c = course(1, WEEK, day(2024, 5, 6), "2");
		TrainingClass other = trainingClass(9, "别的班", day(2024, 5, 6), day(2024, 5, 10), ClassMode.PARTY_SCHOOL);
		Course elsewhere = course(2, other, day(2024, 5, 6), "2");
		Attendance someoneElse = new Attendance(new PersonId(8), c.id(), AttendanceStatus.PRESENT, Optional.empty(),
				Optional.empty(), Optional.empty());
		assertThrows(IllegalArgumentException.class, () -> credit(WEEK, List.of(c), List.of(someoneElse), AFTER));
		assertThrows(IllegalArgumentException.class, () -> credit(WEEK, List.of(c, elsewhere), List.of(), AFTER));
		assertThrows(IllegalArgumentException.class,
				() -> credit(WEEK, List.of(c), List.of(row(elsewhere, AttendanceStatus.PRESENT)), AFTER));
		assertThrows(IllegalArgumentException.class, () -> credit(WEEK, List.of(c),
				List.of(row(c, AttendanceStatus.PRESENT), row(c, AttendanceStatus.ABSENT)), AFTER));
		assertThrows(IllegalArgumentException.class, () -> credit(WEEK, List.of(c, c), List.of(), AFTER));
	}

	@Test
	void emptyClassEarnsNothingAndFlagsNothing() {
		Credit empty = credit(WEEK, List.of(), List.of(), AFTER);
		assertEquals(BigDecimal.ZERO, empty.hours());
		assertFalse(empty.withdrawalFlagged());
		assertEquals(EnrollmentStatus.ENROLLED, empty.suggestedStatus(EnrollmentStatus.ENROLLED));
	}
}
