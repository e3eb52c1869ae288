package org.dangxiao.studyplan.ui.parts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.dangxiao.compliance.CellStatus;
import org.dangxiao.compliance.Compliance;
import org.dangxiao.compliance.ComplianceRule;
import org.dangxiao.compliance.ComplianceRules;
import org.dangxiao.compliance.ComplianceCell;
import org.dangxiao.model.OrgId;
import org.dangxiao.model.Organization;
import org.dangxiao.model.OrganizationTree;
import org.dangxiao.model.Workspace;
import org.dangxiao.model.WorkspaceEvent;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.model.rules.FrequencyRule;
import org.dangxiao.model.rules.FrequencyRules;
import org.dangxiao.model.study.Meeting;
import org.dangxiao.model.study.MeetingId;
import org.dangxiao.ui.Async;
import org.dangxiao.studyplan.ui.Messages;
import org.dangxiao.studyplan.ui.Scope;
import org.dangxiao.studyplan.ui.Ui;
import org.dangxiao.studyplan.ui.VirtualTable;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;

/**
 * 合规检查: every meeting-frequency rule of every organization of the selected subtree, period by
 * period, for a year, a quarter or a month, with its status as of today. Evaluated off the UI
 * thread: a province of 20,000 organizations yields close to a million cells, which the virtual
 * table shows without building them all. Double-click (or Enter) lists the meetings a cell counted.
 */
final class ComplianceTab extends StudyTab {
	/** The status filter's choices after 全部状态: the ones to act on first. */
	private static final List<CellStatus> FILTERS = List.of(CellStatus.MISSED, CellStatus.DUE, CellStatus.UPCOMING, CellStatus.MET);

	private record Data(OrganizationTree tree, List<ComplianceCell> cells, Map<MeetingId, Meeting> meetingsById,
			Map<CellStatus, Integer> counts, Map<OrgId, Integer> treeOrder, String scopeLabel, String periodLabel, boolean defaultRules,
			List<String> otherRules) {
	}

	private final Spinner year;
	private final Combo period;
	private final Combo filter;
	private final Button export;
	private final Label summary;
	/** One line per rule contributed through org.dangxiao.compliance.rules (the built-in one included). */
	private final Label otherRules;
	private final VirtualTable<ComplianceCell> table;
	private final Async<Data> job;
	private Optional<Data> data = Optional.empty();

