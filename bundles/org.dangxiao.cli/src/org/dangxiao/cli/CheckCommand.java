package org.dangxiao.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.dangxiao.compliance.CellStatus;
import org.dangxiao.compliance.Compliance;
import org.dangxiao.compliance.ComplianceCell;
import org.dangxiao.compliance.ComplianceRule;
import org.dangxiao.compliance.ComplianceRules;
import org.dangxiao.model.OrgId;
import org.dangxiao.model.Organization;
import org.dangxiao.model.OrganizationTree;
import org.dangxiao.model.WorkspaceView;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.model.rules.FrequencyRule;
import org.dangxiao.model.rules.FrequencyRules;
import org.dangxiao.model.study.Meeting;

/**
 * {@code dangxiao check [--year YYYY] [--org ID|CODE] [--limit N] [--rules]}: the meeting-frequency
 * rules of the workspace's rule table (the defaults when it has none) for every organization of the
 * subtree and every period of the year, as the 合规检查 view judges them, plus every rule contributed
 * through {@code org.dangxiao.compliance.rules}. Prints the counts per status, the organizations and
 * rules behind the 未达标 ones and the first of them; exit 1 when anything is 未达标, 0 when all is met
 * or still pending (临期, 待开展), 2 on bad arguments or a rule that failed.
 */
final class CheckCommand {
	private static final String NAME = "check";
	private static final int DEFAULT_LIMIT = 20;
	private static final int MIN_YEAR = 1900, MAX_YEAR = 2100;
	/** Up to this many organizations are read one by one, as the study-plan views do. */
	private static final int PER_ORGANIZATION_READS = 200;

	private final Cli cli;
	private final PrintStream out;

	CheckCommand(Cli cli) {
		this.cli = cli;
		this.out = cli.out();
	}

	/** One 未达标 line to show, with where it sits in the tree so they list in tree order. */
	private record Failure(int order, java.util.function.Supplier<String> text) {
	}

	int run(List<String> args) {
		Options o = Options.parse(NAME, args, Set.of("--year", "--org", "--limit"), Set.of("--rules"));
		o.positional(NAME, 0);
		if (o.flag("--rules")) {
			return listRules();
		}
		LocalDate today = cli.today();
		int year = o.value(NAME, "--year").map(CheckCommand::year).orElse(today.getYear());
		int limit = o.value(NAME, "--limit").map(CheckCommand::limit).orElse(DEFAULT_LIMIT);
		WorkspaceView ws = cli.workspace();
		OrganizationTree full = ws.organizations();
		Optional<Organization> top = o.value(NAME, "--org").map(s -> Cli.organization(full, s, NAME));
		if (full.size() == 0) {
			out.println(Messages.Check_NO_ORGANIZATIONS);
			return Cli.OK;
		}
		OrganizationTree tree = top.map(t -> subtree(full, t)).orElse(full);
		Map<OrgId, Integer> order = new java.util.HashMap<>(tree.size() * 2);
		List<Organization> inOrder = tree.subtree(tree.root().orElseThrow().id());
		for (int i = 0; i < inOrder.size(); i++) {
			order.put(inOrder.get(i).id(), i);
		}
		String scope = top.map(t -> Nls.bind(Messages.Check_SCOPE_SUBTREE, Cli.organizationLabel(full, t.id()))).orElse(Messages.Check_SCOPE_ALL);
		out.println(Nls.bind(Messages.Check_HEADING, scope, year, today));

		// the frequency rules, as the 合规检查 view evaluates them
		Optional<FrequencyRules> stored = ws.get(FrequencyRules.class, FrequencyRules.KEY);
		FrequencyRules rules = stored.orElseGet(FrequencyRules::defaults);
		List<Meeting> meetings = meetings(ws, tree, year);
		List<ComplianceCell> cells = Compliance.evaluate(tree, rules, meetings, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), today);
		Map<CellStatus, Integer> counts = count(cells.stream().map(ComplianceCell::status).toList());
		out.println(Nls.bind(stored.isPresent() ? Messages.Check_FREQUENCY : Messages.Check_FREQUENCY_DEFAULTS, rules.rules().size(), counts(counts)));
		List<Failure> failures = new ArrayList<>();
		Map<String, Integer> missedByRule = new LinkedHashMap<>();
		Set<OrgId> missedOrganizations = new HashSet<>();
		for (ComplianceCell c : cells) {
			if (c.status() == CellStatus.MISSED) {
				String rule = rule(c.rule());
				missedByRule.merge(rule, 1, Integer::sum);
				missedOrganizations.add(c.organization());
				// formatted only when shown: a province can have hundreds of thousands
				failures.add(new Failure(order.getOrDefault(c.organization(), Integer.MAX_VALUE), () -> Nls.bind(Messages.Check_FAILURE_CELL,
						Cli.organizationLabel(full, c.organization()), rule, c.periodLabel(), c.required(), c.held())));
			}
		}
		if (!missedByRule.isEmpty()) {
			out.println("  " + Nls.bind(Messages.Check_BEHIND_RULES, missedOrganizations.size(), missedByRule.entrySet().stream()
					.map(e -> Nls.bind(Messages.Check_RULE_COUNT, e.getKey(), e.getValue())).collect(Collectors.joining(Messages.Check_LIST_SEPARATOR))));
		}
		int missed = counts.get(CellStatus.MISSED);

