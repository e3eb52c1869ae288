package org.dangxiao.compliance;

import static org.dangxiao.compliance.Fixtures.BRANCH;
import static org.dangxiao.compliance.Fixtures.BRANCH_2;
import static org.dangxiao.compliance.Fixtures.GENERAL;
import static org.dangxiao.compliance.Fixtures.GROUP;
import static org.dangxiao.compliance.Fixtures.ROOT;
import static org.dangxiao.compliance.Fixtures.TOWN;
import static org.dangxiao.compliance.Fixtures.TREE;
import static org.dangxiao.compliance.Fixtures.d;
import static org.dangxiao.compliance.Fixtures.meeting;
import static org.dangxiao.compliance.Fixtures.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.dangxiao.model.OrgId;
import org.dangxiao.model.OrgType;
import org.dangxiao.model.Organization;
import org.dangxiao.model.rules.FrequencyRule.Period;
import org.dangxiao.model.rules.FrequencyRules;
import org.dangxiao.model.study.Meeting;
import org.dangxiao.model.study.MeetingId;
import org.dangxiao.model.study.MeetingType;
import org.junit.jupiter.api.Test;

class ComplianceTest {
	private static final LocalDate JAN_1 = d(2024, 1, 1), DEC_31 = d(2024, 12, 31);
	/** A day after the whole year, so every 2024 period has ended. */
	private static final LocalDate LATER = d(2025, 2, 1);
	private static final FrequencyRules QUARTERLY = only(MeetingType.BRANCH_GENERAL_MEETING, OrgType.BRANCH,
			Period.QUARTER, 1);
	private static final FrequencyRules MONTHLY = only(MeetingType.BRANCH_COMMITTEE_MEETING, OrgType.BRANCH,
			Period.MONTH, 1);
	private static final FrequencyRules HALF_YEARLY = only(MeetingType.BENCHMARKING, OrgType.PARTY_COMMITTEE,
			Period.HALF_YEAR, 1);

	/** The cells of {@code org}, in period order. */
	private static List<ComplianceCell> of(Organization org, List<ComplianceCell> cells) {
		return cells.stream().filter(c -> c.organization().equals(org.id())).toList();
	}

	private static List<CellStatus> statuses(List<ComplianceCell> cells) {
		return cells.stream().map(ComplianceCell::status).toList();
	}

	private static List<ComplianceCell> branchCells(FrequencyRules rules, Collection<Meeting> meetings, LocalDate today) {
		return of(BRANCH, Compliance.evaluate(TREE, rules, meetings, JAN_1, DEC_31, today));
	}

	@Test
	void aQuartersLastDayCountsInThatQuarter() {
		List<LocalDate> lastDays = List.of(d(2024, 3, 31), d(2024, 6, 30), d(2024, 9, 30), d(2024, 12, 31));
		for (int q = 0; q < 4; q++) {
			Meeting m = meeting(7, MeetingType.BRANCH_GENERAL_MEETING, lastDays.get(q), BRANCH);
			List<ComplianceCell> cells = branchCells(QUARTERLY, List.of(m), LATER);
			assertEquals(4, cells.size());
			for (int i = 0; i < 4; i++) {
				ComplianceCell c = cells.get(i);
				String what = "meeting on " + lastDays.get(q) + ", quarter " + (i + 1);
				assertEquals(i == q ? CellStatus.MET : CellStatus.MISSED, c.status(), what);
				assertEquals(i == q ? List.of(m.id()) : List.of(), c.meetings(), what);
				assertEquals(i == q ? 1 : 0, c.held(), what);
			}
			assertEquals(lastDays.get(q), cells.get(q).periodEnd());
		}
	}

	@Test
	void aMeetingOnJanuaryFirstBelongsToTheFirstQuarterAndNewYearsEveToTheYearBefore() {
		Meeting newYear = meeting(1, MeetingType.BRANCH_GENERAL_MEETING, d(2024, 1, 1), BRANCH);
		Meeting eve = meeting(2, MeetingType.BRANCH_GENERAL_MEETING, d(2023, 12, 31), BRANCH);
		Meeting nextYear = meeting(3, MeetingType.BRANCH_GENERAL_MEETING, d(2025, 1, 1), BRANCH);
		List<ComplianceCell> cells = branchCells(QUARTERLY, List.of(newYear, eve, nextYear), LATER);
		assertEquals(List.of(CellStatus.MET, CellStatus.MISSED, CellStatus.MISSED, CellStatus.MISSED), statuses(cells));
		assertEquals(List.of(newYear.id()), cells.get(0).meetings());
		assertEquals(d(2024, 1, 1), cells.get(0).periodStart());
	}