	ComplianceTab(CTabFolder folder, Workspace workspace) {
		super(folder, workspace, Messages.Compliance_TAB, "study.compliance");
		Composite top = new Composite(pane, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(7).spacing(6, 4).applyTo(top);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(top);
		new Label(top, SWT.NONE).setText(Messages.Compliance_YEAR);
		year = Ui.testId(new Spinner(top, SWT.BORDER), "study.compliance.year");
		year.setValues(LocalDate.now().getYear(), 2000, 2100, 0, 1, 5);
		period = Ui.testId(new Combo(top, SWT.DROP_DOWN | SWT.READ_ONLY), "study.compliance.period");
		List<String> periods = new ArrayList<>();
		periods.add(Messages.Compliance_WHOLE_YEAR);
		for (int q = 1; q <= 4; q++) {
			periods.add(Nls.bind(Messages.Compliance_QUARTER, q));
		}
		for (int m = 1; m <= 12; m++) {
			periods.add(Nls.bind(Messages.Compliance_MONTH, m));
		}
		period.setItems(periods.toArray(String[]::new));
		period.setVisibleItemCount(periods.size());
		period.select(0);
		period.setToolTipText(Messages.Compliance_PERIOD_TOOLTIP);
		new Label(top, SWT.NONE).setText(Messages.Compliance_FILTER);
		filter = Ui.testId(new Combo(top, SWT.DROP_DOWN | SWT.READ_ONLY), "study.compliance.filter");
		List<String> filters = new ArrayList<>();
		filters.add(Messages.Compliance_ALL_STATUSES);
		FILTERS.forEach(s -> filters.add(s.label()));
		filter.setItems(filters.toArray(String[]::new));
		filter.select(0);
		Label spacer = new Label(top, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(spacer);
		export = Ui.button(top, Messages.Compliance_EXPORT, "study.compliance.export", this::export);
		export.setToolTipText(Messages.Compliance_EXPORT_TOOLTIP);

		summary = Ui.line(pane, "study.compliance.summary", 1);
		otherRules = Ui.line(pane, "study.compliance.rules", 1);
		table = new VirtualTable<ComplianceCell>(pane, SWT.SINGLE, "study.compliance.table")
				.column(Messages.Col_ORGANIZATION, 220, SWT.LEFT, c -> data.map(d -> Ui.organization(d.tree(), c.organization())).orElse(""),
						Comparator.comparingInt(c -> data.map(d -> d.treeOrder().getOrDefault(c.organization(), Integer.MAX_VALUE)).orElse(0)))
				.column(Messages.Col_RULE, 170, SWT.LEFT, ComplianceTab::rule,
						Comparator.comparing((ComplianceCell c) -> c.rule().meeting()).thenComparing(c -> c.rule().period()))
				.column(Messages.Col_PERIOD, 130, SWT.LEFT, ComplianceCell::periodLabel,
						Comparator.comparing(ComplianceCell::periodStart).thenComparing(ComplianceCell::periodEnd))
				.column(Messages.Col_REQUIRED, 60, SWT.RIGHT, c -> Integer.toString(c.required()), Comparator.comparingInt(ComplianceCell::required))
				.column(Messages.Col_HELD, 60, SWT.RIGHT, c -> Integer.toString(c.held()), Comparator.comparingInt(ComplianceCell::held))
				.column(Messages.Col_STATUS, 80, SWT.LEFT, c -> c.status().label(), Comparator.comparing(ComplianceCell::status),
						c -> Optional.of(color(c.status())))
				.onOpen(this::drillDown);
		GridDataFactory.fillDefaults().grab(true, true).hint(600, 200).applyTo(table.table());
		Label hint = Ui.line(pane, "study.compliance.hint", 1);
		hint.setText(Messages.Compliance_HINT);
		table.onSelect(this::updateButtons);
		Ui.contextMenu(table.table(), List.of(new Ui.Action(Messages.Compliance_DRILL_DOWN,
				() -> table.first().ifPresent(this::drillDown), () -> table.first().isPresent())));

		job = new Async<>(table.table());
		year.addListener(SWT.Modify, e -> reload());
		period.addListener(SWT.Selection, e -> reload());
		filter.addListener(SWT.Selection, e -> show());
		updateButtons();
	}

	static Color color(CellStatus s) {
		return switch (s) {
		case MET -> Ui.GREEN;
		case MISSED -> Ui.RED;
		case DUE -> Ui.ORANGE;
		case UPCOMING -> Ui.GREY;
		};
	}

	/** 支委会（每月）: the meeting and the period word; the count is in 应开. */
	private static String rule(ComplianceCell c) {
		FrequencyRule r = c.rule();
		return Nls.bind(Messages.Compliance_RULE, r.meeting().label(), r.period().label());
	}

	@Override
	boolean affectedBy(WorkspaceEvent event) {
		// follow-ups: the built-in contributed rule judges them
		return event.affects(Meeting.class) || event.affects(FrequencyRules.class) || event.affects(org.dangxiao.model.study.FollowUpAction.class);
	}

	/** The first and last day asked for: the year, one of its quarters or one of its months. */
	private LocalDate[] range() {
		int y = year.getSelection();
		int p = Math.max(0, period.getSelectionIndex());
		if (p == 0) {
			return new LocalDate[] { LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31) };
		}
		if (p <= 4) {
			LocalDate start = LocalDate.of(y, (p - 1) * 3 + 1, 1);
			return new LocalDate[] { start, start.plusMonths(3).minusDays(1) };
		}
		LocalDate start = LocalDate.of(y, p - 4, 1);
		return new LocalDate[] { start, start.plusMonths(1).minusDays(1) };
	}

	@Override
	void reload() {
		Scope s = scope;
		LocalDate[] range = range();
		String periodLabel = period.getSelectionIndex() <= 0 ? Nls.bind(Messages.Compliance_YEAR_LABEL, year.getSelection())
				: Nls.bind(Messages.Compliance_PERIOD_LABEL, year.getSelection(), period.getText());
		LocalDate today = LocalDate.now();
		Ui.setText(summary, Messages.Common_COMPUTING);
		export.setEnabled(false);
		job.run(() -> {
			OrganizationTree tree = s.tree(workspace.organizations());
			Optional<FrequencyRules> stored = workspace.get(FrequencyRules.class, FrequencyRules.KEY);
			// every rule period lies inside one calendar year, so the year's meetings are all a cell can count
			int y = range[0].getYear();
			List<Meeting> meetings = s.meetings(workspace).stream().filter(m -> m.date().getYear() == y).toList();
			List<ComplianceCell> cells = Compliance.evaluate(tree, stored.orElseGet(FrequencyRules::defaults), meetings, range[0], range[1],
					today);
			Map<MeetingId, Meeting> byId = new HashMap<>(meetings.size() * 2);
			meetings.forEach(m -> byId.put(m.id(), m));
			Map<CellStatus, Integer> counts = new EnumMap<>(CellStatus.class);
			for (CellStatus st : CellStatus.values()) {
				counts.put(st, 0);
			}
			cells.forEach(c -> counts.merge(c.status(), 1, Integer::sum));
			Map<OrgId, Integer> order = new HashMap<>(tree.size() * 2);
			List<Organization> inOrder = s.organizations(tree);
			for (int i = 0; i < inOrder.size(); i++) {
				order.put(inOrder.get(i).id(), i);
			}
			return new Data(tree, cells, byId, counts, order, s.label(tree), periodLabel, stored.isEmpty(), otherRules(s, y, today));
		}, d -> {
			data = Optional.of(d);
			show();
		}, e -> Ui.setText(summary, Ui.failure(e)));
	}

	/** The contributed rules judged for the year and scope: their counts per status, or why one failed. */
	private List<String> otherRules(Scope s, int y, LocalDate today) {
		ComplianceRule.Context context = new ComplianceRule.Context(workspace, y, s.root(), today);
		List<String> lines = new ArrayList<>();
		for (ComplianceRules.Contributed rule : ComplianceRules.all()) {
			lines.add(switch (ComplianceRules.check(rule, context)) {
			case ComplianceRules.Outcome.Checked checked -> {
				Map<CellStatus, Long> n = new EnumMap<>(CellStatus.class);
				checked.findings().forEach(f -> n.merge(f.status(), 1L, Long::sum));
				yield Nls.bind(Messages.Compliance_OTHER_RULE, rule.name(), n.getOrDefault(CellStatus.MET, 0L),
						n.getOrDefault(CellStatus.MISSED, 0L), n.getOrDefault(CellStatus.DUE, 0L), n.getOrDefault(CellStatus.UPCOMING, 0L));
			}
			case ComplianceRules.Outcome.Failed failed -> failed.message();
			});
		}
		return lines;
	}

	/** The cells of the status chosen, and the counts of all of them. */
	private void show() {
		if (data.isEmpty()) {
			return;
		}
		Data d = data.get();
		int f = filter.getSelectionIndex();
		List<ComplianceCell> rows = f <= 0 ? d.cells() : d.cells().stream().filter(c -> c.status() == FILTERS.get(f - 1)).toList();
		table.setRows(rows, c -> List.of(c.organization(), c.rule(), c.periodStart()));
		String text;
		if (d.cells().isEmpty()) {
			text = Nls.bind(Messages.Compliance_NO_CELLS, d.scopeLabel(), d.periodLabel());
		} else {
			text = Nls.bind(Messages.Compliance_SUMMARY, d.scopeLabel(), d.periodLabel(), d.counts().get(CellStatus.MET),
					d.counts().get(CellStatus.MISSED), d.counts().get(CellStatus.DUE), d.counts().get(CellStatus.UPCOMING));
			if (f > 0) {
				text += Nls.bind(Messages.Compliance_SHOWING, rows.size(), FILTERS.get(f - 1).label());
			}
		}
		if (d.defaultRules()) {
			text += Messages.Compliance_DEFAULT_RULES;
		}
		Ui.setText(summary, text);
		Ui.setText(otherRules, String.join("\n", d.otherRules()));
		updateButtons();
	}

	private void updateButtons() {
		export.setEnabled(table.size() > 0);
	}

	/** The meetings a cell counted, by date, with their 第一议题. */
	private void drillDown(ComplianceCell c) {
		if (data.isEmpty()) {
			return;
		}
		Data d = data.get();
		StringBuilder b = new StringBuilder();
		b.append(Nls.bind(Messages.Drill_HEADING, Ui.organization(d.tree(), c.organization()), rule(c), c.periodLabel())).append('\n');
		b.append(Nls.bind(Messages.Drill_COUNTS, c.required(), c.held(), c.status().label()));
		if (c.meetings().isEmpty()) {
			b.append("\n\n").append(Nls.bind(Messages.Drill_NONE, c.rule().meeting().label()));
		} else {
			b.append("\n\n").append(c.meetings().stream().map(id -> Optional.ofNullable(d.meetingsById().get(id))
					.map(m -> m.firstTopic().map(a -> Nls.bind(Messages.Drill_MEETING_TOPIC, Ui.date(m.date()), m.type().label(), a.title()))
							.orElse(Nls.bind(Messages.Drill_MEETING, Ui.date(m.date()), m.type().label())))
					.orElse(Nls.bind(Messages.Drill_MEETING_GONE, id.value()))).collect(Collectors.joining("\n")));
		}
		MessageDialog.openInformation(shell(), Messages.Drill_TITLE, b.toString());
	}

	private void export() {
		if (data.isEmpty()) {
			return;
		}
		Data d = data.get();
		List<ComplianceCell> rows = List.copyOf(table.rows());
		String name = Nls.bind(Messages.Compliance_EXPORT_TITLE, d.scopeLabel(), d.periodLabel());
		Ui.exportXlsx(shell(), name, name, monitor -> Compliance.registerRows(d.tree(), rows, d.meetingsById()));
	}

	@Override
	void focus() {
		table.table().setFocus();
	}
}
