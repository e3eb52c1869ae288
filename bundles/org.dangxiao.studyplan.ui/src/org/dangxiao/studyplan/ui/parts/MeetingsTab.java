package org.dangxiao.studyplan.ui.parts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.dangxiao.model.Organization;
import org.dangxiao.model.OrganizationTree;
import org.dangxiao.model.Person;
import org.dangxiao.model.PersonId;
import org.dangxiao.model.Workspace;
import org.dangxiao.model.WorkspaceEvent;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.model.study.AgendaItem;
import org.dangxiao.model.study.Attendee;
import org.dangxiao.model.study.FollowUpAction;
import org.dangxiao.model.study.MaterialId;
import org.dangxiao.model.study.Meeting;
import org.dangxiao.model.study.MeetingId;
import org.dangxiao.model.study.MeetingType;
import org.dangxiao.model.study.StudyMaterial;
import org.dangxiao.ui.Async;
import org.dangxiao.studyplan.ui.Messages;
import org.dangxiao.studyplan.ui.Scope;
import org.dangxiao.studyplan.ui.StudyEdits;
import org.dangxiao.studyplan.ui.Ui;
import org.dangxiao.studyplan.ui.VirtualTable;
import org.dangxiao.studyplan.ui.dialogs.FollowUpDialog;
import org.dangxiao.studyplan.ui.dialogs.MeetingDialog;
import org.dangxiao.ui.Edits;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * 会议记录: the meetings of the organization selected in the tree (with those below it when
 * asked) or of all, newest first, and the agenda, minutes and 贯彻落实措施 of the one selected,
 * to which a new action can be added.
 */
final class MeetingsTab extends StudyTab {
	private static final MeetingType[] TYPES = MeetingType.values();

	private record Data(OrganizationTree tree, List<Meeting> meetings, Map<PersonId, String> names,
			Map<MaterialId, StudyMaterial> materials, String scopeLabel) {
	}

	private final Supplier<Optional<Organization>> selected;
	private final Label title;
	private final Button subtree;
	private final Combo typeFilter;
	private final VirtualTable<Meeting> table;
	private final Text detail;
	private final Button edit;
	private final Button delete;
	private final Button newFollowUp;
	private final Button export;
	private final Async<Data> job;
	private Optional<Data> data = Optional.empty();
	/** A meeting just recorded, selected once the list that holds it arrives. */
	private Optional<MeetingId> toSelect = Optional.empty();

