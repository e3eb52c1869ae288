package org.dangxiao.training.record;

import static org.dangxiao.training.record.Fixtures.ME;
import static org.dangxiao.training.record.Fixtures.assertHours;
import static org.dangxiao.training.record.Fixtures.attendedDaily;
import static org.dangxiao.training.record.Fixtures.bd;
import static org.dangxiao.training.record.Fixtures.completed;
import static org.dangxiao.training.record.Fixtures.day;
import static org.dangxiao.training.record.Fixtures.record;
import static org.dangxiao.training.record.Fixtures.trainingClass;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.dangxiao.model.CitizenId;
import org.dangxiao.model.Gender;
import org.dangxiao.model.OrgId;
import org.dangxiao.model.Person;
import org.dangxiao.model.PersonId;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.model.training.ClassMode;
import org.dangxiao.model.training.EnrollmentStatus;
import org.dangxiao.model.training.TrainingClass;
import org.dangxiao.training.record.Fixtures.Taken;
import org.junit.jupiter.api.Test;

class RequirementsTest {
	private static final Requirements STANDARD = Requirements.standard();
	private static final Optional<String> COUNTY = Optional.of("县处级");
	private static final Optional<String> TOWNSHIP = Optional.of("乡科级");
	private static final LocalDate END_2025 = day(2025, 12, 31);
	private static long nextClass = 100;

	/** A class of {@code days} consecutive days ending on {@code end}, one course a day. */
	private static TrainingClass ending(LocalDate end, int days, ClassMode mode) {
		long id = nextClass++;
		return trainingClass(id, "班" + id, end.minusDays(days - 1), end, mode);
	}

	private static Taken fullTime(LocalDate end, int days, String hoursPerDay) {
		return completed(ending(end, days, ClassMode.PARTY_SCHOOL), hoursPerDay);
	}

	private static RequirementCheck senior(LocalDate asOf, Taken... taken) {
		return STANDARD.check(COUNTY, record(taken), asOf, Optional.empty());
	}

	private static RequirementCheck yearly(LocalDate asOf, Taken... taken) {
		return STANDARD.check(TOWNSHIP, record(taken), asOf, Optional.empty());
	}

	@Test
	void seniorRanksUseTheRollingRule() {
		for (String rank : List.of("县处级", "县处级副职", "县处级 副职", "副县处级", "正处级", "副处级", "副县级", "\u3000正县级 ", "厅局级",
				"厅局级正职", "副厅级", "副局级", "省部级", "省部级副职", "正部级", "副省级")) {
			seniorRankUsesTheRollingRule(rank);
		}
	}

	private static void seniorRankUsesTheRollingRule(String rank) {
		assertTrue(STANDARD.isSenior(Optional.of(rank)));
		assertInstanceOf(RollingRequirement.class, STANDARD.ruleFor(Optional.of(rank)));
	}

	@Test
	void otherRanksUseTheYearlyRule() {
		for (String rank : List.of("乡科级", "乡科级正职", "副科级", "一级主任科员", "四级主任科员", "一级科员", "处级", "一级调研员", "县处")) {
			otherRankUsesTheYearlyRule(rank);
		}
	}

	private static void otherRankUsesTheYearlyRule(String rank) {
		assertFalse(STANDARD.isSenior(Optional.of(rank)));
		assertInstanceOf(YearlyRequirement.class, STANDARD.ruleFor(Optional.of(rank)));
	}

	@Test
	void noRankUsesTheYearlyRule() {
		assertInstanceOf(YearlyRequirement.class, STANDARD.ruleFor(Optional.empty()));
		RequirementCheck check = STANDARD.check(Optional.empty(), record(fullTime(day(2025, 3, 14), 12, "1")), END_2025,
				Optional.empty());
		assertEquals(day(2025, 1, 1), check.from());
		assertEquals(END_2025, check.to());
		assertTrue(check.met());
	}

	@Test
	void rankNamesAreData() {
		Requirements local = new Requirements(Set.of("一级调研员", " 二级调研员 "), RollingRequirement.standard(),
				YearlyRequirement.standard());
		assertTrue(local.isSenior(Optional.of("一级调研员")));
		assertTrue(local.isSenior(Optional.of("二级调研员")));
		assertFalse(local.isSenior(COUNTY));
	}

	@Test
	void standardThresholds() {
		RollingRequirement s = STANDARD.senior();
		assertEquals(5, s.years());
		assertEquals(90, s.days());
		assertHours("550", s.hours());
		assertEquals(EnumSet.of(ClassMode.PARTY_SCHOOL, ClassMode.OUT_OF_REGION), s.modes());
		assertEquals(Period.ofYears(1), s.promotionGrace());
		YearlyRequirement y = STANDARD.others();
		assertEquals(12, y.days());
		assertHours("90", y.hours());
		assertEquals(EnumSet.allOf(ClassMode.class), y.modes());
	}

