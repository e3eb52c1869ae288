package org.dangxiao.model.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.dangxiao.model.OrgId;
import org.dangxiao.model.OrgType;
import org.dangxiao.model.Organization;
import org.dangxiao.model.rules.FrequencyCheck.Shortfall;
import org.dangxiao.model.rules.FrequencyRule.Period;
import org.dangxiao.model.study.Meeting;
import org.dangxiao.model.study.MeetingId;
import org.dangxiao.model.study.MeetingType;
import org.dangxiao.model.testing.Translations;
import org.junit.jupiter.api.Test;

class FrequencyCheckTest {
	private static final Organization BRANCH = new Organization(new OrgId(3), "01-01-01", "第一网格党支部", OrgType.BRANCH,
			Optional.of(new OrgId(2)));
	private static final Organization COMMITTEE = new Organization(new OrgId(2), "01-01", "博峰街社区党委",
			OrgType.PARTY_COMMITTEE, Optional.of(new OrgId(1)));
	private static final LocalDate JAN_1 = LocalDate.of(2024, 1, 1), DEC_31 = LocalDate.of(2024, 12, 31);
	private static final FrequencyCheck CHECK = new FrequencyCheck(FrequencyRules.defaults());

	private long nextId;

	Meeting meeting(Organization org, MeetingType type, int month, int day) {
		return new Meeting(new MeetingId(++nextId), type, LocalDate.of(2024, month, day), org.id(), Optional.empty(),
				List.of(), List.of(), "");
	}

	/** A branch's 2024 register with every required meeting except those in {@code skip}. */
	List<Meeting> branchYear(String... skip) {
		Set<String> skipped = Set.of(skip);
		List<Meeting> out = new ArrayList<>();
		for (int month = 1; month <= 12; month++) {
			if (!skipped.contains("支委会" + month)) {
				out.add(meeting(BRANCH, MeetingType.BRANCH_COMMITTEE_MEETING, month, 5));
			}
			out.add(meeting(BRANCH, MeetingType.THEME_PARTY_DAY, month, 1));
			if (month % 3 == 2) {
				if (!skipped.contains("支部党员大会" + month)) {
					out.add(meeting(BRANCH, MeetingType.BRANCH_GENERAL_MEETING, month, 20));
				}
				out.add(meeting(BRANCH, MeetingType.PARTY_LECTURE, month, 21));
			}
		}
		out.add(meeting(BRANCH, MeetingType.ORGANIZATIONAL_LIFE_MEETING, 12, 28));
		out.add(meeting(BRANCH, MeetingType.BENCHMARKING, 6, 28));
		return out;
	}

	@Test
	void aCompleteYearHasNoShortfalls() {
		assertEquals(List.of(), CHECK.shortfalls(BRANCH, JAN_1, DEC_31, branchYear()));
	}

	@Test
	void findsMissingQuarterlyGeneralMeetingAndMonthlyCommitteeMeeting() {
		List<Shortfall> found = CHECK.shortfalls(BRANCH, JAN_1, DEC_31, branchYear("支部党员大会8", "支委会5"));
		assertEquals(2, found.size(), found::toString);
		Shortfall committee = found.get(0), general = found.get(1);
		assertEquals(MeetingType.BRANCH_COMMITTEE_MEETING, committee.rule().meeting());
		assertEquals(LocalDate.of(2024, 5, 1), committee.periodStart());
		assertEquals(LocalDate.of(2024, 5, 31), committee.periodEnd());
		assertEquals(1, committee.expected());
		assertEquals(0, committee.actual());
		assertEquals(MeetingType.BRANCH_GENERAL_MEETING, general.rule().meeting());
		assertEquals(LocalDate.of(2024, 7, 1), general.periodStart());
		assertEquals(LocalDate.of(2024, 9, 30), general.periodEnd());
		String message = general.message();
		assertTrue(message.contains(MeetingType.BRANCH_GENERAL_MEETING.label()) && !message.startsWith("!"), message);
	}

	@Test
	void twoMeetingsInOneMonthDoNotCoverAnother() {
		List<Meeting> meetings = branchYear("支委会5");
		meetings.add(meeting(BRANCH, MeetingType.BRANCH_COMMITTEE_MEETING, 4, 25));
		assertEquals(LocalDate.of(2024, 5, 1), CHECK.shortfalls(BRANCH, JAN_1, DEC_31, meetings).get(0).periodStart());
	}

	@Test
	void periodsCutByTheRangeAreNotJudged() {
		// mid-May: May, Q2, H1 and the year are unfinished, so only January to April count
		List<Shortfall> found = CHECK.shortfalls(BRANCH, JAN_1, LocalDate.of(2024, 5, 15), List.of());
		assertEquals(4 * 2 + 1 * 2, found.size(), found::toString);
		assertTrue(found.stream().allMatch(s -> s.periodEnd().isBefore(LocalDate.of(2024, 5, 1))));
		// starting mid-January skips January, even if meetings were held in it
		assertTrue(CHECK.shortfalls(BRANCH, LocalDate.of(2024, 1, 15), LocalDate.of(2024, 2, 29), List.of()).stream()
				.allMatch(s -> s.periodStart().equals(LocalDate.of(2024, 2, 1))));
	}

	@Test
	void rulesFollowTheOrganizationType() {
		List<Shortfall> committee = CHECK.shortfalls(COMMITTEE, JAN_1, DEC_31,
				List.of(meeting(COMMITTEE, MeetingType.BENCHMARKING, 3, 1)));
		assertEquals(1, committee.size(), committee::toString);
		assertEquals(Period.HALF_YEAR, committee.get(0).rule().period());
		assertEquals(LocalDate.of(2024, 7, 1), committee.get(0).periodStart());
		Organization group = new Organization(new OrgId(4), "01-01-01-01", "1号楼党小组", OrgType.GROUP,
				Optional.of(BRANCH.id()));
		assertTrue(CHECK.shortfalls(group, JAN_1, DEC_31, List.of()).stream()
				.allMatch(s -> s.rule().meeting() == MeetingType.GROUP_MEETING));
	}

	@Test
	void meetingsOfAnotherOrganizationAreRefused() {
		assertThrows(IllegalArgumentException.class,
				() -> CHECK.shortfalls(BRANCH, JAN_1, DEC_31, List.of(meeting(COMMITTEE, MeetingType.BENCHMARKING, 3, 1))));
	}

	@Test
	void calendarPeriods() {
		LocalDate aug15 = LocalDate.of(2024, 8, 15);
		assertEquals(LocalDate.of(2024, 8, 1), Period.MONTH.start(aug15));
		assertEquals(LocalDate.of(2024, 7, 1), Period.QUARTER.start(aug15));
		assertEquals(LocalDate.of(2024, 10, 1), Period.QUARTER.next(aug15));
		assertEquals(LocalDate.of(2024, 7, 1), Period.HALF_YEAR.start(aug15));
		assertEquals(LocalDate.of(2025, 1, 1), Period.HALF_YEAR.next(aug15));
		assertEquals(LocalDate.of(2024, 1, 1), Period.YEAR.start(aug15));
		assertThrows(IllegalArgumentException.class,
				() -> new FrequencyRule(MeetingType.PARTY_LECTURE, Set.of(), Period.YEAR, 0));
	}

	@Test
	void everyMessageTranslated() {
		Translations.assertComplete(Messages.class);
	}
}