	/** @param selected the organization selected in the shell's tree, as a new meeting's default */
	MeetingsTab(CTabFolder folder, Workspace workspace, Supplier<Optional<Organization>> selected) {
		super(folder, workspace, Messages.Meetings_TAB, "study.meetings");
		this.selected = selected;
		Composite top = new Composite(pane, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).spacing(8, 4).applyTo(top);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(top);
		title = Ui.line(top, "study.meetings.title", 1);
		subtree = Ui.testId(new Button(top, SWT.CHECK), "study.meetings.subtree");
		subtree.setText(Messages.Meetings_SUBTREE);
		subtree.addListener(SWT.Selection, e -> reload());
		new Label(top, SWT.NONE).setText(Messages.Meetings_TYPE);
		typeFilter = Ui.testId(new Combo(top, SWT.DROP_DOWN | SWT.READ_ONLY), "study.meetings.type");
		List<String> types = new ArrayList<>();
		types.add(Messages.Meetings_ALL_TYPES);
		Arrays.stream(TYPES).map(MeetingType::label).forEach(types::add);
		typeFilter.setItems(types.toArray(String[]::new));
		typeFilter.setVisibleItemCount(types.size());
		typeFilter.select(0);
		typeFilter.addListener(SWT.Selection, e -> show());

		SashForm sash = new SashForm(pane, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		table = new VirtualTable<Meeting>(sash, SWT.SINGLE, "study.meetingsTable")
				.column(Messages.Col_DATE, 100, SWT.LEFT, m -> Ui.date(m.date()), Comparator.comparing(Meeting::date))
				.column(Messages.Col_MEETING_TYPE, 130, SWT.LEFT, m -> m.type().label(), Comparator.comparing(Meeting::type))
				.column(Messages.Col_ORGANIZATION, 180, SWT.LEFT, m -> data.map(d -> Ui.organization(d.tree(), m.organization())).orElse(""))
				.column(Messages.Col_FIRST_TOPIC, 280, SWT.LEFT, m -> m.firstTopic().map(AgendaItem::title).orElse(""))
				.column(Messages.Col_AGENDA, 60, SWT.RIGHT, m -> Integer.toString(m.agenda().size()),
						Comparator.comparingInt((Meeting m) -> m.agenda().size()))
				.column(Messages.Col_PRESENT, 70, SWT.RIGHT, MeetingsTab::presence,
						Comparator.comparingInt((Meeting m) -> m.present().size()))
				.column(Messages.Col_PRESIDER, 90, SWT.LEFT, m -> m.presider().map(this::name).orElse(""))
				.onSelect(this::selectionChanged).onOpen(m -> editMeeting());
		detail = Ui.testId(new Text(sash, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL), "study.meetingDetail");
		sash.setWeights(62, 38);
		onDelete(table, this::deleteMeeting);

		Composite buttons = new Composite(pane, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(5).applyTo(buttons);
		Ui.button(buttons, Messages.Meetings_RECORD, "study.recordMeeting", this::recordMeeting).setToolTipText(Messages.Meetings_RECORD_TOOLTIP);
		edit = Ui.button(buttons, Messages.Meetings_EDIT, "study.editMeeting", this::editMeeting);
		delete = Ui.button(buttons, Messages.Meetings_DELETE, "study.deleteMeeting", this::deleteMeeting);
		newFollowUp = Ui.button(buttons, Messages.Meetings_NEW_FOLLOW_UP, "study.newFollowUp", this::newFollowUp);
		newFollowUp.setToolTipText(Messages.Meetings_NEW_FOLLOW_UP_TOOLTIP);
		export = Ui.button(buttons, Messages.Meetings_EXPORT, "study.meetings.export", this::export);
		Ui.contextMenu(table.table(), List.of(new Ui.Action(Messages.Meetings_RECORD, this::recordMeeting, () -> true),
				new Ui.Action(Messages.Meetings_EDIT, this::editMeeting, () -> table.first().isPresent()),
				new Ui.Action(Messages.Meetings_DELETE, this::deleteMeeting, () -> table.first().isPresent()),
				new Ui.Action(Messages.Meetings_NEW_FOLLOW_UP, this::newFollowUp, () -> table.first().isPresent())));
		job = new Async<>(table.table());
		updateButtons();
	}

	private static void onDelete(VirtualTable<Meeting> t, Runnable action) {
		t.table().addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.DEL && e.stateMask == 0) {
				action.run();
				e.doit = false;
			}
		});
	}

	@Override
	boolean affectedBy(WorkspaceEvent event) {
		// the detail lists the selected meeting's 落实措施, so adding one shows there at once
		return event.affects(Meeting.class) || event.affects(StudyMaterial.class) || event.affects(Person.class)
				|| event.affects(FollowUpAction.class);
	}

	@Override
	void reload() {
		Scope s = scope;
		boolean below = subtree.getSelection();
		subtree.setEnabled(!s.isAll());
		Ui.setText(title, Messages.Common_COMPUTING);
		job.run(() -> {
			OrganizationTree tree = workspace.organizations();
			List<Meeting> meetings = s.root().filter(id -> !below).map(id -> workspace.list(Meeting.class, id))
					.orElseGet(() -> s.meetings(workspace));
			List<Meeting> sorted = meetings.stream()
					.sorted(Comparator.comparing(Meeting::date).thenComparing(Meeting::id).reversed()).toList();
			List<PersonId> presiders = sorted.stream().map(Meeting::presider).flatMap(Optional::stream).distinct().toList();
			Map<PersonId, String> names = new HashMap<>();
			workspace.people(presiders).forEach(p -> names.put(p.id(), p.name()));
			Map<MaterialId, StudyMaterial> materials = new HashMap<>();
			workspace.list(StudyMaterial.class).forEach(m -> materials.put(m.id(), m));
			String label = s.root().filter(id -> !below).map(id -> Ui.organization(tree, id)).orElseGet(() -> s.label(tree));
			return new Data(tree, sorted, names, materials, label);
		}, d -> {
			data = Optional.of(d);
			show();
			toSelect.ifPresent(id -> {
				table.select(Meeting::id, id);
				selectionChanged();
				table.table().setFocus();
			});
			toSelect = Optional.empty();
		}, e -> Ui.setText(title, Ui.failure(e)));
	}

	/** The meetings of the type chosen, keeping the selection. */
	private void show() {
		if (data.isEmpty()) {
			return;
		}
		int t = typeFilter.getSelectionIndex();
		List<Meeting> rows = t <= 0 ? data.get().meetings()
				: data.get().meetings().stream().filter(m -> m.type() == TYPES[t - 1]).toList();
		table.setRows(rows, Meeting::id);
		String scopeLabel = data.get().scopeLabel();
		Ui.setText(title, data.get().meetings().isEmpty() ? Nls.bind(Messages.Meetings_EMPTY, scopeLabel)
				: t <= 0 ? Nls.bind(Messages.Meetings_COUNT, scopeLabel, rows.size())
						: Nls.bind(Messages.Meetings_COUNT_OF_TYPE, scopeLabel, rows.size(), TYPES[t - 1].label()));
		selectionChanged();
	}

	private String name(PersonId id) {
		return data.map(d -> d.names().get(id)).orElse("");
	}

	/** 12/14: present of those listed; empty when attendance was not recorded. */
	private static String presence(Meeting m) {
		return m.attendees().isEmpty() ? "" : m.present().size() + "/" + m.attendees().size();
	}

	private void selectionChanged() {
		detail.setText(table.first().map(this::describe).orElse(""));
		updateButtons();
	}

	/** The meeting as the minutes book reads: heading, presider, attendance, agenda with materials, minutes. */
	private String describe(Meeting m) {
		Data d = data.orElseThrow();
		StringBuilder b = new StringBuilder();
		b.append(Nls.bind(Messages.Detail_HEADING, Ui.date(m.date()), m.type().label(), Ui.organization(d.tree(), m.organization())));
		m.presider().ifPresent(p -> b.append('\n').append(Nls.bind(Messages.Detail_PRESIDER, name(p))));
		if (m.attendees().isEmpty()) {
			b.append('\n').append(Messages.Detail_NO_ATTENDANCE);
		} else {
			int present = m.present().size();
			b.append('\n').append(Nls.bind(Messages.Detail_ATTENDANCE, present, m.attendees().size() - present));
			String leave = m.attendees().stream().filter(a -> a.presence() instanceof Attendee.OnLeave)
					.map(a -> Nls.bind(Messages.Detail_LEAVE, Optional.ofNullable(d.names().get(a.person())).orElseGet(() -> personName(a.person())),
							((Attendee.OnLeave) a.presence()).reason()))
					.collect(Collectors.joining(Messages.Common_LIST_SEPARATOR));
			if (!leave.isEmpty()) {
				b.append('\n').append(Nls.bind(Messages.Detail_ON_LEAVE, leave));
			}
		}
		if (!m.agenda().isEmpty()) {
			b.append('\n').append(Messages.Detail_AGENDA);
			for (AgendaItem a : m.agenda()) {
				String heading = a.firstTopic() ? Nls.bind(Messages.Detail_FIRST_TOPIC_ITEM, a.order(), a.title(),
						a.form().map(f -> f.label()).orElse("")) : Nls.bind(Messages.Detail_ITEM, a.order(), a.title());
				b.append('\n').append(heading);
				for (MaterialId id : a.materials()) {
					StudyMaterial mat = d.materials().get(id);
					b.append('\n').append(mat == null ? Nls.bind(Messages.Detail_MATERIAL_GONE, id.value())
							: Nls.bind(Messages.Detail_MATERIAL, mat.title(), mat.kind().label(), Ui.date(mat.date())));
				}
			}
		}
		b.append("\n\n").append(m.minutes().isEmpty() ? Messages.Detail_NO_MINUTES : Nls.bind(Messages.Detail_MINUTES, m.minutes()));
		// a meeting's actions are few and read through its own index, so reading them per selection is cheap
		List<FollowUpAction> actions = workspace.list(FollowUpAction.class, m.id());
		if (!actions.isEmpty()) {
			LocalDate today = LocalDate.now();
			Map<PersonId, String> owners = new HashMap<>();
			workspace.people(actions.stream().map(FollowUpAction::owner).toList()).forEach(p -> owners.put(p.id(), p.name()));
			b.append("\n\n").append(Messages.Detail_FOLLOW_UPS);
			for (FollowUpAction a : actions) {
				b.append('\n').append(Nls.bind(Messages.Detail_FOLLOW_UP, a.description(),
						owners.getOrDefault(a.owner(), Nls.bind(Messages.Common_UNKNOWN_PERSON, a.owner().value())), Ui.date(a.due()),
						a.statusOn(today).label()));
			}
		}
		return b.toString();
	}

	private String personName(PersonId id) {
		return workspace.person(id).map(Person::name).orElse(Nls.bind(Messages.Common_UNKNOWN_PERSON, id.value()));
	}

	private void updateButtons() {
		boolean one = table.first().isPresent();
		edit.setEnabled(one);
		delete.setEnabled(one);
		newFollowUp.setEnabled(one);
		export.setEnabled(table.size() > 0);
	}

	private void recordMeeting() {
		MeetingDialog dialog = new MeetingDialog(shell(), workspace, selected.get(), Optional.empty());
		if (dialog.open() == MeetingDialog.OK) {
			toSelect = dialog.created();
		}
	}

	private void editMeeting() {
		table.first().ifPresent(m -> new MeetingDialog(shell(), workspace, selected.get(), Optional.of(m)).open());
	}

	/** A 贯彻落实措施 decided at the selected meeting; the detail below shows it once saved. */
	private void newFollowUp() {
		table.first().ifPresent(m -> FollowUpDialog.create(shell(), workspace, m).open());
	}

	private void deleteMeeting() {
		Optional<Meeting> chosen = table.first();
		if (chosen.isEmpty() || data.isEmpty()) {
			return;
		}
		Meeting m = chosen.get();
		String org = Ui.organization(data.get().tree(), m.organization());
		int actions = workspace.list(FollowUpAction.class, m.id()).size();
		if (actions > 0) {
			MessageDialog.openInformation(shell(), Messages.Meetings_DELETE_TITLE, Nls.bind(Messages.Meetings_DELETE_HAS_FOLLOW_UPS, actions));
			return;
		}
		if (MessageDialog.openConfirm(shell(), Messages.Meetings_DELETE_TITLE,
				Nls.bind(Messages.Meetings_DELETE_CONFIRM, org, Ui.date(m.date()), m.type().label()))) {
			Edits.run(shell(), workspace, StudyEdits.removeMeeting(m, org));
		}
	}

	private void export() {
		if (data.isEmpty()) {
			return;
		}
		Data d = data.get();
		List<Meeting> rows = List.copyOf(table.rows());
		String name = Nls.bind(Messages.Meetings_EXPORT_TITLE, d.scopeLabel());
		Ui.exportXlsx(shell(), name, name, monitor -> {
			List<List<Object>> out = new ArrayList<>(rows.size() + 1);
			out.add(List.of(Messages.Col_DATE, Messages.Col_MEETING_TYPE, Messages.Col_ORGANIZATION, Messages.Col_FIRST_TOPIC,
					Messages.Col_FORM, Messages.Col_MATERIALS, Messages.Col_OTHER_ITEMS, Messages.Col_PRESIDER, Messages.Col_PRESENT_COUNT,
					Messages.Col_LEAVE_COUNT, Messages.Col_MINUTES));
			for (Meeting m : rows) {
				Optional<AgendaItem> first = m.firstTopic();
				String materials = first.map(a -> a.materials().stream().map(id -> Optional.ofNullable(d.materials().get(id))
						.map(StudyMaterial::title).orElse(Nls.bind(Messages.Detail_MATERIAL_GONE, id.value())))
						.collect(Collectors.joining(Messages.Common_LIST_SEPARATOR))).orElse("");
				String others = m.agenda().stream().filter(a -> !a.firstTopic()).map(AgendaItem::title)
						.collect(Collectors.joining(Messages.Common_LIST_SEPARATOR));
				int present = m.present().size();
				out.add(List.of(m.date(), m.type().label(), Ui.organization(d.tree(), m.organization()),
						first.map(AgendaItem::title).orElse(""), first.flatMap(AgendaItem::form).map(f -> f.label()).orElse(""), materials,
						others, m.presider().map(p -> d.names().getOrDefault(p, "")).orElse(""), present, m.attendees().size() - present,
						m.minutes()));
			}
			return out;
		});
	}

	@Override
	void focus() {
		table.table().setFocus();
	}
}
