package org.dangxiao.studyplan.ui.parts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dangxiao.compliance.FollowUps;
import org.dangxiao.model.OrganizationTree;
import org.dangxiao.model.Person;
import org.dangxiao.model.PersonId;
import org.dangxiao.model.Workspace;
import org.dangxiao.model.WorkspaceEvent;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.model.study.FollowUpAction;
import org.dangxiao.model.study.FollowUpStatus;
import org.dangxiao.model.study.Meeting;
import org.dangxiao.model.study.MeetingId;
import org.dangxiao.ui.Async;
import org.dangxiao.studyplan.ui.Messages;
import org.dangxiao.studyplan.ui.Scope;
import org.dangxiao.studyplan.ui.StudyEdits;
import org.dangxiao.studyplan.ui.Ui;
import org.dangxiao.studyplan.ui.VirtualTable;
import org.dangxiao.studyplan.ui.dialogs.FollowUpDialog;
import org.dangxiao.ui.Edits;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * 整改措施: the 贯彻落实措施 decided at the scope's meetings that are past their due day and not
 * done, the most overdue first, with who owns each; or, asked for, all of them, those still open
 * first. One can be edited or marked done from here.
 */
final class FollowUpsTab extends StudyTab {
	/** Up to this many meetings are read one by one; more, and the whole table is read once. */
	private static final int MEETINGS_READ_ONE_BY_ONE = 500;
	/** The full list: what is still open first, the earliest due first, so it reads like the overdue one. */
	private static final Comparator<FollowUpAction> OPEN_FIRST = Comparator
			.comparing((FollowUpAction a) -> a.status() == FollowUpStatus.DONE).thenComparing(FollowUpAction::due)
			.thenComparing(FollowUpAction::id);

	/**
	 * @param shown       the status on the day read, overdue included
	 * @param daysOverdue zero when not overdue
	 */
	private record Row(FollowUpAction action, Optional<Meeting> meeting, String owner, FollowUpStatus shown, long daysOverdue) {
	}

	/** @param all whether the rows are all actions or only the overdue ones */
	private record Data(OrganizationTree tree, List<Row> rows, String scopeLabel, boolean all) {
	}

	private final Label summary;
	private final Button all;
	private final VirtualTable<Row> table;
	private final Button edit;
	private final Button done;
	private final Button export;
	private final Async<Data> job;
	private Optional<Data> data = Optional.empty();

