package org.dangxiao.model.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.dangxiao.model.PersonId;
import org.dangxiao.model.audit.ImportBatchId;
import org.dangxiao.model.testing.Translations;
import org.junit.jupiter.api.Test;

class TrainingTest {
	private static final ProgramId PROGRAM = new ProgramId(1);
	private static final TrainingClass FIRST = new TrainingClass(new ClassId(1), PROGRAM, "2020年第一期新任村干部轮训班",
			LocalDate.of(2020, 5, 11), LocalDate.of(2020, 5, 15), "市委党校", ClassMode.PARTY_SCHOOL, 60,
			Optional.of(new PersonId(9)));

	static BigDecimal bd(String s) {
		return new BigDecimal(s);
	}

	static void assertHours(String expected, BigDecimal actual) {
		assertEquals(0, bd(expected).compareTo(actual), () -> "expected " + expected + ", got " + actual);
	}

	@Test
	void classDatesAndCapacityAreChecked() {
		var e = assertThrows(IllegalArgumentException.class, () -> new TrainingClass(new ClassId(2), PROGRAM, "倒置班",
				LocalDate.of(2020, 5, 15), LocalDate.of(2020, 5, 14), "市委党校", ClassMode.PARTY_SCHOOL, 60, Optional.empty()));
		assertTrue(e.getMessage().contains("倒置班"), e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> new TrainingClass(new ClassId(2), PROGRAM, "空班",
				LocalDate.of(2020, 5, 11), LocalDate.of(2020, 5, 11), "夜校", ClassMode.NIGHT_SCHOOL, 0, Optional.empty()));
		assertEquals(5, FIRST.days());
	}

	@Test
	void copyAsTemplateShiftsClassAndCourseDates() {
		Course opening = new Course(new CourseId(1), FIRST.id(), "开班式", "", LocalDateTime.of(2020, 5, 11, 9, 0),
				LocalDateTime.of(2020, 5, 11, 10, 0), BigDecimal.ZERO);
		Course lastDay = new Course(new CourseId(2), FIRST.id(), "乡村振兴战略", "王教授", LocalDateTime.of(2020, 5, 15, 14, 30),
				LocalDateTime.of(2020, 5, 15, 17, 30), bd("3"));
		TrainingClass second = FIRST.copyAsTemplate(new ClassId(2), "2020年第二期新任村干部轮训班", LocalDate.of(2020, 6, 8));
		assertEquals(LocalDate.of(2020, 6, 8), second.start());
		assertEquals(LocalDate.of(2020, 6, 12), second.end());
		assertEquals(FIRST.days(), second.days());
		assertEquals(new TrainingClass(new ClassId(2), PROGRAM, "2020年第二期新任村干部轮训班", LocalDate.of(2020, 6, 8),
				LocalDate.of(2020, 6, 12), "市委党校", ClassMode.PARTY_SCHOOL, 60, Optional.of(new PersonId(9))), second);
		Course copied = lastDay.copyFor(new CourseId(12), FIRST, second);
		assertEquals(second.id(), copied.classId());
		assertEquals(LocalDateTime.of(2020, 6, 12, 14, 30), copied.start());
		assertEquals(LocalDateTime.of(2020, 6, 12, 17, 30), copied.end());
		assertEquals(LocalDateTime.of(2020, 6, 8, 9, 0), opening.copyFor(new CourseId(11), FIRST, second).start());
		assertThrows(IllegalArgumentException.class, () -> copied.copyFor(new CourseId(13), FIRST, second),
				"the course is not in the class it is copied from");
	}

	@Test
	void courseMustEndAfterItStarts() {
		LocalDateTime at = LocalDateTime.of(2020, 5, 11, 9, 0);
		assertThrows(IllegalArgumentException.class,
				() -> new Course(new CourseId(1), FIRST.id(), "党史", "李老师", at, at.minusMinutes(1), BigDecimal.ONE));
		assertThrows(IllegalArgumentException.class,
				() -> new Course(new CourseId(1), FIRST.id(), "党史", "李老师", at, at, BigDecimal.ONE));
		assertThrows(IllegalArgumentException.class,
				() -> new Course(new CourseId(1), FIRST.id(), "党史", "李老师", at, at.plusHours(1), bd("-1")));
	}