	@Test
	void theHalfYearEndsOnJuneThirtieth() {
		Meeting june30 = meeting(1, MeetingType.BENCHMARKING, d(2024, 6, 30), TOWN);
		List<ComplianceCell> cells = of(TOWN,
				Compliance.evaluate(TREE, HALF_YEARLY, List.of(june30), JAN_1, DEC_31, LATER));
		assertEquals(List.of(CellStatus.MET, CellStatus.MISSED), statuses(cells));
		assertEquals(d(2024, 6, 30), cells.get(0).periodEnd());
		assertEquals(d(2024, 7, 1), cells.get(1).periodStart());

		Meeting july1 = meeting(1, MeetingType.BENCHMARKING, d(2024, 7, 1), TOWN);
		cells = of(TOWN, Compliance.evaluate(TREE, HALF_YEARLY, List.of(july1), JAN_1, DEC_31, LATER));
		assertEquals(List.of(CellStatus.MISSED, CellStatus.MET), statuses(cells));
	}

	@Test
	void februaryOfALeapYearEndsOnThe29th() {
		Meeting leapDay = meeting(1, MeetingType.BRANCH_COMMITTEE_MEETING, d(2024, 2, 29), BRANCH);
		List<ComplianceCell> cells = branchCells(MONTHLY, List.of(leapDay), LATER);
		assertEquals(12, cells.size());
		ComplianceCell february = cells.get(1), march = cells.get(2);
		assertEquals(d(2024, 2, 1), february.periodStart());
		assertEquals(d(2024, 2, 29), february.periodEnd());
		assertEquals(CellStatus.MET, february.status());
		assertEquals(CellStatus.MISSED, march.status());
		assertEquals(Period.MONTH.describe(d(2024, 2, 1)), february.periodLabel());

		List<ComplianceCell> cells2023 = of(BRANCH,
				Compliance.evaluate(TREE, MONTHLY, List.of(), d(2023, 1, 1), d(2023, 12, 31), LATER));
		assertEquals(d(2023, 2, 28), cells2023.get(1).periodEnd());
	}

	@Test
	void movingAMeetingFromMarch31ToApril1MovesItToTheNextQuarter() {
		Meeting before = meeting(9, MeetingType.BRANCH_GENERAL_MEETING, d(2024, 3, 31), BRANCH);
		Meeting after = meeting(9, MeetingType.BRANCH_GENERAL_MEETING, d(2024, 4, 1), BRANCH);
		assertEquals(List.of(CellStatus.MET, CellStatus.MISSED, CellStatus.MISSED, CellStatus.MISSED),
				statuses(branchCells(QUARTERLY, List.of(before), LATER)));
		assertEquals(List.of(CellStatus.MISSED, CellStatus.MET, CellStatus.MISSED, CellStatus.MISSED),
				statuses(branchCells(QUARTERLY, List.of(after), LATER)));
	}

	@Test
	void aPeriodInProgressIsUpcomingOrDueNeverMissed() {
		// May 2024 has 31 days: on the 17th 14 days are left, on the 16th 15
		Map<LocalDate, CellStatus> expected = new LinkedHashMap<>();
		expected.put(d(2024, 5, 1), CellStatus.UPCOMING);
		expected.put(d(2024, 5, 16), CellStatus.UPCOMING);
		expected.put(d(2024, 5, 17), CellStatus.DUE);
		expected.put(d(2024, 5, 31), CellStatus.DUE);
		expected.put(d(2024, 6, 1), CellStatus.MISSED);
		for (var e : expected.entrySet()) {
			ComplianceCell may = branchCells(MONTHLY, List.of(), e.getKey()).get(4);
			assertEquals(d(2024, 5, 1), may.periodStart());
			assertEquals(e.getValue(), may.status(), "on " + e.getKey());
		}
		// every period containing or after today is open, whatever the day
		for (LocalDate today = JAN_1; !today.isAfter(DEC_31); today = today.plusDays(1)) {
			for (ComplianceCell c : branchCells(MONTHLY, List.of(), today)) {
				boolean ended = today.isAfter(c.periodEnd());
				assertEquals(ended, c.status() == CellStatus.MISSED, c + " on " + today);
			}
		}
	}

