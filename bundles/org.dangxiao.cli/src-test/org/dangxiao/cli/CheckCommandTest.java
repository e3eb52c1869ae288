package org.dangxiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.dangxiao.compliance.CellStatus;
import org.dangxiao.compliance.ComplianceRule;
import org.dangxiao.compliance.ComplianceRules;
import org.dangxiao.compliance.OverdueFollowUpsRule;
import org.dangxiao.model.Commands;
import org.dangxiao.model.OrgType;
import org.dangxiao.model.Organization;
import org.dangxiao.model.Person;
import org.dangxiao.model.WorkspaceSnapshot;
import org.dangxiao.model.rules.FrequencyRule;
import org.dangxiao.model.rules.FrequencyRules;
import org.dangxiao.model.study.FollowUpAction;
import org.dangxiao.model.study.FollowUpId;
import org.dangxiao.model.study.FollowUpStatus;
import org.dangxiao.model.study.Meeting;
import org.dangxiao.model.study.MeetingId;
import org.dangxiao.model.study.MeetingType;
import org.junit.jupiter.api.Test;

/** {@code dangxiao check} on the demo workspace, its statuses judged on {@link CliFixture#TODAY} (2024-06-10). */
class CheckCommandTest extends CliFixture {
	/** One yearly rule for branches, so a branch's year is one cell this test controls. */
	private static final FrequencyRules YEARLY = new FrequencyRules(
			List.of(new FrequencyRule(MeetingType.ORGANIZATIONAL_LIFE_MEETING, Set.of(OrgType.BRANCH), FrequencyRule.Period.YEAR, 1)));

	private Meeting meeting(long id, Organization org, LocalDate date) {
		return new Meeting(new MeetingId(id), MeetingType.ORGANIZATIONAL_LIFE_MEETING, date, org.id(), Optional.empty(), List.of(), List.of(), "");
	}

	private FollowUpAction action(long id, long meeting, LocalDate due, FollowUpStatus status) {
		Person owner = ws.peopleWithin(ws.organizations().root().orElseThrow().id()).get(0);
		return new FollowUpAction(new FollowUpId(id), new MeetingId(meeting), "组织党员专题学习并报送心得", owner.id(), due, status, List.of());
	}

	/** The built-in rule's name: translated by the registry inside OSGi (in the platform's language), by Messages outside. */
	private static String followUpsName() {
		return ComplianceRules.all().stream().filter(r -> r.id().equals(OverdueFollowUpsRule.ID)).findFirst().orElseThrow().name();
	}

	@Test
	void theWholeDemoWithoutMeetingsMissesAndSaysWhere() {
		assertEquals(Cli.MISSED, run("check", "--year", "2024", "--limit", "5"), both());
		String o = out();
		assertTrue(o.contains("全部党组织") && o.contains("2024") && o.contains("2024-06-10"), o);
		assertTrue(o.contains("默认") && o.contains("未达标"), "default rules, counts per status: " + o);
		assertTrue(o.contains("支委会（每月至少1次）"), "the rules behind: " + o);
		assertTrue(o.contains("……另有"), "only 5 listed: " + o);
		assertTrue(o.contains(followUpsName() + "："), "the contributed rule counted: " + o);
		assertTrue(o.contains("结论"), o);
	}

	@Test
	void pendingIsNotMissedAndMetIsMet() {
		Organization branch = branch();
		ws.execute(Commands.putAll("规则", List.of(YEARLY)));
		assertEquals(Cli.OK, run("check", "--org", branch.code()), both());
		assertTrue(out().contains(branch.name()) && out().contains("待开展 1") && out().contains("没有未达标"), out());

		ws.execute(Commands.putAll("会议", List.of(meeting(9001, branch, LocalDate.of(2024, 3, 5)))));
		assertEquals(Cli.OK, run("check", "--year", "2024", "--org", Long.toString(branch.id().value())), both());
		assertTrue(out().contains("已达标 1") && out().contains("未达标 0"), out());

		assertEquals(Cli.MISSED, run("check", "--year", "2023", "--org", branch.code()), "2023 has ended without one: " + both());
		assertTrue(out().contains(branch.code()) && out().contains("组织生活会") && out().contains("应开 1，已开 0"), out());
	}

