package org.dangxiao.studyplan.ui.parts;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.dangxiao.compliance.CenterGroupYear;
import org.dangxiao.compliance.MonthPlan;
import org.dangxiao.model.OrgId;
import org.dangxiao.model.Organization;
import org.dangxiao.model.Workspace;
import org.dangxiao.model.WorkspaceEvent;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.model.study.AgendaItem;
import org.dangxiao.model.study.Meeting;
import org.dangxiao.model.study.PlannedMeeting;
import org.dangxiao.model.study.PlannedTopic;
import org.dangxiao.model.study.StudyPlan;
import org.dangxiao.model.study.StudyPlanId;
import org.dangxiao.studyplan.ui.Messages;
import org.dangxiao.studyplan.ui.Ui;
import org.dangxiao.studyplan.ui.VirtualTable;
import org.dangxiao.studyplan.ui.dialogs.StudyPlanDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;

/**
 * 中心组: the selected organization's 理论学习中心组 year, month by month: the plan's topics, the
 * sessions scheduled and the sessions held. A month that had something planned, ended, and saw
 * no session is behind and reads in red. One organization's year is small, so it is read at once.
 */
final class CenterGroupTab extends StudyTab {
	private final Spinner year;
	private final Button editPlan;
	private final Label title;
	private final VirtualTable<MonthPlan> table;
	private Optional<Organization> organization = Optional.empty();
	private Optional<StudyPlan> plan = Optional.empty();

	CenterGroupTab(CTabFolder folder, Workspace workspace) {
		super(folder, workspace, Messages.CenterGroup_TAB, "study.centerGroup");
		Composite top = new Composite(pane, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).spacing(6, 4).applyTo(top);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(top);
		new Label(top, SWT.NONE).setText(Messages.CenterGroup_YEAR);
		year = Ui.testId(new Spinner(top, SWT.BORDER), "study.centerGroup.year");
		year.setValues(LocalDate.now().getYear(), 2000, 2100, 0, 1, 5);
		year.addListener(SWT.Modify, e -> reload());
		Label spacer = new Label(top, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(spacer);
		editPlan = Ui.button(top, Messages.CenterGroup_EDIT_PLAN, "study.centerGroup.editPlan", this::editPlan);
		editPlan.setToolTipText(Messages.CenterGroup_EDIT_PLAN_TOOLTIP);
		title = Ui.line(pane, "study.centerGroup.title", 1);
		table = new VirtualTable<MonthPlan>(pane, SWT.SINGLE, "study.centerGroup.table")
				.column(Messages.Col_MONTH, 60, SWT.LEFT, m -> Nls.bind(Messages.Compliance_MONTH, m.month().getMonthValue()),
						Comparator.comparing(MonthPlan::month))
				.column(Messages.Col_PLANNED_TOPICS, 320, SWT.LEFT,
						m -> m.planned().stream().map(PlannedTopic::topic).collect(Collectors.joining(Messages.CenterGroup_TOPIC_SEPARATOR)))
				.column(Messages.Col_SPEAKERS, 160, SWT.LEFT, m -> m.planned().stream().flatMap(t -> t.speakers().stream()).distinct()
						.collect(Collectors.joining(Messages.Plan_SPEAKER_SEPARATOR)))
				.column(Messages.Col_PLANNED_SESSIONS, 150, SWT.LEFT,
						m -> m.sessions().stream().map(p -> Ui.date(p.date())).collect(Collectors.joining(Messages.Common_LIST_SEPARATOR)),
						Comparator.comparingInt((MonthPlan m) -> m.sessions().size()))
				.column(Messages.Col_HELD_SESSIONS, 260, SWT.LEFT, CenterGroupTab::held, Comparator.comparingInt((MonthPlan m) -> m.held().size()))
				.column(Messages.Col_STATUS, 110, SWT.LEFT, CenterGroupTab::status, Comparator.comparing(CenterGroupTab::status),
						m -> m.behind() ? Optional.of(Ui.RED) : !m.held().isEmpty() ? Optional.of(Ui.GREEN) : Optional.empty())
				.foreground(m -> m.behind() ? Optional.of(Ui.RED) : Optional.empty())
				.onOpen(m -> editPlan());
		GridDataFactory.fillDefaults().grab(true, true).hint(600, 200).applyTo(table.table());
		Label note = Ui.line(pane, "study.centerGroup.note", 1);
		note.setText(Messages.CenterGroup_NOTE);
	}

	/** 2025-03-12（学习…）: the date of each session held, with its 第一议题 when it had one. */
	private static String held(MonthPlan m) {
		return m.held().stream().map(h -> h.firstTopic().map(AgendaItem::title)
				.map(t -> Nls.bind(Messages.CenterGroup_HELD_WITH_TOPIC, Ui.date(h.date()), t)).orElse(Ui.date(h.date())))
				.collect(Collectors.joining(Messages.CenterGroup_TOPIC_SEPARATOR));
	}

	private static String status(MonthPlan m) {
		if (m.behind()) {
			return Messages.CenterGroup_BEHIND;
		}
		if (!m.held().isEmpty()) {
			return Nls.bind(Messages.CenterGroup_HELD, m.held().size());
		}
		if (m.planned().isEmpty() && m.sessions().isEmpty()) {
			return "";
		}
		return Messages.CenterGroup_PENDING;
	}

	@Override
	boolean affectedBy(WorkspaceEvent event) {
		return event.affects(StudyPlan.class) || event.affects(Meeting.class) || event.affects(PlannedMeeting.class);
	}

	@Override
	void reload() {
		organization = scope.organization(workspace);
		int y = year.getSelection();
		if (organization.isEmpty()) {
			plan = Optional.empty();
			table.setRows(List.of(), m -> m.month());
			Ui.setText(title, Messages.CenterGroup_SELECT);
			editPlan.setEnabled(false);
			return;
		}
		Organization org = organization.get();
		plan = plansOf(org.id()).stream().filter(p -> p.year() == y).min(Comparator.comparing(p -> p.id().value()));
		StudyPlan shown = plan.orElseGet(() -> new StudyPlan(new StudyPlanId(0), org.id(), y, List.of()));
		List<Meeting> meetings = workspace.list(Meeting.class, org.id());
		List<MonthPlan> months = CenterGroupYear.of(shown, workspace.list(PlannedMeeting.class, org.id()), meetings, LocalDate.now());
		table.setRows(months, m -> m.month());
		int held = months.stream().mapToInt(m -> m.held().size()).sum();
		int sessions = months.stream().mapToInt(m -> m.sessions().size()).sum();
		long behind = months.stream().filter(MonthPlan::behind).count();
		Ui.setText(title, plan.isEmpty() ? Nls.bind(Messages.CenterGroup_NO_PLAN, org.name(), y, held)
				: Nls.bind(Messages.CenterGroup_SUMMARY, org.name(), y, shown.topics().size(), sessions, held, behind));
		editPlan.setEnabled(true);
	}

	/**
	 * The plans of one organization through the store's owner index; a store that has no owner
	 * mapping for plans answers with an {@link IllegalArgumentException}, and then the whole
	 * (small) table is filtered instead.
	 */
	private List<StudyPlan> plansOf(OrgId org) {
		try {
			return workspace.list(StudyPlan.class, org);
		} catch (IllegalArgumentException e) {
			return workspace.list(StudyPlan.class).stream().filter(p -> p.organization().equals(org)).toList();
		}
	}

	private void editPlan() {
		organization.ifPresent(org -> new StudyPlanDialog(shell(), workspace, org, year.getSelection(), plan).open());
	}

	@Override
	void focus() {
		table.table().setFocus();
	}
}
