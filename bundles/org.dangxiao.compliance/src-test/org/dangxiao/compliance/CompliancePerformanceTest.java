package org.dangxiao.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.dangxiao.model.OrgId;
import org.dangxiao.model.OrgType;
import org.dangxiao.model.Organization;
import org.dangxiao.model.OrganizationTree;
import org.dangxiao.model.rules.FrequencyRules;
import org.dangxiao.model.study.Meeting;
import org.dangxiao.model.study.MeetingId;
import org.dangxiao.model.study.MeetingType;
import org.junit.jupiter.api.Test;

/**
 * A county-sized workspace: shaped like the one {@code ./dx bench compliance} times, but not timed
 * here (timings on a shared test machine only make tests flaky); it checks the counts stay exact.
 */
class CompliancePerformanceTest {
	private static final int COUNTIES = 40, TOWNSHIPS = 800, ORGANIZATIONS = 20_000;
	private static final int BRANCHES = ORGANIZATIONS - 1 - COUNTIES - TOWNSHIPS;
	private static final MeetingType[] BRANCH_TYPES = { MeetingType.BRANCH_GENERAL_MEETING,
			MeetingType.BRANCH_COMMITTEE_MEETING, MeetingType.PARTY_LECTURE, MeetingType.THEME_PARTY_DAY,
			MeetingType.ORGANIZATIONAL_LIFE_MEETING, MeetingType.BENCHMARKING };

	static OrganizationTree tree() {
		List<Organization> orgs = new ArrayList<>(ORGANIZATIONS);
		orgs.add(new Organization(new OrgId(1), "R", "市委", OrgType.PARTY_COMMITTEE, Optional.empty()));
		long id = 2;
		for (int c = 0; c < COUNTIES; c++, id++) {
			orgs.add(new Organization(new OrgId(id), "C" + c, "县委" + c, OrgType.PARTY_COMMITTEE, Optional.of(new OrgId(1))));
		}
		for (int t = 0; t < TOWNSHIPS; t++, id++) {
			orgs.add(new Organization(new OrgId(id), "T" + t, "乡镇党委" + t, OrgType.PARTY_COMMITTEE,
					Optional.of(new OrgId(2 + t % COUNTIES))));
		}
		long firstTownship = 2 + COUNTIES;
		for (int b = 0; b < BRANCHES; b++, id++) {
			orgs.add(new Organization(new OrgId(id), "B" + b, "党支部" + b, OrgType.BRANCH,
					Optional.of(new OrgId(firstTownship + b % TOWNSHIPS))));
		}
		return OrganizationTree.of(orgs);
	}

	@Test
	void aCountyOfTwentyThousandOrganizationsAndAHundredThousandMeetings() {
		OrganizationTree tree = tree();
		assertEquals(ORGANIZATIONS, tree.size());
		long firstBranch = 2 + COUNTIES + TOWNSHIPS;
		Random random = new Random(20240101);
		List<Meeting> meetings = new ArrayList<>(100_000);
		LocalDate jan1 = LocalDate.of(2024, 1, 1);
		int ruled = 0;
		for (int i = 1; i <= 100_000; i++) {
			LocalDate date = jan1.plusDays(random.nextInt(366));
			Meeting m;
			if (i % 50 == 0) {
				// a committee: 对标对表 is ruled for it, 中心组学习 is not, so it must not be counted anywhere
				OrgId committee = new OrgId(1 + random.nextInt(1 + COUNTIES + TOWNSHIPS));
				MeetingType type = i % 100 == 0 ? MeetingType.BENCHMARKING : MeetingType.CENTER_GROUP_STUDY;
				ruled += type == MeetingType.BENCHMARKING ? 1 : 0;
				m = new Meeting(new MeetingId(i), type, date, committee, Optional.empty(), List.of(), List.of(), "");
			} else {
				OrgId branch = new OrgId(firstBranch + random.nextInt(BRANCHES));
				m = new Meeting(new MeetingId(i), BRANCH_TYPES[random.nextInt(BRANCH_TYPES.length)], date, branch,
						Optional.empty(), List.of(), List.of(), "");
				ruled++;
			}
			meetings.add(m);
		}

		List<ComplianceCell> cells = Compliance.evaluate(tree, FrequencyRules.defaults(), meetings, jan1,
				LocalDate.of(2024, 12, 31), LocalDate.of(2025, 1, 1));

		// committees: 对标对表 twice a year; branches: 党员大会 4 + 支委会 12 + 党课 4 + 主题党日 12 + 组织生活会 1 + 对标对表 1
		int committees = 1 + COUNTIES + TOWNSHIPS;
		assertEquals(committees * 2 + BRANCHES * 34, cells.size());
		assertEquals(653_088, cells.size());
		// every ruled meeting lies in exactly one cell, and nothing else does
		assertEquals(ruled, cells.stream().mapToInt(ComplianceCell::held).sum());
		for (ComplianceCell c : cells) {
			assertEquals(c.meetings().size(), c.held());
			// the whole year is over on the day judged, so nothing is open
			assertEquals(c.held() >= c.required() ? CellStatus.MET : CellStatus.MISSED, c.status());
		}
		Map<OrgId, Map<CellStatus, Integer>> rolled = Compliance.rollUp(tree, cells);
		Map<CellStatus, Integer> root = rolled.get(new OrgId(1));
		assertEquals(cells.size(), root.values().stream().mapToInt(Integer::intValue).sum());
		long met = cells.stream().filter(c -> c.status() == CellStatus.MET).count();
		assertEquals(met, root.get(CellStatus.MET).longValue());
		assertTrue(met > 0 && met < cells.size(), "some met, some missed: " + met);
		assertEquals(cells.size() + 1, Compliance.registerRows(tree, cells, Map.of()).size());
	}
}