	@Test
	void dueSoonDaysIsConfigurableAndAPeriodNotBegunIsNeverDue() {
		LocalDate today = d(2024, 5, 20); // 11 days left in May
		List<ComplianceCell> cells = of(BRANCH, Compliance.evaluate(TREE, MONTHLY, List.of(), JAN_1, DEC_31, today, 10));
		assertEquals(CellStatus.UPCOMING, cells.get(4).status());
		cells = of(BRANCH, Compliance.evaluate(TREE, MONTHLY, List.of(), JAN_1, DEC_31, today, 11));
		assertEquals(CellStatus.DUE, cells.get(4).status());
		// June ends within 60 days but has not begun: nothing can be held in it yet
		cells = of(BRANCH, Compliance.evaluate(TREE, MONTHLY, List.of(), JAN_1, DEC_31, today, 60));
		assertEquals(CellStatus.DUE, cells.get(4).status());
		assertEquals(CellStatus.UPCOMING, cells.get(5).status());
		assertThrows(IllegalArgumentException.class,
				() -> Compliance.evaluate(TREE, MONTHLY, List.of(), JAN_1, DEC_31, today, -1));
	}

	@Test
	void metEarlyIsMet() {
		Meeting early = meeting(1, MeetingType.BRANCH_GENERAL_MEETING, d(2024, 4, 2), BRANCH);
		List<ComplianceCell> cells = branchCells(QUARTERLY, List.of(early), d(2024, 4, 3));
		assertEquals(List.of(CellStatus.MISSED, CellStatus.MET, CellStatus.UPCOMING, CellStatus.UPCOMING),
				statuses(cells));
		// and on the quarter's last day, when an unmet quarter would be due
		cells = branchCells(QUARTERLY, List.of(early), d(2024, 6, 30));
		assertEquals(CellStatus.MET, cells.get(1).status());
	}

	@Test
	void aMinimumOfTwoNeedsTwoMeetings() {
		FrequencyRules twice = only(MeetingType.BRANCH_GENERAL_MEETING, OrgType.BRANCH, Period.QUARTER, 2);
		Meeting a = meeting(2, MeetingType.BRANCH_GENERAL_MEETING, d(2024, 2, 20), BRANCH);
		Meeting b = meeting(1, MeetingType.BRANCH_GENERAL_MEETING, d(2024, 1, 10), BRANCH);
		ComplianceCell q1 = branchCells(twice, List.of(a), LATER).get(0);
		assertEquals(CellStatus.MISSED, q1.status());
		assertEquals(1, q1.shortBy());
		q1 = branchCells(twice, List.of(a, b), LATER).get(0);
		assertEquals(CellStatus.MET, q1.status());
		assertEquals(2, q1.required());
		assertEquals(2, q1.held());
		assertEquals(List.of(b.id(), a.id()), q1.meetings(), "by date");
	}

	@Test
	void rulesApplyOnlyToTheirOrganizationTypes() {
		List<ComplianceCell> cells = Compliance.evaluate(TREE, FrequencyRules.defaults(), List.of(), JAN_1, DEC_31,
				LATER);
		Map<OrgId, Set<MeetingType>> types = cells.stream().collect(Collectors.groupingBy(ComplianceCell::organization,
				Collectors.mapping(c -> c.rule().meeting(), Collectors.toSet())));
		assertEquals(Set.of(MeetingType.BENCHMARKING), types.get(ROOT.id()));
		assertEquals(Set.of(MeetingType.BENCHMARKING), types.get(TOWN.id()));
		assertEquals(Set.of(MeetingType.ORGANIZATIONAL_LIFE_MEETING, MeetingType.BENCHMARKING), types.get(GENERAL.id()));
		assertEquals(EnumSet.of(MeetingType.BRANCH_GENERAL_MEETING, MeetingType.BRANCH_COMMITTEE_MEETING,
				MeetingType.PARTY_LECTURE, MeetingType.THEME_PARTY_DAY, MeetingType.ORGANIZATIONAL_LIFE_MEETING,
				MeetingType.BENCHMARKING), types.get(BRANCH.id()));
		assertEquals(Set.of(MeetingType.GROUP_MEETING), types.get(GROUP.id()));
		assertEquals(2, of(ROOT, cells).size()); // half-yearly 对标对表
		assertEquals(2, of(GENERAL, cells).size()); // yearly 组织生活会 and 对标对表
		assertEquals(4 + 12 + 4 + 12 + 1 + 1, of(BRANCH, cells).size());
		assertEquals(12, of(GROUP, cells).size());
	}

