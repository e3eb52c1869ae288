package org.dangxiao.training.record;

import static org.dangxiao.training.record.Fixtures.ME;
import static org.dangxiao.training.record.Fixtures.PROGRAM;
import static org.dangxiao.training.record.Fixtures.assertHours;
import static org.dangxiao.training.record.Fixtures.attendedDaily;
import static org.dangxiao.training.record.Fixtures.bd;
import static org.dangxiao.training.record.Fixtures.completed;
import static org.dangxiao.training.record.Fixtures.day;
import static org.dangxiao.training.record.Fixtures.program;
import static org.dangxiao.training.record.Fixtures.record;
import static org.dangxiao.training.record.Fixtures.trainingClass;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.dangxiao.model.PersonId;
import org.dangxiao.model.training.ClassMode;
import org.dangxiao.model.training.Enrollment;
import org.dangxiao.model.training.EnrollmentStatus;
import org.dangxiao.model.training.TrainingClass;
import org.dangxiao.model.training.TrainingProgram;
import org.dangxiao.training.record.Fixtures.Taken;
import org.junit.jupiter.api.Test;

class TrainingRecordTest {
	private static final TrainingClass SPRING = trainingClass(10, "春季班", day(2024, 3, 4), day(2024, 3, 8),
			ClassMode.PARTY_SCHOOL);
	private static final TrainingClass SPRING_NIGHT = trainingClass(11, "春季夜校", day(2024, 3, 4), day(2024, 3, 5),
			ClassMode.NIGHT_SCHOOL);
	private static final TrainingClass AUTUMN_2023 = trainingClass(12, "2023秋季班", day(2023, 10, 9), day(2023, 10, 10),
			ClassMode.OUT_OF_REGION);
	private static final TrainingClass NEW_YEAR = trainingClass(13, "跨年班", day(2024, 12, 30), day(2025, 1, 2),
			ClassMode.PARTY_SCHOOL);

	@Test
	void entriesAreSortedByDateWhateverTheRosterOrder() {
		TrainingClass sameStartLonger = SPRING; // 03-04…03-08 after 03-04…03-05
		TrainingRecord r = record(completed(NEW_YEAR, "6"), completed(sameStartLonger, "6"),
				completed(AUTUMN_2023, "6"), completed(SPRING_NIGHT, "2"));
		assertEquals(List.of("2023秋季班", "春季夜校", "春季班", "跨年班"),
				r.entries().stream().map(TrainingRecord.Entry::className).toList());
		TrainingRecord.Entry first = r.entries().get(0);
		assertEquals(PROGRAM.name(), first.programName());
		assertEquals(day(2023, 10, 9), first.start());
		assertEquals(day(2023, 10, 10), first.end());
		assertEquals(ClassMode.OUT_OF_REGION, first.mode());
		assertEquals(EnrollmentStatus.COMPLETED, first.status());
		assertHours("12", first.hours());
		assertEquals(2, first.days());
	}

	@Test
	void sameDatesAreOrderedByName() {
		TrainingClass b = trainingClass(21, "乙班", day(2024, 3, 4), day(2024, 3, 5), ClassMode.PARTY_SCHOOL);
		TrainingClass a = trainingClass(22, "甲班", day(2024, 3, 4), day(2024, 3, 5), ClassMode.PARTY_SCHOOL);
		TrainingRecord r = record(completed(b, "1"), completed(a, "1"));
		List<String> names = r.entries().stream().map(TrainingRecord.Entry::className).toList();
		assertEquals(names.stream().sorted().toList(), names);
	}

	@Test
	void hoursAndDaysAreSummedByCalendarYear() {
		TrainingRecord r = record(completed(AUTUMN_2023, "5"), completed(SPRING, "6"), completed(SPRING_NIGHT, "1.25"));
		assertEquals(Map.of(Year.of(2023), "10", Year.of(2024), "32.5"), normalized(r.hoursByYear()));
		// the night school's two evenings fall on days of the party-school class: counted once
		assertEquals(Map.of(Year.of(2023), 2, Year.of(2024), 5), r.daysByYear());
	}

	@Test
	void aClassAcrossNewYearCountsWhollyInTheYearItEnds() {
		TrainingClass december = trainingClass(14, "年末班", day(2024, 12, 2), day(2024, 12, 3), ClassMode.PARTY_SCHOOL);
		TrainingRecord r = record(completed(december, "6"), completed(NEW_YEAR, "6"));
		assertEquals(Map.of(Year.of(2024), "12", Year.of(2025), "24"), normalized(r.hoursByYear()));
		assertEquals(Map.of(Year.of(2024), 2, Year.of(2025), 4), r.daysByYear(), "12-30 and 12-31 are 2025's");
		assertEquals(Year.of(2025), r.entries().get(1).year());
	}

	@Test
	void withdrawnClassesAreListedButNotCounted() {
		Taken withdrawn = new Taken(SPRING, EnrollmentStatus.WITHDRAWN, attendedDaily(SPRING, "6"));
		TrainingRecord r = record(withdrawn, completed(SPRING_NIGHT, "2"));
		assertEquals(2, r.entries().size());
		TrainingRecord.Entry spring = r.entries().get(1);
		assertEquals(EnrollmentStatus.WITHDRAWN, spring.status());
		assertHours("30", spring.hours());
		assertFalse(spring.counts());
		assertTrue(r.entries().get(0).counts());
		assertEquals(Map.of(Year.of(2024), "4"), normalized(r.hoursByYear()));
		assertEquals(Map.of(Year.of(2024), 2), r.daysByYear());
	}

