package org.dangxiao.compliance;

import static org.dangxiao.compliance.Fixtures.BRANCH;
import static org.dangxiao.compliance.Fixtures.BRANCH_2;
import static org.dangxiao.compliance.Fixtures.GENERAL;
import static org.dangxiao.compliance.Fixtures.GROUP;
import static org.dangxiao.compliance.Fixtures.ROOT;
import static org.dangxiao.compliance.Fixtures.TOWN;
import static org.dangxiao.compliance.Fixtures.TREE;
import static org.dangxiao.compliance.Fixtures.d;
import static org.dangxiao.compliance.Fixtures.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.dangxiao.model.OrgId;
import org.dangxiao.model.OrgType;
import org.dangxiao.model.Organization;
import org.dangxiao.model.rules.FrequencyRule.Period;
import org.dangxiao.model.rules.FrequencyRules;
import org.dangxiao.model.study.MeetingType;
import org.dangxiao.model.study.PlannedMeeting;
import org.dangxiao.model.study.PlannedMeetingId;
import org.junit.jupiter.api.Test;

class PlanSkeletonTest {
	private static List<PlannedMeeting> generate(SkeletonOptions options) {
		AtomicLong ids = new AtomicLong();
		return PlanSkeleton.generate(TREE, FrequencyRules.defaults(), options, ids::incrementAndGet);
	}

	private static List<LocalDate> dates(List<PlannedMeeting> planned, Organization org, MeetingType type) {
		return planned.stream().filter(p -> p.organization().equals(org.id()) && p.type() == type)
				.map(PlannedMeeting::date).toList();
	}

	@Test
	void twelveThemeDaysOnTheFixedDay() {
		List<LocalDate> days = dates(generate(SkeletonOptions.of(2025)), BRANCH, MeetingType.THEME_PARTY_DAY);
		assertEquals(12, days.size());
		for (int month = 1; month <= 12; month++) {
			assertEquals(d(2025, month, 15), days.get(month - 1));
		}
		days = dates(generate(new SkeletonOptions(2025, 3, Optional.empty())), BRANCH, MeetingType.THEME_PARTY_DAY);
		assertEquals(d(2025, 7, 3), days.get(6));
	}

	@Test
	void aThemeDayBeyondTheMonthsEndIsClampedToItsLastDay() {
		for (int year : new int[] { 2024, 2025 }) {
			List<LocalDate> days = dates(generate(SkeletonOptions.of(year).withThemeDayOfMonth(31)), BRANCH,
					MeetingType.THEME_PARTY_DAY);
			assertEquals(12, days.size());
			for (int month = 1; month <= 12; month++) {
				assertEquals(YearMonth.of(year, month).atEndOfMonth(), days.get(month - 1));
			}
			assertEquals(d(year, 2, year == 2024 ? 29 : 28), days.get(1));
			assertEquals(d(year, 4, 30), days.get(3));
		}
		List<LocalDate> days = dates(generate(SkeletonOptions.of(2025).withThemeDayOfMonth(30)), BRANCH,
				MeetingType.THEME_PARTY_DAY);
		assertEquals(List.of(d(2025, 1, 30), d(2025, 2, 28), d(2025, 3, 30)), days.subList(0, 3));
		assertThrows(IllegalArgumentException.class, () -> SkeletonOptions.of(2025).withThemeDayOfMonth(32));
		assertThrows(IllegalArgumentException.class, () -> SkeletonOptions.of(2025).withThemeDayOfMonth(0));
	}

	@Test
	void countsPerRuleFollowTheOrganizationType() {
		List<PlannedMeeting> planned = generate(SkeletonOptions.of(2025));
		Map<OrgId, Map<MeetingType, Long>> counts = planned.stream().collect(Collectors.groupingBy(
				PlannedMeeting::organization, Collectors.groupingBy(PlannedMeeting::type, Collectors.counting())));
		assertEquals(Map.of(MeetingType.BENCHMARKING, 2L), counts.get(ROOT.id()));
		assertEquals(Map.of(MeetingType.BENCHMARKING, 2L), counts.get(TOWN.id()));
		assertEquals(Map.of(MeetingType.ORGANIZATIONAL_LIFE_MEETING, 1L, MeetingType.BENCHMARKING, 1L),
				counts.get(GENERAL.id()));
		Map<MeetingType, Long> branch = Map.of(MeetingType.BRANCH_GENERAL_MEETING, 4L,
				MeetingType.BRANCH_COMMITTEE_MEETING, 12L, MeetingType.PARTY_LECTURE, 4L, MeetingType.THEME_PARTY_DAY,
				12L, MeetingType.ORGANIZATIONAL_LIFE_MEETING, 1L, MeetingType.BENCHMARKING, 1L);
		assertEquals(branch, counts.get(BRANCH.id()));
		assertEquals(branch, counts.get(BRANCH_2.id()));
		assertEquals(Map.of(MeetingType.GROUP_MEETING, 12L), counts.get(GROUP.id()));
		assertEquals(2 + 2 + 2 + 34 + 12 + 34, planned.size());
		assertTrue(planned.stream().allMatch(p -> p.date().getYear() == 2025));
	}