	@Test
	void meetingsOfAnotherTypeOrOrganizationDoNotCount() {
		List<Meeting> meetings = List.of(meeting(1, MeetingType.BRANCH_COMMITTEE_MEETING, d(2024, 2, 5), BRANCH),
				meeting(2, MeetingType.BRANCH_GENERAL_MEETING, d(2024, 2, 5), BRANCH_2),
				meeting(3, MeetingType.BRANCH_GENERAL_MEETING, d(2024, 2, 5),
						Fixtures.org(99, "99", "树外支部", OrgType.BRANCH, 0)));
		List<ComplianceCell> cells = Compliance.evaluate(TREE, QUARTERLY, meetings, JAN_1, DEC_31, LATER);
		assertEquals(CellStatus.MISSED, of(BRANCH, cells).get(0).status());
		assertEquals(CellStatus.MET, of(BRANCH_2, cells).get(0).status());
		assertEquals(8, cells.size(), "two branches, four quarters; the unknown organization has none");
	}

	@Test
	void periodsCutByTheRangeCountWholeWithAllTheirMeetings() {
		LocalDate from = d(2024, 2, 15), to = d(2024, 11, 10);
		Meeting january = meeting(1, MeetingType.BRANCH_GENERAL_MEETING, d(2024, 1, 5), BRANCH);
		Meeting december = meeting(2, MeetingType.BRANCH_GENERAL_MEETING, d(2024, 12, 20), BRANCH);
		List<ComplianceCell> cells = of(BRANCH,
				Compliance.evaluate(TREE, QUARTERLY, List.of(january, december), from, to, LATER));
		assertEquals(List.of(d(2024, 1, 1), d(2024, 4, 1), d(2024, 7, 1), d(2024, 10, 1)),
				cells.stream().map(ComplianceCell::periodStart).toList());
		assertEquals(List.of(CellStatus.MET, CellStatus.MISSED, CellStatus.MISSED, CellStatus.MET), statuses(cells));
		assertEquals(10, of(BRANCH, Compliance.evaluate(TREE, MONTHLY, List.of(), from, to, LATER)).size(),
				"February to November");
		assertEquals(1, of(BRANCH, Compliance.evaluate(TREE, MONTHLY, List.of(), from, from, LATER)).size());
		assertThrows(IllegalArgumentException.class,
				() -> Compliance.evaluate(TREE, MONTHLY, List.of(), to, from, LATER));
	}

	@Test
	void cellsComeInTreeOrderThenRuleOrderThenPeriod() {
		List<ComplianceCell> cells = Compliance.evaluate(TREE, FrequencyRules.defaults(), List.of(), JAN_1, DEC_31,
				LATER);
		List<OrgId> orgs = cells.stream().map(ComplianceCell::organization).distinct().toList();
		assertEquals(List.of(ROOT.id(), TOWN.id(), GENERAL.id(), BRANCH.id(), GROUP.id(), BRANCH_2.id()), orgs);
		List<ComplianceCell> branch = of(BRANCH, cells);
		assertEquals(MeetingType.BRANCH_GENERAL_MEETING, branch.get(0).rule().meeting());
		assertEquals(d(2024, 4, 1), branch.get(1).periodStart());
		assertEquals(MeetingType.BRANCH_COMMITTEE_MEETING, branch.get(4).rule().meeting());
		assertThrows(UnsupportedOperationException.class, () -> cells.remove(0));
	}

	@Test
	void anEmptyTreeHasNoCells() {
		assertEquals(List.of(), Compliance.evaluate(org.dangxiao.model.OrganizationTree.empty(),
				FrequencyRules.defaults(), List.of(), JAN_1, DEC_31, LATER));
	}

