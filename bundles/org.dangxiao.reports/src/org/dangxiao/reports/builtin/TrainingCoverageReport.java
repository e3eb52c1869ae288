package org.dangxiao.reports.builtin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dangxiao.model.OrgId;
import org.dangxiao.model.Organization;
import org.dangxiao.model.OrganizationTree;
import org.dangxiao.model.WorkspaceView;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.model.training.Coverage;
import org.dangxiao.model.training.TrainingProgram;
import org.dangxiao.reports.Arguments;
import org.dangxiao.reports.ChartSpec;
import org.dangxiao.reports.Column;
import org.dangxiao.reports.Parameter;
import org.dangxiao.reports.Report;
import org.dangxiao.reports.ReportException;
import org.dangxiao.reports.ReportResult;

/**
 * 培训覆盖率: a program's coverage for each organization one level below the chosen one (the whole
 * tree's root when none is chosen), each with everything below it, so the rows add up to the
 * 合计 row; the people placed directly in the chosen organization get a row of their own (本级).
 * Organizations with nobody to train are left out. The numbers are those of the training view's coverage (Training.coverage):
 * the target less those who left or transferred out before the deadline, trained = 结业.
 */
public final class TrainingCoverageReport implements Report {
	static final int CHART_ORGANIZATIONS = 20;
	private final Parameter program = Support.program();
	private final Parameter organization = Support.optionalOrganization();

	@Override
	public List<Parameter> parameters() {
		return List.of(program, organization);
	}

	@Override
	public ReportResult run(WorkspaceView ws, Arguments arguments) throws ReportException {
		TrainingProgram p = Support.program(ws, arguments.id(program));
		OrganizationTree tree = ws.organizations();
		Optional<Organization> chosen = Support.organization(ws, arguments.optionalId(organization));
		Optional<Organization> top = chosen.or(tree::root);
		// Training.coverage's own steps, keeping the per-organization counts it rolls up: one query
		Map<OrgId, Coverage> direct = Coverage.byOrganization(ws.coverageCells(p.id()));
		Map<OrgId, Coverage> bySubtree = Coverage.rollUp(tree, direct);

		List<List<Object>> rows = new ArrayList<>();
		Coverage total = new Coverage(0, 0);
		if (top.isPresent()) {
			Coverage own = direct.getOrDefault(top.get().id(), new Coverage(0, 0));
			if (own.target() > 0) {
				rows.add(row(Nls.bind(Messages.Coverage_OWN_LEVEL, top.get().name()), own));
			}
			total = bySubtree.getOrDefault(top.get().id(), new Coverage(0, 0));
			for (Organization child : tree.children(top.get().id())) {
				Coverage c = bySubtree.getOrDefault(child.id(), new Coverage(0, 0));
				if (c.target() > 0) {
					rows.add(row(child.name(), c));
				}
			}
		}
		int organizations = rows.size();
		rows.add(row(Messages.Common_TOTAL, total));

		List<Column> columns = List.of(Column.of(Messages.Coverage_UNIT, Column.Type.TEXT),
				Column.grouped(Messages.Coverage_PEOPLE, Messages.Coverage_TARGET, Column.Type.INTEGER),
				Column.grouped(Messages.Coverage_PEOPLE, Messages.Coverage_TRAINED, Column.Type.INTEGER),
				Column.grouped(Messages.Coverage_PEOPLE, Messages.Coverage_UNTRAINED, Column.Type.INTEGER),
				Column.of(Messages.Coverage_RATE, Column.Type.PERCENT));
		List<String> notes = List.of(
				Nls.bind(Messages.Coverage_NOTE_PROGRAM, p.name(), p.deadline().toString(), Support.hours(p.requiredHours())),
				Nls.bind(Messages.Note_SCOPE, Support.scopeLabel(tree, top.filter(t -> chosen.isPresent()))),
				Nls.bind(Messages.Coverage_NOTE_TOTAL, total.target(), total.trained(), total.target() - total.trained(),
						Support.percent(total.trained(), total.target())),
				Support.madeOn());
		Optional<ChartSpec> chart = organizations == 0 ? Optional.empty()
				: Optional.of(new ChartSpec(ChartSpec.Kind.BAR, Messages.Coverage_CHART, 0, List.of(4),
						Math.min(CHART_ORGANIZATIONS, organizations)));
		return new ReportResult(Nls.bind(Messages.Coverage_TITLE, p.name()), notes, columns, rows, chart);
	}

	private static List<Object> row(String unit, Coverage c) {
		List<Object> row = new ArrayList<>(5);
		row.add(unit);
		row.add(c.target());
		row.add(c.trained());
		row.add(c.target() - c.trained());
		row.add(Support.ratio(c.trained(), c.target()));
		return row;
	}
}