	FollowUpsTab(CTabFolder folder, Workspace workspace) {
		super(folder, workspace, Messages.FollowUps_TAB, "study.followUps");
		Composite top = new Composite(pane, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(8, 4).applyTo(top);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(top);
		summary = Ui.line(top, "study.followUps.summary", 1);
		all = Ui.testId(new Button(top, SWT.CHECK), "study.followUps.all");
		all.setText(Messages.FollowUps_ALL);
		all.setToolTipText(Messages.FollowUps_ALL_TOOLTIP);
		all.addListener(SWT.Selection, e -> reload());
		table = new VirtualTable<Row>(pane, SWT.SINGLE, "study.followUpsTable")
				.column(Messages.Col_ACTION, 300, SWT.LEFT, r -> r.action().description())
				.column(Messages.Col_OWNER, 90, SWT.LEFT, Row::owner)
				.column(Messages.Col_ORGANIZATION, 170, SWT.LEFT, this::organization)
				.column(Messages.Col_MEETING, 170, SWT.LEFT, FollowUpsTab::meeting)
				.column(Messages.Col_DUE, 100, SWT.LEFT, r -> Ui.date(r.action().due()), Comparator.comparing(r -> r.action().due()))
				.column(Messages.Col_DAYS_OVERDUE, 80, SWT.RIGHT, r -> r.daysOverdue() > 0 ? Long.toString(r.daysOverdue()) : "",
						Comparator.comparingLong(Row::daysOverdue), r -> Optional.of(Ui.RED))
				.column(Messages.Col_STATUS, 80, SWT.LEFT, r -> r.shown().label(), Comparator.comparing(Row::shown), FollowUpsTab::statusColor)
				.onSelect(this::updateButtons).onOpen(r -> editAction());
		GridDataFactory.fillDefaults().grab(true, true).hint(600, 200).applyTo(table.table());
		Composite buttons = new Composite(pane, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(buttons);
		edit = Ui.button(buttons, Messages.FollowUps_EDIT, "study.followUps.edit", this::editAction);
		edit.setToolTipText(Messages.FollowUps_EDIT_TOOLTIP);
		done = Ui.button(buttons, Messages.FollowUps_DONE, "study.followUps.done", this::markDone);
		done.setToolTipText(Messages.FollowUps_DONE_TOOLTIP);
		export = Ui.button(buttons, Messages.FollowUps_EXPORT, "study.followUps.export", this::export);
		Ui.contextMenu(table.table(), List.of(new Ui.Action(Messages.FollowUps_EDIT, this::editAction, () -> table.first().isPresent()),
				new Ui.Action(Messages.FollowUps_DONE, this::markDone, this::canMarkDone)));
		job = new Async<>(table.table());
		updateButtons();
	}

	/** Overdue in red, done in green: what needs chasing stands out in the full list. */
	private static Optional<Color> statusColor(Row r) {
		return switch (r.shown()) {
		case OVERDUE -> Optional.of(Ui.RED);
		case DONE -> Optional.of(Ui.GREEN);
		case NOT_STARTED, IN_PROGRESS -> Optional.empty();
		};
	}

	private String organization(Row r) {
		return r.meeting().flatMap(m -> data.map(d -> Ui.organization(d.tree(), m.organization()))).orElse("");
	}

	/** 2025-03-10 支委会; the meeting's id when it is gone, so the row can still be traced. */
	private static String meeting(Row r) {
		return r.meeting().map(m -> Nls.bind(Messages.FollowUps_MEETING, Ui.date(m.date()), m.type().label()))
				.orElse(Nls.bind(Messages.Detail_MEETING_GONE, r.action().meeting().value()));
	}

	@Override
	boolean affectedBy(WorkspaceEvent event) {
		return event.affects(FollowUpAction.class) || event.affects(Meeting.class) || event.affects(Person.class);
	}

	@Override
	void reload() {
		Scope s = scope;
		boolean showAll = all.getSelection();
		LocalDate today = LocalDate.now();
		Ui.setText(summary, Messages.Common_COMPUTING);
		job.run(() -> {
			OrganizationTree tree = workspace.organizations();
			List<FollowUpAction> actions = workspace.list(FollowUpAction.class);
			List<FollowUpAction> listed = showAll ? actions.stream().sorted(OPEN_FIRST).toList() : FollowUps.overdue(actions, today);
			// overdue actions are few: read their meetings, not the scope's hundreds of thousands; a long full list reads them all at once
			Map<MeetingId, Meeting> meetings = new HashMap<>();
			List<MeetingId> ids = listed.stream().map(FollowUpAction::meeting).distinct().toList();
			if (ids.size() <= MEETINGS_READ_ONE_BY_ONE) {
				ids.forEach(id -> workspace.get(Meeting.class, id).ifPresent(m -> meetings.put(id, m)));
			} else {
				workspace.list(Meeting.class).forEach(m -> meetings.put(m.id(), m));
			}
			if (!s.isAll()) {
				// a subtree's actions are those decided at its organizations' meetings
				listed = listed.stream().filter(a -> Optional.ofNullable(meetings.get(a.meeting()))
						.filter(m -> s.contains(tree, m.organization())).isPresent()).toList();
			}
			Map<PersonId, String> names = new HashMap<>();
			workspace.people(listed.stream().map(FollowUpAction::owner).distinct().toList()).forEach(p -> names.put(p.id(), p.name()));
			List<Row> rows = new ArrayList<>(listed.size());
			for (FollowUpAction a : listed) {
				rows.add(new Row(a, Optional.ofNullable(meetings.get(a.meeting())),
						names.getOrDefault(a.owner(), Nls.bind(Messages.Common_UNKNOWN_PERSON, a.owner().value())), a.statusOn(today),
						a.isOverdue(today) ? ChronoUnit.DAYS.between(a.due(), today) : 0));
			}
			return new Data(tree, rows, s.label(tree), showAll);
		}, d -> {
			data = Optional.of(d);
			table.setRows(d.rows(), r -> r.action().id());
			long late = d.rows().stream().filter(r -> r.shown() == FollowUpStatus.OVERDUE).count();
			Ui.setText(summary, d.all()
					? d.rows().isEmpty() ? Nls.bind(Messages.FollowUps_ALL_NONE, d.scopeLabel())
							: Nls.bind(Messages.FollowUps_ALL_COUNT, d.scopeLabel(), d.rows().size(), late)
					: d.rows().isEmpty() ? Nls.bind(Messages.FollowUps_NONE, d.scopeLabel())
							: Nls.bind(Messages.FollowUps_COUNT, d.scopeLabel(), d.rows().size()));
			updateButtons();
		}, e -> Ui.setText(summary, Ui.failure(e)));
	}

	private void updateButtons() {
		edit.setEnabled(table.first().isPresent());
		done.setEnabled(canMarkDone());
		export.setEnabled(table.size() > 0);
	}

	/** Something selected that is not done yet: the full list also shows those already done. */
	private boolean canMarkDone() {
		return table.first().filter(r -> r.action().status() != FollowUpStatus.DONE).isPresent();
	}

	/** Edits the selected action as listed; the list follows through the workspace's change event. */
	private void editAction() {
		table.first().ifPresent(r -> FollowUpDialog.edit(shell(), workspace, r.action()).open());
	}

	private void markDone() {
		table.first().filter(r -> r.action().status() != FollowUpStatus.DONE).ifPresent(r -> {
			if (MessageDialog.openConfirm(shell(), Messages.FollowUps_DONE_TITLE,
					Nls.bind(Messages.FollowUps_DONE_CONFIRM, r.action().description(), r.owner()))) {
				Edits.run(shell(), workspace, StudyEdits.markDone(r.action()));
			}
		});
	}

	private void export() {
		if (data.isEmpty()) {
			return;
		}
		Data d = data.get();
		List<Row> rows = List.copyOf(table.rows());
		String name = Nls.bind(d.all() ? Messages.FollowUps_EXPORT_ALL_TITLE : Messages.FollowUps_EXPORT_TITLE, d.scopeLabel());
		Ui.exportXlsx(shell(), name, name, monitor -> {
			List<List<Object>> out = new ArrayList<>(rows.size() + 1);
			out.add(List.of(Messages.Col_ACTION, Messages.Col_OWNER, Messages.Col_ORGANIZATION, Messages.Col_MEETING_TYPE,
					Messages.Col_MEETING_DATE, Messages.Col_DUE, Messages.Col_DAYS_OVERDUE, Messages.Col_STATUS, Messages.Col_EVIDENCE));
			for (Row r : rows) {
				FollowUpAction a = r.action();
				out.add(List.of(a.description(), r.owner(), r.meeting().map(m -> Ui.organization(d.tree(), m.organization())).orElse(""),
						r.meeting().map(m -> m.type().label()).orElse(""), r.meeting().<Object>map(Meeting::date).orElse(""), a.due(),
						r.daysOverdue() > 0 ? r.daysOverdue() : "", r.shown().label(), String.join(Messages.Common_LIST_SEPARATOR, a.evidence())));
			}
			return out;
		});
	}

	@Override
	void focus() {
		table.table().setFocus();
	}
}