	// --- the 5-year rule

	@Test
	void aClassEndingOnTheWindowsFirstDayCounts() {
		RequirementCheck check = senior(END_2025, fullTime(day(2021, 1, 1), 5, "110"));
		assertEquals(day(2021, 1, 1), check.from());
		assertEquals(END_2025, check.to());
		assertHours("550", check.hours());
		assertEquals(5, check.days());
		assertTrue(check.met());
	}

	@Test
	void aClassEndingTheDayBeforeTheWindowDoesNot() {
		RequirementCheck check = senior(END_2025, fullTime(day(2020, 12, 31), 5, "110"));
		assertHours("0", check.hours());
		assertEquals(0, check.days());
		assertFalse(check.met());
		assertHours("550", check.missingHours());
		assertEquals(90, check.missingDays());
	}

	@Test
	void theWindowEndsOnTheDayChecked() {
		Taken straddling = fullTime(day(2026, 1, 1), 5, "110");
		assertFalse(senior(END_2025, straddling).met(), "it has not ended by 2025-12-31");
		assertTrue(senior(day(2026, 1, 1), straddling).met());
	}

	@Test
	void metByDaysOnly() {
		RequirementCheck ninety = senior(END_2025, fullTime(day(2023, 6, 30), 90, "1"));
		assertEquals(90, ninety.days());
		assertHours("90", ninety.hours());
		assertTrue(ninety.met());
		assertEquals(0, ninety.missingDays());
		assertHours("0", ninety.missingHours());

		RequirementCheck eightyNine = senior(END_2025, fullTime(day(2023, 6, 30), 89, "1"));
		assertFalse(eightyNine.met());
		assertEquals(1, eightyNine.missingDays());
		assertHours("461", eightyNine.missingHours());
	}

	@Test
	void daysAddUpOverSeveralClasses() {
		assertTrue(senior(END_2025, fullTime(day(2022, 4, 30), 45, "1"), fullTime(day(2024, 4, 30), 45, "1")).met());
		assertFalse(senior(END_2025, fullTime(day(2022, 4, 30), 45, "1"), fullTime(day(2024, 4, 30), 44, "1")).met());
	}

	@Test
	void metByHoursOnly() {
		RequirementCheck enough = senior(END_2025, fullTime(day(2024, 6, 30), 50, "11"));
		assertEquals(50, enough.days());
		assertHours("550", enough.hours());
		assertTrue(enough.met());

		RequirementCheck short_ = senior(END_2025, fullTime(day(2024, 6, 30), 50, "10.99"));
		assertHours("549.5", short_.hours());
		assertFalse(short_.met());
		assertHours("0.5", short_.missingHours());
		assertEquals(40, short_.missingDays());
	}

	@Test
	void neitherMet() {
		RequirementCheck check = senior(END_2025, fullTime(day(2022, 5, 31), 40, "6"),
				completed(ending(day(2024, 9, 30), 5, ClassMode.OUT_OF_REGION), "14.4"));
		assertEquals(45, check.days());
		assertHours("312", check.hours());
		assertFalse(check.met());
		assertEquals(45, check.missingDays());
		assertHours("238", check.missingHours());
		assertEquals(Optional.empty(), check.dueBy());
		assertFalse(check.overdue());
		assertEquals(90, check.requiredDays());
		assertHours("550", check.requiredHours());
		assertEquals("2021-01-01 至 2025-12-31 共 312 学时、45 天，未达到每 5 年 550 学时或 90 天的要求，还差 238 学时或 45 天",
				inLocale(Locale.SIMPLIFIED_CHINESE, check));
		assertEquals("2021-01-01 to 2025-12-31: 312 hours and 45 days in all; the requirement of 550 hours or 90 days "
				+ "every 5 years is not met, 238 hours or 45 days are missing", inLocale(Locale.ENGLISH, check));
	}

	@Test
	void partTimeAndWithdrawnClassesDoNotCountForSeniors() {
		Taken night = completed(ending(day(2024, 6, 30), 100, ClassMode.NIGHT_SCHOOL), "6");
		Taken online = completed(ending(day(2024, 12, 31), 100, ClassMode.ONLINE), "6");
		TrainingClass withdrawnClass = ending(day(2025, 6, 30), 100, ClassMode.PARTY_SCHOOL);
		Taken withdrawn = new Taken(withdrawnClass, EnrollmentStatus.WITHDRAWN, attendedDaily(withdrawnClass, "6"));
		RequirementCheck check = senior(END_2025, night, online, withdrawn);
		assertEquals(0, check.days());
		assertHours("0", check.hours());
		assertFalse(check.met());
		// the same classes satisfy the yearly rule, which counts every mode
		assertTrue(yearly(day(2024, 12, 31), night, online).met());
	}