	@Test
	void otherMeetingsGoOnTheTenthOfTheMiddleOfTheirShare() {
		List<PlannedMeeting> planned = generate(SkeletonOptions.of(2025));
		assertEquals(List.of(d(2025, 2, 10), d(2025, 5, 10), d(2025, 8, 10), d(2025, 11, 10)),
				dates(planned, BRANCH, MeetingType.BRANCH_GENERAL_MEETING));
		assertEquals(List.of(d(2025, 4, 10), d(2025, 10, 10)), dates(planned, TOWN, MeetingType.BENCHMARKING));
		assertEquals(List.of(d(2025, 7, 10)), dates(planned, BRANCH, MeetingType.ORGANIZATIONAL_LIFE_MEETING));
		assertEquals(d(2025, 3, 10), dates(planned, BRANCH, MeetingType.BRANCH_COMMITTEE_MEETING).get(2));
		// several a period: spread over the period's days
		FrequencyRules twiceAMonth = only(MeetingType.BRANCH_COMMITTEE_MEETING, OrgType.BRANCH, Period.MONTH, 2);
		List<PlannedMeeting> twice = PlanSkeleton.generate(TREE, twiceAMonth, SkeletonOptions.of(2025), () -> 1);
		assertEquals(List.of(d(2025, 1, 8), d(2025, 1, 24), d(2025, 2, 8), d(2025, 2, 22)),
				dates(twice, BRANCH, MeetingType.BRANCH_COMMITTEE_MEETING).subList(0, 4));
		assertEquals(48, twice.size());
		// two a quarter: the middle of each half of the quarter's months
		FrequencyRules twiceAQuarter = only(MeetingType.PARTY_LECTURE, OrgType.BRANCH, Period.QUARTER, 2);
		assertEquals(List.of(d(2025, 1, 10), d(2025, 3, 10), d(2025, 4, 10)),
				dates(PlanSkeleton.generate(TREE, twiceAQuarter, SkeletonOptions.of(2025), () -> 1), BRANCH,
						MeetingType.PARTY_LECTURE).subList(0, 3));
	}

	@Test
	void topicsNameTheTypeAndThePeriod() {
		List<PlannedMeeting> planned = generate(SkeletonOptions.of(2025));
		PlannedMeeting march = planned.stream().filter(p -> p.organization().equals(BRANCH.id())
				&& p.type() == MeetingType.THEME_PARTY_DAY && p.date().getMonthValue() == 3).findFirst().orElseThrow();
		assertTrue(march.topic().startsWith(MeetingType.THEME_PARTY_DAY.label()), march.topic());
		assertTrue(march.topic().contains(Period.MONTH.describe(march.date())), march.topic());
		List<PlannedMeeting> twice = PlanSkeleton.generate(TREE,
				only(MeetingType.BRANCH_COMMITTEE_MEETING, OrgType.BRANCH, Period.MONTH, 2), SkeletonOptions.of(2025),
				() -> 1);
		assertTrue(!twice.get(0).topic().equals(twice.get(1).topic()), "numbered when a period has several");
	}

	@Test
	void generatingIsDeterministicAndDrawsEveryIdFromTheSupplier() {
		AtomicLong counter = new AtomicLong(1000);
		List<PlannedMeeting> first = PlanSkeleton.generate(TREE, FrequencyRules.defaults(), SkeletonOptions.of(2025),
				counter::getAndIncrement);
		assertEquals(1000 + first.size(), counter.get(), "one id per planned meeting, no more");
		List<Long> ids = first.stream().map(p -> p.id().value()).toList();
		List<Long> expected = new ArrayList<>();
		for (long i = 1000; i < 1000 + first.size(); i++) {
			expected.add(i);
		}
		assertEquals(expected, ids, "ids in the order returned");
		AtomicLong again = new AtomicLong(1000);
		assertEquals(first, PlanSkeleton.generate(TREE, FrequencyRules.defaults(), SkeletonOptions.of(2025),
				again::getAndIncrement));
		// within an organization, by date
		List<PlannedMeeting> branch = first.stream().filter(p -> p.organization().equals(BRANCH.id())).toList();
		assertEquals(branch.stream().sorted(Comparator.comparing(PlannedMeeting::date)).toList(), branch);
		assertEquals(new PlannedMeetingId(1000), first.get(0).id());
		assertEquals(ROOT.id(), first.get(0).organization());
	}

	@Test
	void aSubtreeLimitsTheOrganizations() {
		List<PlannedMeeting> planned = generate(SkeletonOptions.of(2025).withSubtree(GENERAL.id()));
		assertEquals(List.of(GENERAL.id(), BRANCH.id(), GROUP.id()),
				planned.stream().map(PlannedMeeting::organization).distinct().toList());
		assertEquals(2 + 34 + 12, planned.size());
		assertThrows(IllegalArgumentException.class,
				() -> generate(SkeletonOptions.of(2025).withSubtree(new OrgId(404))));
		assertEquals(List.of(), PlanSkeleton.generate(org.dangxiao.model.OrganizationTree.empty(),
				FrequencyRules.defaults(), SkeletonOptions.of(2025), () -> 1));
	}
}