	@Test
	void attendanceSignOutNotBeforeSignIn() {
		LocalDateTime in = LocalDateTime.of(2020, 5, 11, 8, 30);
		assertThrows(IllegalArgumentException.class, () -> new Attendance(new PersonId(1), new CourseId(1),
				AttendanceStatus.PRESENT, Optional.of(in), Optional.of(in.minusMinutes(5)), Optional.empty()));
		new Attendance(new PersonId(1), new CourseId(1), AttendanceStatus.LATE, Optional.of(in), Optional.of(in),
				Optional.of(new ImportBatchId(7)));
	}

	@Test
	void standardTableDays() {
		HoursConversionTable t = HoursConversionTable.standard();
		assertHours("0", t.hoursForDays(BigDecimal.ZERO));
		assertHours("3", t.hoursForDays(bd("0.5")));
		assertHours("6", t.hoursForDays(BigDecimal.ONE));
		assertHours("15", t.hoursForDays(bd("2.5")));
		assertHours("30", t.hoursForDays(bd("5.0")));
		assertHours("2.5", t.hoursForCourseHours(bd("2.5")));
		assertThrows(IllegalArgumentException.class, () -> t.hoursForDays(bd("1.3")));
		assertThrows(IllegalArgumentException.class, () -> t.hoursForDays(bd("-1")));
	}

	@Test
	void standardTableOnlineThresholds() {
		HoursConversionTable t = HoursConversionTable.standard();
		assertHours("0", t.hoursForOnlineMinutes(0));
		assertHours("0.25", t.hoursForOnlineMinutes(1));
		assertHours("0.25", t.hoursForOnlineMinutes(14));
		assertHours("0.5", t.hoursForOnlineMinutes(15));
		assertHours("0.5", t.hoursForOnlineMinutes(29));
		assertHours("1", t.hoursForOnlineMinutes(30));
		assertHours("1", t.hoursForOnlineMinutes(240));
		assertThrows(IllegalArgumentException.class, () -> t.hoursForOnlineMinutes(-1));
	}

	@Test
	void editedTablesAreCheckedAndUsed() {
		var low = new HoursConversionTable.OnlineThreshold(20, bd("0.5"));
		var high = new HoursConversionTable.OnlineThreshold(45, bd("1.5"));
		// another province: 8 per day, 4 per half day, given out of order
		HoursConversionTable t = new HoursConversionTable(new ConversionTableId(2), "某省标准", bd("8"), bd("4"), bd("1.5"),
				bd("2"), List.of(high, low));
		assertEquals(List.of(low, high), t.online());
		assertHours("20", t.hoursForDays(bd("2.5")));
		assertHours("0", t.hoursForOnlineMinutes(19));
		assertHours("1.5", t.hoursForOnlineMinutes(45));
		assertThrows(IllegalArgumentException.class, () -> new HoursConversionTable(new ConversionTableId(3), "重复", bd("8"),
				bd("4"), bd("1"), bd("2"), List.of(low, new HoursConversionTable.OnlineThreshold(20, bd("1")))));
		assertThrows(IllegalArgumentException.class, () -> new HoursConversionTable(new ConversionTableId(3), "倒挂", bd("8"),
				bd("4"), bd("1"), bd("2"), List.of(low, new HoursConversionTable.OnlineThreshold(60, bd("0.25")))));
	}

	@Test
	void leaveAboveOneSeventhFlagsWithdrawal() {
		LeaveRule r = LeaveRule.standard();
		assertFalse(r.flagsWithdrawal(bd("56"), bd("8")), "exactly 1/7");
		assertTrue(r.flagsWithdrawal(bd("56"), bd("8.01")));
		assertFalse(r.flagsWithdrawal(bd("30"), bd("4.28")), "30/7 = 4.2857…");
		assertTrue(r.flagsWithdrawal(bd("30"), bd("4.29")));
		assertFalse(r.flagsWithdrawal(bd("30"), BigDecimal.ZERO));
		assertTrue(new LeaveRule(1, 10).flagsWithdrawal(bd("30"), bd("3.5")));
		assertThrows(IllegalArgumentException.class, () -> new LeaveRule(1, 0));
		assertThrows(IllegalArgumentException.class, () -> r.flagsWithdrawal(bd("30"), bd("-1")));
	}

	@Test
	void everyMessageTranslated() {
		Translations.assertComplete(Messages.class);
	}
}