	@Test
	void aPromotionGivesOneYear() {
		TrainingRecord some = record(fullTime(day(2025, 3, 1), 5, "6"));
		Optional<LocalDate> promoted = Optional.of(day(2025, 3, 10));

		RequirementCheck early = STANDARD.check(COUNTY, some, day(2025, 6, 1), promoted);
		assertFalse(early.met());
		assertEquals(Optional.of(day(2026, 3, 10)), early.dueBy());
		assertFalse(early.overdue());
		assertEquals("2020-06-02 至 2025-06-01 共 30 学时、5 天，未达到每 5 年 550 学时或 90 天的要求，还差 520 学时或 85 天；"
				+ "新提任须最迟于 2026-03-10 完成", inLocale(Locale.SIMPLIFIED_CHINESE, early));

		assertFalse(STANDARD.check(COUNTY, some, day(2026, 3, 10), promoted).overdue(), "the due day is still in time");
		RequirementCheck late = STANDARD.check(COUNTY, some, day(2026, 3, 11), promoted);
		assertTrue(late.overdue());
		assertEquals(Optional.of(day(2026, 3, 10)), late.dueBy());
		assertTrue(inLocale(Locale.SIMPLIFIED_CHINESE, late).endsWith("新提任应最迟于 2026-03-10 完成，已逾期"),
				inLocale(Locale.SIMPLIFIED_CHINESE, late));

		RequirementCheck notPromoted = STANDARD.check(COUNTY, some, day(2026, 3, 11), Optional.empty());
		assertEquals(Optional.empty(), notPromoted.dueBy());
		assertFalse(notPromoted.overdue());
	}

	@Test
	void trainingBeforeThePromotionCountsAndMeetsIt() {
		TrainingRecord enough = record(fullTime(day(2024, 11, 30), 90, "6"));
		RequirementCheck check = STANDARD.check(COUNTY, enough, day(2026, 6, 1), Optional.of(day(2025, 3, 10)));
		assertTrue(check.met());
		assertEquals(Optional.empty(), check.dueBy());
		assertFalse(check.overdue());
		assertTrue(inLocale(Locale.SIMPLIFIED_CHINESE, check).endsWith("已达到每 5 年 550 学时或 90 天的要求"),
				inLocale(Locale.SIMPLIFIED_CHINESE, check));
	}

	@Test
	void aPromotionOnALeapDayIsDueOnTheLastDayOfFebruary() {
		RequirementCheck check = STANDARD.check(COUNTY, record(), day(2025, 3, 1), Optional.of(day(2024, 2, 29)));
		assertEquals(Optional.of(day(2025, 2, 28)), check.dueBy());
		assertTrue(check.overdue());
	}

	@Test
	void aWindowEndingOnALeapDay() {
		assertEquals(day(2019, 3, 1), STANDARD.senior().windowStart(day(2024, 2, 29)));
		assertTrue(senior(day(2024, 2, 29), fullTime(day(2019, 3, 1), 5, "110")).met());
		assertFalse(senior(day(2024, 2, 29), fullTime(day(2019, 2, 28), 5, "110")).met());
		// the day before, the window reaches back to 02-28
		assertEquals(day(2019, 2, 28), STANDARD.senior().windowStart(day(2024, 2, 28)));
		assertTrue(senior(day(2024, 2, 28), fullTime(day(2019, 2, 28), 5, "110")).met());
		// and a window starting in a leap year skips 02-29 when it ends on 02-28
		assertEquals(day(2020, 3, 1), STANDARD.senior().windowStart(day(2025, 2, 28)));
		assertFalse(senior(day(2025, 2, 28), fullTime(day(2020, 2, 29), 5, "110")).met());
	}

	@Test
	void thresholdsAreData() {
		RollingRequirement workingDays = new RollingRequirement(5, 66, bd("550"), Set.of(ClassMode.PARTY_SCHOOL),
				Period.ofYears(1));
		Requirements local = new Requirements(Set.of("县处级"), workingDays, YearlyRequirement.standard());
		Taken sixtySix = fullTime(day(2024, 6, 30), 66, "1");
		assertTrue(local.check(COUNTY, record(sixtySix), END_2025, Optional.empty()).met());
		assertFalse(STANDARD.check(COUNTY, record(sixtySix), END_2025, Optional.empty()).met());
	}

	// --- the yearly rule

	@Test
	void twelveDaysExactlyMeetTheYearlyRule() {
		RequirementCheck twelve = yearly(day(2025, 6, 30), fullTime(day(2025, 3, 14), 12, "1"));
		assertEquals(day(2025, 1, 1), twelve.from());
		assertEquals(END_2025, twelve.to());
		assertEquals(12, twelve.days());
		assertTrue(twelve.met());

		RequirementCheck eleven = yearly(day(2025, 6, 30), fullTime(day(2025, 3, 14), 11, "1"));
		assertFalse(eleven.met());
		assertEquals(1, eleven.missingDays());
		assertHours("79", eleven.missingHours());
	}