	@Test
	void anOverdueFollowUpIsMissedThroughTheContributedRule() {
		Organization branch = branch();
		ws.execute(Commands.putAll("规则", List.of(YEARLY)));
		ws.execute(Commands.putAll("会议", List.of(meeting(9001, branch, LocalDate.of(2024, 3, 5)))));
		FollowUpAction overdue = action(9101, 9001, LocalDate.of(2024, 5, 31), FollowUpStatus.IN_PROGRESS);
		ws.execute(Commands.putAll("落实措施", List.of(overdue)));
		assertEquals(Cli.MISSED, run("check", "--org", branch.code()), both());
		assertTrue(out().contains(followUpsName()) && out().contains("逾期") && out().contains("2024-05-31"), out());

		// the rule itself on the real workspace: the one organization, missed
		var findings = new OverdueFollowUpsRule().check(new ComplianceRule.Context(ws, 2024, Optional.of(branch.id()), TODAY));
		assertEquals(List.of(branch.id()), findings.stream().map(ComplianceRule.Finding::organization).toList());
		assertEquals(CellStatus.MISSED, findings.get(0).status());
		// outside the subtree asked for, nothing is said about it
		Organization other = ws.organizations().all().stream().filter(o -> o.type() == OrgType.BRANCH && !o.equals(branch)).findFirst().orElseThrow();
		assertEquals(List.of(), new OverdueFollowUpsRule().check(new ComplianceRule.Context(ws, 2024, Optional.of(other.id()), TODAY)));

		ws.execute(Commands.edit(overdue, overdue.withStatus(FollowUpStatus.DONE)));
		assertEquals(Cli.OK, run("check", "--org", branch.code()), both());
		assertTrue(out().contains("已达标 1") && !out().contains("逾期"), out());
		// an action due next year is not this year's business; one still open from last year is
		ws.execute(Commands.putAll("落实措施", List.of(action(9102, 9001, LocalDate.of(2025, 1, 31), FollowUpStatus.NOT_STARTED))));
		assertEquals(Cli.OK, run("check", "--org", branch.code()), both());
		ws.execute(Commands.putAll("落实措施", List.of(action(9103, 9001, LocalDate.of(2023, 12, 1), FollowUpStatus.NOT_STARTED))));
		assertEquals(Cli.MISSED, run("check", "--org", branch.code()), both());
		assertTrue(out().contains("2023-12-01"), out());
	}

	@Test
	void listsTheRules() {
		assertEquals(Cli.OK, run("check", "--rules"), both());
		assertTrue(out().contains(OverdueFollowUpsRule.ID) && out().contains("org.dangxiao.compliance"), out());
	}

	@Test
	void badArgumentsSayWhatIsWrongAndChangeNothing() {
		WorkspaceSnapshot before = snapshot();
		assertEquals(Cli.FAILED, run("check", "--year", "20x4"));
		assertTrue(err().contains("20x4") && err().contains("check --help"), err());
		assertEquals(Cli.FAILED, run("check", "--year", "1850"));
		assertEquals(Cli.FAILED, run("check", "--year"));
		assertTrue(err().contains("--year"), err());
		assertEquals(Cli.FAILED, run("check", "--org", "无此组织"));
		assertTrue(err().contains("无此组织"), err());
		assertEquals(Cli.FAILED, run("check", "--limit", "-1"));
		assertEquals(Cli.FAILED, run("check", "--frobnicate"));
		assertTrue(err().contains("--frobnicate"), err());
		assertEquals(Cli.FAILED, run("check", "2024"));
		assertEquals(Cli.FAILED, run("check", "--year", "2024", "--year", "2023"));
		assertFalse(err().contains("Exception"), err());
		assertEquals(before, snapshot());
		assertEquals(Cli.OK, run("check", "--help"));
		assertTrue(out().contains("--year") && out().contains("--org"), out());
	}
}
