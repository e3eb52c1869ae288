package org.dangxiao.reports.builtin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dangxiao.compliance.CellStatus;
import org.dangxiao.compliance.Compliance;
import org.dangxiao.compliance.ComplianceCell;
import org.dangxiao.model.OrgId;
import org.dangxiao.model.Organization;
import org.dangxiao.model.OrganizationTree;
import org.dangxiao.model.WorkspaceView;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.model.rules.FrequencyRule;
import org.dangxiao.model.rules.FrequencyRules;
import org.dangxiao.model.study.Meeting;
import org.dangxiao.reports.Arguments;
import org.dangxiao.reports.Column;
import org.dangxiao.reports.Parameter;
import org.dangxiao.reports.Report;
import org.dangxiao.reports.ReportException;
import org.dangxiao.reports.ReportResult;

/**
 * 会议合规检查: every organization of the scope against every rule of the workspace's
 * meeting-frequency table (the 支部工作条例 defaults when it has none) for a year, judged by
 * {@link Compliance#evaluate}. One row per organization and rule: meetings required and held,
 * how many periods are 已达标 / 未达标 / 临期 / 待开展, the overall status (the worst of them:
 * 未达标 before 临期 before 待开展) and which periods were missed.
 */
public final class MeetingComplianceReport implements Report {
	private final Parameter year = Support.year();
	private final Parameter organization = Support.optionalOrganization();
	private final Parameter asOf = Support.asOf();

	@Override
	public List<Parameter> parameters() {
		return List.of(year, organization, asOf);
	}

	@Override
	public ReportResult run(WorkspaceView ws, Arguments arguments) throws ReportException {
		int y = arguments.year(year);
		Optional<Organization> scope = Support.organization(ws, arguments.optionalId(organization));
		LocalDate day = Support.asOf(arguments, asOf);
		OrganizationTree full = ws.organizations();
		OrganizationTree tree = Support.tree(full, scope);
		Optional<FrequencyRules> stored = ws.get(FrequencyRules.class, FrequencyRules.KEY);
		FrequencyRules rules = stored.orElseGet(FrequencyRules::defaults);
		// every rule period lies inside one calendar year, so the year's meetings are all a cell can count
		List<Meeting> meetings = Support.owned(ws, Meeting.class, Meeting::organization, scope).stream()
				.filter(m -> m.date().getYear() == y).toList();
		List<ComplianceCell> cells = Compliance.evaluate(tree, rules, meetings, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), day);

		// cells come in tree order, then rule order, then period: group them keeping that order
		Map<Key, List<ComplianceCell>> groups = new LinkedHashMap<>();
		for (ComplianceCell c : cells) {
			groups.computeIfAbsent(new Key(c.organization(), c.rule()), k -> new ArrayList<>()).add(c);
		}
		Map<CellStatus, Integer> totals = new EnumMap<>(CellStatus.class);
		for (CellStatus s : CellStatus.values()) {
			totals.put(s, 0);
		}
		List<List<Object>> rows = new ArrayList<>(groups.size());
		Map<CellStatus, Integer> rowsBy = new EnumMap<>(CellStatus.class);
		for (Map.Entry<Key, List<ComplianceCell>> g : groups.entrySet()) {
			Map<CellStatus, Integer> counts = new EnumMap<>(CellStatus.class);
			for (CellStatus s : CellStatus.values()) {
				counts.put(s, 0);
			}
			int required = 0, held = 0;
			List<String> missed = new ArrayList<>();
			for (ComplianceCell c : g.getValue()) {
				counts.merge(c.status(), 1, Integer::sum);
				totals.merge(c.status(), 1, Integer::sum);
				required += c.required();
				held += c.held();
				if (c.status() == CellStatus.MISSED) {
					missed.add(c.periodLabel());
				}
			}
			CellStatus overall = overall(counts);
			rowsBy.merge(overall, 1, Integer::sum);
			FrequencyRule r = g.getKey().rule();
			List<Object> row = new ArrayList<>(10);
			row.add(full.get(g.getKey().organization()).map(Organization::name).orElse(""));
			row.add(Nls.bind(org.dangxiao.compliance.Messages.Register_RULE_TEXT, r.meeting().label(), r.period().label(), r.minimumCount()));
			row.add(required);
			row.add(held);
			row.add(counts.get(CellStatus.MET));
			row.add(counts.get(CellStatus.MISSED));
			row.add(counts.get(CellStatus.DUE));
			row.add(counts.get(CellStatus.UPCOMING));
			row.add(overall.label());
			row.add(missed.isEmpty() ? null : String.join(Messages.Common_LIST_SEPARATOR, missed));
			rows.add(row);
		}

		String periods = Messages.Compliance_PERIODS;
		List<Column> columns = List.of(Column.of(org.dangxiao.compliance.Messages.Register_ORGANIZATION, Column.Type.TEXT),
				Column.of(org.dangxiao.compliance.Messages.Register_RULE, Column.Type.TEXT),
				Column.grouped(Messages.Compliance_MEETINGS, org.dangxiao.compliance.Messages.Register_REQUIRED, Column.Type.INTEGER),
				Column.grouped(Messages.Compliance_MEETINGS, org.dangxiao.compliance.Messages.Register_HELD, Column.Type.INTEGER),
				Column.grouped(periods, CellStatus.MET.label(), Column.Type.INTEGER),
				Column.grouped(periods, CellStatus.MISSED.label(), Column.Type.INTEGER),
				Column.grouped(periods, CellStatus.DUE.label(), Column.Type.INTEGER),
				Column.grouped(periods, CellStatus.UPCOMING.label(), Column.Type.INTEGER),
				Column.of(org.dangxiao.compliance.Messages.Register_STATUS, Column.Type.TEXT),
				Column.of(Messages.Compliance_MISSED_PERIODS, Column.Type.TEXT));
		List<String> notes = new ArrayList<>();
		notes.add(Nls.bind(Messages.Note_SCOPE, Support.scopeLabel(full, scope)));
		notes.add(stored.isPresent() ? Messages.Compliance_NOTE_RULES : Messages.Compliance_NOTE_DEFAULT_RULES);
		notes.add(Nls.bind(Messages.Compliance_NOTE_ROWS, rows.size(), rowsBy.getOrDefault(CellStatus.MET, 0),
				rowsBy.getOrDefault(CellStatus.MISSED, 0), rowsBy.getOrDefault(CellStatus.DUE, 0), rowsBy.getOrDefault(CellStatus.UPCOMING, 0)));
		notes.add(Nls.bind(Messages.Compliance_NOTE_PERIODS, cells.size(), totals.get(CellStatus.MET), totals.get(CellStatus.MISSED),
				totals.get(CellStatus.DUE), totals.get(CellStatus.UPCOMING)));
		notes.add(Nls.bind(Messages.Note_AS_OF, day.toString()));
		notes.add(Support.madeOn());
		return new ReportResult(Nls.bind(Messages.Compliance_TITLE, y), notes, columns, rows, Optional.empty());
	}

	/** The worst status of a rule's periods: one missed period is a missed year. */
	static CellStatus overall(Map<CellStatus, Integer> counts) {
		for (CellStatus s : List.of(CellStatus.MISSED, CellStatus.DUE, CellStatus.UPCOMING)) {
			if (counts.get(s) > 0) {
				return s;
			}
		}
		return CellStatus.MET;
	}

	private record Key(OrgId organization, FrequencyRule rule) {
	}
}