	@Test
	void tallyFiltersByModeAndByLastDay() {
		TrainingRecord r = record(completed(AUTUMN_2023, "5"), completed(SPRING, "6"), completed(SPRING_NIGHT, "1"));
		TrainingRecord.Tally fullTime = r.tally(day(2023, 10, 10), day(2024, 3, 8),
				EnumSet.of(ClassMode.PARTY_SCHOOL, ClassMode.OUT_OF_REGION));
		assertEquals(7, fullTime.days());
		assertHours("40", fullTime.hours());
		TrainingRecord.Tally cut = r.tally(day(2023, 10, 11), day(2024, 3, 7), EnumSet.allOf(ClassMode.class));
		assertEquals(2, cut.days(), "only the night school ends inside");
		assertHours("2", cut.hours());
	}

	@Test
	void rowsHaveAHeaderAndPlainCells() {
		TrainingProgram other = program(2, "2023年专题培训");
		TrainingClass autumnClass = trainingClass(12, other, "2023秋季班", day(2023, 10, 9), day(2023, 10, 10),
				ClassMode.OUT_OF_REGION);
		Taken autumn = new Taken(autumnClass, other, EnrollmentStatus.COMPLETED, attendedDaily(autumnClass, "5.5"));
		TrainingRecord r = record(completed(SPRING, "6"), autumn);
		List<List<Object>> rows = r.rows();
		assertEquals(3, rows.size());
		assertEquals(List.of(Messages.Column_CLASS, Messages.Column_PROGRAM, Messages.Column_START, Messages.Column_END,
				Messages.Column_MODE, Messages.Column_STATUS, Messages.Column_HOURS, Messages.Column_DAYS), rows.get(0));
		assertEquals(List.of("2023秋季班", "2023年专题培训", day(2023, 10, 9), day(2023, 10, 10),
				ClassMode.OUT_OF_REGION.label(), EnrollmentStatus.COMPLETED.label(), bd("11"), BigDecimal.valueOf(2)),
				rows.get(1));
		assertEquals("春季班", rows.get(2).get(0));
		for (List<Object> row : rows) {
			assertEquals(8, row.size());
			for (Object cell : row) {
				assertTrue(cell instanceof String || cell instanceof BigDecimal || cell instanceof LocalDate,
						() -> cell + " is a " + cell.getClass());
			}
		}
		assertThrows(UnsupportedOperationException.class, () -> rows.add(List.of()));
	}

	@Test
	void inconsistentInputIsRefused() {
		Credit spring = attendedDaily(SPRING, "6");
		List<TrainingClass> classes = List.of(SPRING, SPRING_NIGHT);
		List<TrainingProgram> programs = List.of(PROGRAM);
		Enrollment mine = new Enrollment(SPRING.id(), ME, EnrollmentStatus.COMPLETED);
		// the roster line of someone else
		assertThrows(IllegalArgumentException.class, () -> TrainingRecord.of(ME,
				List.of(new Enrollment(SPRING.id(), new PersonId(8), EnrollmentStatus.COMPLETED)), classes, programs,
				List.of(spring)));
		// no credit for a roster line, and a credit without one
		assertThrows(IllegalArgumentException.class,
				() -> TrainingRecord.of(ME, List.of(mine), classes, programs, List.of()));
		assertThrows(IllegalArgumentException.class, () -> TrainingRecord.of(ME, List.of(mine), classes, programs,
				List.of(spring, attendedDaily(SPRING_NIGHT, "1"))));
		// the class or its program unknown
		assertThrows(IllegalArgumentException.class,
				() -> TrainingRecord.of(ME, List.of(mine), List.of(SPRING_NIGHT), programs, List.of(spring)));
		assertThrows(IllegalArgumentException.class,
				() -> TrainingRecord.of(ME, List.of(mine), classes, List.of(program(5, "别的")), List.of(spring)));
		// twice on one roster
		assertThrows(IllegalArgumentException.class,
				() -> TrainingRecord.of(ME, List.of(mine, mine), classes, programs, List.of(spring)));
		// the credit of someone else
		Credit theirs = new Credit(new PersonId(8), SPRING.id(), SPRING.mode(), spring.lines(), true, false);
		assertThrows(IllegalArgumentException.class,
				() -> TrainingRecord.of(ME, List.of(mine), classes, programs, List.of(theirs)));
		// extra classes and programs are fine
		assertEquals(1, TrainingRecord.of(ME, List.of(mine), classes, List.of(PROGRAM, program(5, "别的")),
				List.of(spring)).entries().size());
	}

	/** Amounts as plain text, so 10, 10.0 and 1E+1 are the same 学时. */
	private static Map<Year, String> normalized(Map<Year, BigDecimal> m) {
		return m.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
				e -> e.getValue().stripTrailingZeros().toPlainString()));
	}
}
