package org.dangxiao.compliance;

import static org.dangxiao.compliance.Fixtures.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.dangxiao.model.OrgId;
import org.dangxiao.model.PersonId;
import org.dangxiao.model.study.FollowUpAction;
import org.dangxiao.model.study.FollowUpId;
import org.dangxiao.model.study.FollowUpStatus;
import org.dangxiao.model.study.MeetingId;
import org.junit.jupiter.api.Test;

/** How the built-in rule judges one organization's actions; the whole rule on a real workspace is tested by the CLI. */
class OverdueFollowUpsRuleTest {
	private static final LocalDate TODAY = d(2024, 6, 10);
	private static final OrgId ORG = new OrgId(4);

	private static FollowUpAction action(long id, String description, LocalDate due, FollowUpStatus status) {
		return new FollowUpAction(new FollowUpId(id), new MeetingId(1), description, new PersonId(1), due, status, List.of());
	}

	private static ComplianceRule.Finding judge(FollowUpAction... actions) {
		return OverdueFollowUpsRule.judge(ORG, List.of(actions), TODAY);
	}

	@Test
	void anyOverdueActionIsMissedAndTheEarliestIsNamed() {
		ComplianceRule.Finding f = judge(action(1, "整改台账补齐", d(2024, 6, 9), FollowUpStatus.IN_PROGRESS),
				action(2, "组织专题学习", d(2024, 3, 1), FollowUpStatus.NOT_STARTED),
				action(3, "已经完成的", d(2024, 1, 1), FollowUpStatus.DONE),
				action(4, "还没到期", d(2024, 6, 20), FollowUpStatus.NOT_STARTED));
		assertEquals(CellStatus.MISSED, f.status());
		assertEquals(ORG, f.organization());
		assertTrue(f.message().contains("2") && f.message().contains("组织专题学习") && f.message().contains("2024-03-01"), f.message());
	}

	@Test
	void theDueDayItselfIsStillOnTime() {
		assertEquals(CellStatus.DUE, judge(action(1, "今天到期", TODAY, FollowUpStatus.NOT_STARTED)).status());
		assertEquals(CellStatus.DUE, judge(action(1, "两周后到期", TODAY.plusDays(Compliance.DEFAULT_DUE_SOON_DAYS), FollowUpStatus.IN_PROGRESS)).status());
		ComplianceRule.Finding later = judge(action(1, "下月到期", TODAY.plusDays(Compliance.DEFAULT_DUE_SOON_DAYS + 1), FollowUpStatus.IN_PROGRESS));
		assertEquals(CellStatus.UPCOMING, later.status());
		assertTrue(later.message().contains("下月到期"), later.message());
	}

	@Test
	void allDoneIsMetEvenWhenDoneLate() {
		ComplianceRule.Finding f = judge(action(1, "甲", d(2024, 1, 1), FollowUpStatus.DONE), action(2, "乙", d(2024, 2, 1), FollowUpStatus.DONE));
		assertEquals(CellStatus.MET, f.status());
		assertTrue(f.message().contains("2"), f.message());
	}

	@Test
	void aLongDescriptionIsCutToOneLine() {
		String longText = "按照县委部署，\n全面开展".repeat(10);
		ComplianceRule.Finding f = judge(action(1, longText, d(2024, 1, 1), FollowUpStatus.NOT_STARTED));
		assertTrue(f.message().contains("…") && !f.message().contains("\n"), f.message());
	}
}