	@Test
	void ninetyHoursExactlyMeetTheYearlyRule() {
		RequirementCheck short_ = yearly(day(2025, 6, 30), fullTime(day(2025, 3, 14), 5, "17.9"));
		assertHours("89.5", short_.hours());
		assertFalse(short_.met());
		assertHours("0.5", short_.missingHours());
		assertEquals(7, short_.missingDays());
		assertEquals("2025-01-01 至 2025-12-31 共 89.5 学时、5 天，未达到每年 12 天或 90 学时的要求，还差 0.5 学时或 7 天",
				inLocale(Locale.SIMPLIFIED_CHINESE, short_));

		RequirementCheck enough = yearly(day(2025, 6, 30), fullTime(day(2025, 3, 14), 5, "18"));
		assertHours("90", enough.hours());
		assertTrue(enough.met());
		assertEquals("2025-01-01 至 2025-12-31 共 90 学时、5 天，已达到每年 12 天或 90 学时的要求",
				inLocale(Locale.SIMPLIFIED_CHINESE, enough));
	}

	@Test
	void everyModeCountsForTheYearlyRule() {
		Taken night = completed(ending(day(2025, 4, 30), 6, ClassMode.NIGHT_SCHOOL), "2");
		Taken online = completed(ending(day(2025, 5, 31), 6, ClassMode.ONLINE), "2");
		RequirementCheck check = yearly(day(2025, 6, 30), night, online);
		assertEquals(12, check.days());
		// night school 6 × 2, online by the thresholds: 6 × 1 for courses watched 45 minutes
		assertHours("18", check.hours());
		assertTrue(check.met());
	}

	@Test
	void theYearlyRuleCountsClassesByTheYearTheyEnd() {
		Taken acrossNewYear = fullTime(day(2025, 1, 5), 12, "1"); // 2024-12-25 … 2025-01-05
		Taken lastYear = fullTime(day(2024, 12, 31), 12, "1");
		assertTrue(yearly(day(2025, 6, 30), acrossNewYear).met());
		assertFalse(yearly(day(2025, 6, 30), lastYear).met());
		RequirementCheck y2024 = STANDARD.others().check(record(acrossNewYear, lastYear), Year.of(2024));
		assertEquals(12, y2024.days());
		assertEquals(day(2024, 1, 1), y2024.from());
	}

	@Test
	void theYearlyRuleIgnoresPromotions() {
		RequirementCheck check = STANDARD.check(TOWNSHIP, record(), day(2025, 6, 30), Optional.of(day(2023, 1, 1)));
		assertFalse(check.met());
		assertEquals(Optional.empty(), check.dueBy());
		assertFalse(check.overdue());
	}

	@Test
	void checkingAPersonUsesTheirRankAndRecord() {
		Person deputy = new Person(ME, "张三", Gender.MALE, "汉族", CitizenId.of("11010519491231002X"), new OrgId(1),
				"副县长", Optional.of("副处级"), Set.of());
		TrainingRecord mine = record(fullTime(day(2024, 6, 30), 50, "11"));
		RequirementCheck check = STANDARD.check(deputy, mine, END_2025, Optional.empty());
		assertInstanceOf(RollingRequirement.class, check.rule());
		assertTrue(check.met());
		assertInstanceOf(YearlyRequirement.class,
				STANDARD.check(deputy.withRank(Optional.empty()), mine, END_2025, Optional.empty()).rule());
		Person someoneElse = new Person(new PersonId(8), "李四", Gender.FEMALE, "汉族",
				CitizenId.of("11010519491231002X"), new OrgId(1), "", Optional.empty(), Set.of());
		assertThrows(IllegalArgumentException.class,
				() -> STANDARD.check(someoneElse, mine, END_2025, Optional.empty()));
	}

	@Test
	void onlyAnUnmetRuleWithADueDateCanBeOverdue() {
		assertThrows(IllegalArgumentException.class, () -> new RequirementCheck(STANDARD.senior(), day(2021, 1, 1),
				END_2025, 0, BigDecimal.ZERO, Optional.empty(), true));
		assertThrows(IllegalArgumentException.class, () -> new RequirementCheck(STANDARD.senior(), day(2021, 1, 1),
				END_2025, 90, BigDecimal.ZERO, Optional.of(END_2025), true));
	}

	/** The check's sentence as a user of {@code locale} reads it. */
	static String inLocale(Locale locale, RequirementCheck check) {
		Locale original = Locale.getDefault();
		try {
			Locale.setDefault(locale);
			Nls.load(Messages.class);
			return check.message();
		} finally {
			Locale.setDefault(original);
			Nls.load(Messages.class);
		}
	}
}