	@Test
	void rollUpSumsOverSubtrees() {
		List<Meeting> meetings = new ArrayList<>();
		for (int month = 1; month <= 5; month++) {
			meetings.add(meeting(month, MeetingType.BRANCH_COMMITTEE_MEETING, d(2024, month, 3), BRANCH));
		}
		meetings.add(meeting(20, MeetingType.GROUP_MEETING, d(2024, 5, 3), GROUP));
		meetings.add(meeting(21, MeetingType.BENCHMARKING, d(2024, 3, 3), TOWN));
		List<ComplianceCell> cells = new ArrayList<>(Compliance.evaluate(TREE, FrequencyRules.defaults(), meetings,
				JAN_1, DEC_31, d(2024, 6, 20)));
		// a cell of an organization not in the tree is left out, not a crash
		ComplianceCell stray = cells.get(0);
		cells.add(new ComplianceCell(new OrgId(99), stray.rule(), stray.periodStart(), stray.periodEnd(), 1, 0,
				List.of(), CellStatus.MISSED));
		Map<OrgId, Map<CellStatus, Integer>> rolled = Compliance.rollUp(TREE, cells);
		assertEquals(TREE.size(), rolled.size());
		for (Organization o : TREE.all()) {
			Set<OrgId> below = TREE.subtree(o.id()).stream().map(Organization::id).collect(Collectors.toSet());
			for (CellStatus s : CellStatus.values()) {
				long expected = cells.stream().filter(c -> below.contains(c.organization()) && c.status() == s).count();
				assertEquals(expected, rolled.get(o.id()).get(s).longValue(), o.name() + " " + s);
			}
		}
		Map<CellStatus, Integer> group = rolled.get(GROUP.id());
		// January–April missed, May met, June due (10 days left), July–December upcoming
		assertEquals(Map.of(CellStatus.MET, 1, CellStatus.MISSED, 4, CellStatus.DUE, 1, CellStatus.UPCOMING, 6), group);
		Map<CellStatus, Integer> root = rolled.get(ROOT.id());
		assertEquals(cells.size() - 1, root.values().stream().mapToInt(Integer::intValue).sum());
		// the town's subtree is the town, the general branch, the branch and the group, not the county's second branch
		int town = rolled.get(TOWN.id()).values().stream().mapToInt(Integer::intValue).sum();
		assertEquals(2 + 2 + 34 + 12, town);
		assertNotEquals(root, rolled.get(TOWN.id()));
	}

	@Test
	void registerRowsHaveAHeaderThenOneRowPerCell() {
		Meeting a = meeting(1, MeetingType.BRANCH_GENERAL_MEETING, d(2024, 3, 20), BRANCH);
		Meeting b = meeting(2, MeetingType.BRANCH_GENERAL_MEETING, d(2024, 3, 5), BRANCH);
		List<ComplianceCell> cells = branchCells(QUARTERLY, List.of(a, b), d(2024, 6, 25));
		Map<MeetingId, Meeting> byId = Map.of(a.id(), a, b.id(), b);
		List<List<Object>> rows = Compliance.registerRows(TREE, cells, byId);
		assertEquals(cells.size() + 1, rows.size());
		assertEquals(List.of(Messages.Register_ORGANIZATION, Messages.Register_RULE, Messages.Register_PERIOD,
				Messages.Register_REQUIRED, Messages.Register_HELD, Messages.Register_STATUS,
				Messages.Register_MEETING_DATES), rows.get(0));
		List<Object> q1 = rows.get(1);
		assertEquals(7, q1.size());
		assertEquals(BRANCH.name(), q1.get(0));
		assertTrue(((String) q1.get(1)).contains(MeetingType.BRANCH_GENERAL_MEETING.label()), q1.get(1).toString());
		assertEquals(cells.get(0).periodLabel(), q1.get(2));
		assertEquals(1, q1.get(3));
		assertEquals(2, q1.get(4));
		assertEquals(CellStatus.MET.label(), q1.get(5));
		assertEquals("2024-03-05" + Messages.Register_DATE_SEPARATOR + "2024-03-20", q1.get(6));
		List<Object> q2 = rows.get(2);
		assertEquals(List.of(BRANCH.name(), q1.get(1), cells.get(1).periodLabel(), 1, 0, CellStatus.DUE.label(), ""), q2);
		// a cell whose organization left the tree still gets a row
		ComplianceCell stray = new ComplianceCell(new OrgId(99), cells.get(0).rule(), d(2024, 1, 1), d(2024, 3, 31), 1,
				0, List.of(), CellStatus.MISSED);
		Object name = Compliance.registerRows(TREE, List.of(stray), byId).get(1).get(0);
		assertTrue(name.toString().contains("99") && !name.toString().startsWith("!"), name.toString());
	}

	@Test
	void statusLabelsAreDistinct() {
		Set<String> labels = EnumSet.allOf(CellStatus.class).stream().map(CellStatus::label).collect(Collectors.toSet());
		assertEquals(CellStatus.values().length, labels.size());
	}
}