		// the contributed rules: each counted on its own line; one that fails is said and left out
		boolean ruleFailed = false;
		ComplianceRule.Context context = new ComplianceRule.Context(ws, year, top.map(Organization::id), today);
		for (ComplianceRules.Contributed r : ComplianceRules.all()) {
			switch (ComplianceRules.check(r, context)) {
			case ComplianceRules.Outcome.Failed f -> {
				ruleFailed = true;
				cli.err().println(f.message());
			}
			case ComplianceRules.Outcome.Checked c -> {
				List<ComplianceRule.Finding> findings = c.findings().stream().filter(f -> tree.contains(f.organization())).toList();
				Map<CellStatus, Integer> ruleCounts = count(findings.stream().map(ComplianceRule.Finding::status).toList());
				out.println(Nls.bind(Messages.Check_RULE, r.name(), counts(ruleCounts)));
				Set<OrgId> behind = new HashSet<>();
				for (ComplianceRule.Finding f : findings) {
					if (f.status() == CellStatus.MISSED) {
						behind.add(f.organization());
						failures.add(new Failure(order.getOrDefault(f.organization(), Integer.MAX_VALUE),
								() -> Nls.bind(Messages.Check_FAILURE_FINDING, Cli.organizationLabel(full, f.organization()), r.name(), f.message())));
					}
				}
				if (!behind.isEmpty()) {
					out.println("  " + Nls.bind(Messages.Check_BEHIND, behind.size()));
				}
				missed += ruleCounts.get(CellStatus.MISSED);
			}
			}
		}

		if (!failures.isEmpty() && limit > 0) {
			// stable: within one organization the frequency cells keep their period order, then the rules
			failures.sort(java.util.Comparator.comparingInt(Failure::order));
			out.println(Nls.bind(Messages.Check_FAILURES, Math.min(limit, failures.size()), failures.size()));
			failures.stream().limit(limit).forEach(f -> out.println("  " + f.text().get()));
			if (failures.size() > limit) {
				out.println("  " + Nls.bind(Messages.Check_MORE, failures.size() - limit));
			}
		}
		if (missed > 0) {
			out.println(Nls.bind(Messages.Check_VERDICT_MISSED, missed));
			return Cli.MISSED;
		}
		if (ruleFailed) {
			cli.err().println(Messages.Check_VERDICT_INCOMPLETE);
			return Cli.FAILED;
		}
		out.println(Messages.Check_VERDICT_OK);
		return Cli.OK;
	}

	private int listRules() {
		out.println(Messages.Check_RULES_HEADER);
		for (ComplianceRules.Contributed r : ComplianceRules.all()) {
			out.println(String.join("\t", r.id(), r.name(), r.contributor(), r.description()));
		}
		return Cli.OK;
	}

	/** The subtree as a tree of its own, its top without a parent, as the views' Scope makes it. */
	static OrganizationTree subtree(OrganizationTree full, Organization top) {
		List<Organization> members = new ArrayList<>(full.subtree(top.id()));
		Organization t = members.get(0);
		members.set(0, new Organization(t.id(), t.code(), t.name(), t.type(), Optional.empty()));
		return OrganizationTree.of(members);
	}

	/** The year's meetings of the tree's organizations: every rule period lies inside one calendar year. */
	private static List<Meeting> meetings(WorkspaceView ws, OrganizationTree tree, int year) {
		List<Meeting> all;
		if (tree.size() == ws.organizations().size()) {
			all = ws.list(Meeting.class);
		} else if (tree.size() <= PER_ORGANIZATION_READS) {
			all = new ArrayList<>();
			for (Organization o : tree.all()) {
				all.addAll(ws.list(Meeting.class, o.id()));
			}
		} else {
			all = ws.list(Meeting.class).stream().filter(m -> tree.contains(m.organization())).toList();
		}
		return all.stream().filter(m -> m.date().getYear() == year).toList();
	}

	private static Map<CellStatus, Integer> count(List<CellStatus> statuses) {
		Map<CellStatus, Integer> counts = new EnumMap<>(CellStatus.class);
		for (CellStatus s : CellStatus.values()) {
			counts.put(s, 0);
		}
		statuses.forEach(s -> counts.merge(s, 1, Integer::sum));
		return counts;
	}

	/** 已达标 120，未达标 3，临期 2，待开展 40 */
	private static String counts(Map<CellStatus, Integer> counts) {
		return List.of(CellStatus.MET, CellStatus.MISSED, CellStatus.DUE, CellStatus.UPCOMING).stream()
				.map(s -> Nls.bind(Messages.Check_COUNT, s.label(), counts.get(s))).collect(Collectors.joining(Messages.Check_LIST_SEPARATOR));
	}

	/** 支委会（每月至少1次）, as the register names a rule. */
	private static String rule(FrequencyRule r) {
		return Nls.bind(Messages.Check_FREQUENCY_RULE, r.meeting().label(), r.period().label(), r.minimumCount());
	}

	private static int year(String s) {
		String t = s.strip();
		if (t.matches("\\d{4}")) {
			int y = Integer.parseInt(t);
			if (y >= MIN_YEAR && y <= MAX_YEAR) {
				return y;
			}
		}
		throw new CliFailure(Nls.bind(Messages.Check_BAD_YEAR, s, MIN_YEAR, MAX_YEAR), NAME);
	}

	private static int limit(String s) {
		if (s.strip().matches("\\d{1,6}")) {
			return Integer.parseInt(s.strip());
		}
		throw new CliFailure(Nls.bind(Messages.Check_BAD_LIMIT, s), NAME);
	}
}
