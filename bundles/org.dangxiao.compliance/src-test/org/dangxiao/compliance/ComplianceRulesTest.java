package org.dangxiao.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.dangxiao.model.OrgId;
import org.dangxiao.model.WorkspaceView;
import org.junit.jupiter.api.Test;

/**
 * The extension point's reader. Inside OSGi (tycho-surefire) it reads this bundle's plugin.xml; in a
 * plain JVM there is no registry and it gives the built-ins: both must give the built-in rule.
 */
class ComplianceRulesTest {
	/** A rule's context; the rules under test here never read the workspace. */
	private static final ComplianceRule.Context CONTEXT = new ComplianceRule.Context((WorkspaceView) Proxy.newProxyInstance(
			ComplianceRulesTest.class.getClassLoader(), new Class<?>[] { WorkspaceView.class }, (p, m, a) -> {
				throw new UnsupportedOperationException(m.getName());
			}), 2024, Optional.empty(), LocalDate.of(2024, 6, 10));

	@Test
	void theBuiltInRuleIsContributed() {
		List<ComplianceRules.Contributed> all = ComplianceRules.all();
		ComplianceRules.Contributed followUps = all.stream().filter(r -> r.id().equals(OverdueFollowUpsRule.ID)).findFirst()
				.orElseThrow(() -> new AssertionError("no " + OverdueFollowUpsRule.ID + " in " + all));
		assertInstanceOf(OverdueFollowUpsRule.class, followUps.rule());
		assertEquals(ComplianceRules.BUNDLE, followUps.contributor());
		assertFalse(followUps.name().isBlank() || followUps.name().startsWith("%"), "translated: " + followUps.name());
		assertFalse(followUps.description().isBlank() || followUps.description().startsWith("%"), followUps.description());
		assertEquals(all.stream().map(ComplianceRules.Contributed::name).sorted().toList(),
				all.stream().map(ComplianceRules.Contributed::name).toList(), "by name");
		assertEquals(List.of(OverdueFollowUpsRule.ID), ComplianceRules.builtIns().stream().map(ComplianceRules.Contributed::id).toList());
	}

	@Test
	void aRuleThatThrowsFailsWithASentenceAndNoFindings() {
		var broken = new ComplianceRules.Contributed("x.broken", "坏规则", "", "com.example", c -> {
			throw new IllegalStateException("boom");
		});
		var failed = assertInstanceOf(ComplianceRules.Outcome.Failed.class, ComplianceRules.check(broken, CONTEXT));
		assertTrue(failed.message().contains("坏规则") && failed.message().contains("com.example") && failed.message().contains("boom"),
				failed.message());
		// a null list or a null finding is a broken rule too, not a crash of the caller
		var nullFinding = new ComplianceRules.Contributed("x.null", "空", "", "com.example", c -> Arrays.asList((ComplianceRule.Finding) null));
		assertInstanceOf(ComplianceRules.Outcome.Failed.class, ComplianceRules.check(nullFinding, CONTEXT));
		var none = new ComplianceRules.Contributed("x.none", "无", "", "com.example", c -> null);
		assertEquals(new ComplianceRules.Outcome.Checked(List.of()), ComplianceRules.check(none, CONTEXT));
	}

	@Test
	void findingsComeBackAsTheRuleGaveThem() {
		var f = new ComplianceRule.Finding(new OrgId(3), "会议记录未整理", CellStatus.MISSED);
		var rule = new ComplianceRules.Contributed("x.one", "一条", null, null, c -> List.of(f));
		assertEquals("", rule.description());
		assertEquals(new ComplianceRules.Outcome.Checked(List.of(f)), ComplianceRules.check(rule, CONTEXT));
	}

	@Test
	void badValuesAreRefused() {
		assertThrows(IllegalArgumentException.class, () -> new ComplianceRule.Finding(new OrgId(1), " ", CellStatus.MET));
		assertThrows(IllegalArgumentException.class, () -> new ComplianceRules.Contributed("", "名", "", "", c -> List.of()));
		assertThrows(IllegalArgumentException.class, () -> new ComplianceRules.Contributed("x", null, "", "", c -> List.of()));
		assertEquals(LocalDate.of(2024, 1, 1), CONTEXT.firstDay());
		assertEquals(LocalDate.of(2024, 12, 31), CONTEXT.lastDay());
	}
}
