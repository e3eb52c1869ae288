package org.dangxiao.studyplan.ui.dialogs;

import org.dangxiao.ui.FormDialog;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import org.dangxiao.compliance.FirstTopics;
import org.dangxiao.model.Command;
import org.dangxiao.model.Commands;
import org.dangxiao.model.OrgId;
import org.dangxiao.model.OrgType;
import org.dangxiao.model.Organization;
import org.dangxiao.model.OrganizationTree;
import org.dangxiao.model.Person;
import org.dangxiao.model.PersonId;
import org.dangxiao.model.Workspace;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.model.study.AgendaItem;
import org.dangxiao.model.study.Attendee;
import org.dangxiao.model.study.MaterialId;
import org.dangxiao.model.study.Meeting;
import org.dangxiao.model.study.MeetingId;
import org.dangxiao.model.study.MeetingType;
import org.dangxiao.model.study.StudyForm;
import org.dangxiao.model.study.StudyMaterial;
import org.dangxiao.studyplan.ui.Messages;
import org.dangxiao.studyplan.ui.StudyEdits;
import org.dangxiao.studyplan.ui.Ui;
import org.dangxiao.ui.Edits;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * 记录会议 (or edit one recorded): type, date, organization, presider, the 第一议题 with the
 * materials it studied, the other agenda items one per line, the minutes and who attended. One
 * meeting is one command. Attendance is ticked person by person among those placed in the
 * organization; someone not ticked is recorded on leave only when a reason is given, because the
 * minutes must say why, and otherwise is not recorded at all.
 */
public final class MeetingDialog extends FormDialog {
	private static final MeetingType[] TYPES = MeetingType.values();
	private static final StudyForm[] FORMS = StudyForm.values();
	/** The organization list offers the neighbourhood of the selection; any other is found by its code or name. */
	private static final int MAX_CANDIDATES = 500;
	private static final int MAX_PEOPLE = 1000;
	/** A large organization lists this many people for attendance: a check list of thousands helps nobody. */
	private static final int MAX_ATTENDEES = 500;
	/** 1. 2、 (3) 四、 — numbering people type in front of agenda items; the order is kept by the lines. */
	private static final Pattern NUMBERING = Pattern.compile("^\\s*[（(]?\\s*(\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*[、.．)）]\\s*");

	private final Workspace workspace;
	private final Optional<Organization> preferred;
	private final Optional<Meeting> seen;
	private final OrganizationTree tree;
	private final List<StudyMaterial> materials;
	private final AtomicLong created = new AtomicLong();
	/** Meetings already recorded per organization, read once, for the warning about recording one twice. */
	private final Map<OrgId, List<Meeting>> recorded = new HashMap<>();
	private final Collator collator = Ui.collator();
	private List<Organization> candidates = List.of();
	/** What the organization list shows for each candidate, computed once. */
	private List<String> names = List.of();
	private List<Optional<PersonId>> presiderChoices = List.of();
	private Optional<OrgId> peopleOf = Optional.empty();
	/**
	 * What was ticked or typed per person, so changing the organization and back does not lose it;
	 * starts as the attendance recorded. The table itself holds the marks of the people it shows.
	 */
	private final Map<PersonId, Mark> marks = new HashMap<>();
	/** True while the reason field is filled from the selection, which is not the user typing. */
	private boolean showingReason;
	private boolean saved;
	private boolean typeChosen;
	private Combo type;
	private Text date;
	private Combo organization;
	private Combo presider;
	private Text firstTopic;
	private Combo form;
	private Table materialList;
	private Text otherItems;
	private Text minutes;
	private Table attendeeList;
	private Text leaveReason;
	private Button allPresent;
	private Button nonePresent;
	private Label attendance;
	private Label attendeeHint;

	/** One person's attendance as entered: a reason matters only when not present. */
	private record Mark(boolean present, String reason) {
		static final Mark NONE = new Mark(false, "");
	}

	/**
	 * @param preferred the organization selected in the tree, offered first
	 * @param seen      the meeting to edit; empty to record a new one
	 */
	public MeetingDialog(Shell parent, Workspace workspace, Optional<Organization> preferred, Optional<Meeting> seen) {
		super(parent);
		this.workspace = workspace;
		this.seen = seen;
		this.tree = workspace.organizations();
		this.preferred = seen.flatMap(m -> tree.get(m.organization())).or(() -> preferred.flatMap(o -> tree.get(o.id())));
		this.materials = workspace.list(StudyMaterial.class).stream()
				.sorted(Comparator.comparing(StudyMaterial::date).reversed().thenComparing(StudyMaterial::id)).toList();
		seen.ifPresent(m -> m.attendees().forEach(a -> marks.put(a.person(), switch (a.presence()) {
		case Attendee.Present p -> new Mark(true, "");
		case Attendee.OnLeave l -> new Mark(false, l.reason());
		})));
	}

	@Override
	protected String title() {
		return seen.isEmpty() ? Messages.Meeting_NEW_TITLE : Messages.Meeting_EDIT_TITLE;
	}

	/** Wide enough that the warnings about long organization names fit the message area. */
	@Override
	protected Point getInitialSize() {
		Point size = super.getInitialSize();
		return new Point(Math.max(size.x, 900), size.y);
	}

	@Override
	protected String instruction() {
		return Messages.Meeting_INSTRUCTION;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite outer = form(parent);
		// the attendees go beside the form, not below it: below, the dialog outgrew a laptop's screen
		// and the minutes were squeezed to nothing
		Composite form = new Composite(outer, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(10, 7).applyTo(form);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		candidates = candidates();
		names = candidates.stream().map(this::display).toList();
		MeetingType defaultType = seen.map(Meeting::type).orElseGet(() -> defaultType(preferred.map(Organization::type)));
		typeChosen = seen.isPresent();
		type = combo(form, Messages.Meeting_TYPE, Arrays.stream(TYPES).map(MeetingType::label).toList(), defaultType.ordinal(),
				"meeting.type");
		type.addListener(SWT.Selection, e -> typeChosen = true);
		date = text(form, Messages.Meeting_DATE, Ui.date(seen.map(Meeting::date).orElse(LocalDate.now())), "meeting.date", "2025-03-10");
		date.setToolTipText(Messages.Common_DATE_TOOLTIP);

		new Label(form, SWT.NONE).setText(Messages.Meeting_ORGANIZATION);
		organization = Ui.testId(new Combo(form, SWT.DROP_DOWN), "meeting.organization");
		organization.setItems(names.toArray(String[]::new));
		organization.setVisibleItemCount(Math.min(20, Math.max(1, candidates.size())));
		organization.setToolTipText(Messages.Meeting_ORGANIZATION_TOOLTIP);
		preferred.ifPresent(o -> organization.setText(display(o)));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(organization);
		organization.addListener(SWT.Modify, e -> organizationChanged());
		organization.addListener(SWT.Selection, e -> organizationChanged());

		presider = combo(form, Messages.Meeting_PRESIDER, List.of(Messages.Meeting_NO_PRESIDER), 0, "meeting.presider");

		Optional<AgendaItem> topicItem = seen.flatMap(Meeting::firstTopic);
		firstTopic = text(form, Messages.Meeting_FIRST_TOPIC, topicItem.map(AgendaItem::title).orElse(""), "meeting.firstTopic",
				Messages.Meeting_FIRST_TOPIC_HINT);
		this.form = combo(form, Messages.Meeting_FORM, Arrays.stream(FORMS).map(StudyForm::label).toList(),
				topicItem.flatMap(AgendaItem::form).orElse(StudyForm.COLLECTIVE_STUDY).ordinal(), "meeting.firstTopicForm");
		createMaterials(form, topicItem.map(AgendaItem::materials).orElse(List.of()));

		String others = String.join("\n", seen.map(m -> m.agenda().stream().filter(a -> !a.firstTopic()).map(AgendaItem::title).toList())
				.orElse(List.of()));
		otherItems = multiLine(form, Messages.Meeting_OTHER_ITEMS, others, "meeting.otherItems", 3);
		otherItems.setToolTipText(Messages.Meeting_OTHER_ITEMS_TOOLTIP);
		minutes = multiLine(form, Messages.Meeting_MINUTES, seen.map(Meeting::minutes).orElse(""), "meeting.minutes", 4);
		createAttendees(outer);
		organizationChanged();
		return outer.getParent();
	}

	// ---- organization ----------------------------------------------------------------------

	/** The preferred organization's ancestors, itself and what is below it; the top of the tree without one. */
	private List<Organization> candidates() {
		LinkedHashMap<OrgId, Organization> out = new LinkedHashMap<>();
		if (preferred.isPresent()) {
			tree.path(preferred.get().id()).forEach(o -> out.put(o.id(), o));
			for (Organization o : tree.subtree(preferred.get().id())) {
				if (out.size() >= MAX_CANDIDATES) {
					break;
				}
				out.putIfAbsent(o.id(), o);
			}
		} else {
			tree.root().map(r -> tree.subtree(r.id())).orElse(List.of()).stream().limit(MAX_CANDIDATES)
					.forEach(o -> out.put(o.id(), o));
		}
		return List.copyOf(out.values());
	}

	/** The name, with the parent's when another candidate has the same one (many are called 第一党支部). */
	private String display(Organization o) {
		long same = candidates.stream().filter(c -> c.name().equals(o.name())).count();
		if (same <= 1) {
			return o.name();
		}
		return o.parent().flatMap(tree::get).map(p -> Nls.bind(Messages.Meeting_ORGANIZATION_IN, o.name(), p.name())).orElse(o.name());
	}

	/** The organization typed or chosen, or why none is found. */
	private sealed interface Resolved permits Found, NotFound {
	}

	private record Found(Organization organization) implements Resolved {
	}

	private record NotFound(String problem) implements Resolved {
	}

	private Resolved resolve() {
		String typed = organization.getText().strip();
		if (typed.isEmpty()) {
			return new NotFound(Messages.Meeting_NO_ORGANIZATION);
		}
		int listed = names.indexOf(typed);
		if (listed >= 0) {
			return new Found(candidates.get(listed));
		}
		List<Organization> byCode = tree.all().stream().filter(o -> o.code().equalsIgnoreCase(typed)).toList();
		if (byCode.size() == 1) {
			return new Found(byCode.get(0));
		}
		List<Organization> byName = tree.all().stream().filter(o -> o.name().equals(typed)).toList();
		if (byName.size() == 1) {
			return new Found(byName.get(0));
		}
		if (byName.size() > 1) {
			return new NotFound(Nls.bind(Messages.Meeting_ORGANIZATION_AMBIGUOUS, byName.size(), typed));
		}
		return new NotFound(Nls.bind(Messages.Meeting_ORGANIZATION_UNKNOWN, typed));
	}

	private Optional<Organization> chosenOrganization() {
		return resolve() instanceof Found f ? Optional.of(f.organization()) : Optional.empty();
	}

	/** 党委 hold 党委会, 党支部 支委会 …: the likeliest type until the user chooses one. */
	private static MeetingType defaultType(Optional<OrgType> orgType) {
		return switch (orgType.orElse(OrgType.BRANCH)) {
		case PARTY_COMMITTEE, WORKING_COMMITTEE -> MeetingType.PARTY_COMMITTEE_MEETING;
		case LEADING_PARTY_GROUP -> MeetingType.LEADING_GROUP_MEETING;
		case GENERAL_BRANCH, BRANCH -> MeetingType.BRANCH_COMMITTEE_MEETING;
		case GROUP -> MeetingType.GROUP_MEETING;
		};
	}

	private void organizationChanged() {
		Optional<Organization> org = chosenOrganization();
		if (!typeChosen && org.isPresent()) {
			type.select(defaultType(Optional.of(org.get().type())).ordinal());
		}
		Optional<OrgId> id = org.map(Organization::id);
		if (!id.equals(peopleOf)) {
			peopleOf = id;
			loadPeople(id);
		}
		changed();
	}

	/** The presider and the attendees are chosen from the people placed in the organization, in pinyin order. */
	private void loadPeople(Optional<OrgId> org) {
		Optional<PersonId> kept = selectedPresider();
		List<Person> people = new ArrayList<>(org.map(workspace::peopleIn).orElse(List.of()));
		people.sort((a, b) -> collator.compare(a.name(), b.name()));
		List<String> items = new ArrayList<>();
		List<Optional<PersonId>> choices = new ArrayList<>();
		items.add(Messages.Meeting_NO_PRESIDER);
		choices.add(Optional.empty());
		for (Person p : people.subList(0, Math.min(MAX_PEOPLE, people.size()))) {
			items.add(describe(p));
			choices.add(Optional.of(p.id()));
		}
		// the recorded presider stays on offer even if they have moved on since, so an edit does not drop them
		Optional<PersonId> original = seen.filter(m -> org.equals(Optional.of(m.organization()))).flatMap(Meeting::presider);
		if (original.isPresent() && !choices.contains(original)) {
			workspace.person(original.get()).ifPresent(p -> {
				items.add(1, p.name());
				choices.add(1, Optional.of(p.id()));
			});
		}
		presiderChoices = choices;
		presider.setItems(items.toArray(String[]::new));
		presider.setVisibleItemCount(Math.min(20, items.size()));
		Optional<PersonId> pick = kept.isPresent() && choices.contains(kept) ? kept : original;
		presider.select(Math.max(0, choices.indexOf(pick)));
		loadAttendees(org, people);
	}

	private static String describe(Person p) {
		return p.post().isEmpty() ? p.name() : Nls.bind(Messages.Meeting_PERSON_WITH_POST, p.name(), p.post());
	}

	private Optional<PersonId> selectedPresider() {
		int i = presider == null ? -1 : presider.getSelectionIndex();
		return i >= 0 && i < presiderChoices.size() ? presiderChoices.get(i) : Optional.empty();
	}

	// ---- materials and attendees -----------------------------------------------------------

	private void createMaterials(Composite form, List<MaterialId> checked) {
		Label label = new Label(form, SWT.NONE);
		label.setText(materials.isEmpty() ? Messages.Meeting_MATERIALS_NONE : Messages.Meeting_MATERIALS);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(label);
		materialList = Ui.testId(new Table(form, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL | SWT.FULL_SELECTION), "meeting.materials");
		materialList.setHeaderVisible(true);
		materialList.setLinesVisible(true);
		TableColumn title = new TableColumn(materialList, SWT.LEFT);
		title.setText(Messages.Col_MATERIAL);
		title.setWidth(300);
		TableColumn kind = new TableColumn(materialList, SWT.LEFT);
		kind.setText(Messages.Col_KIND);
		kind.setWidth(90);
		TableColumn day = new TableColumn(materialList, SWT.LEFT);
		day.setText(Messages.Col_DATE);
		day.setWidth(90);
		for (StudyMaterial m : materials) {
			TableItem item = new TableItem(materialList, SWT.NONE);
			item.setText(new String[] { m.title(), m.kind().label(), Ui.date(m.date()) });
			item.setData(m);
			item.setChecked(checked.contains(m.id()));
		}
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(460, materialList.getItemHeight() * 5).applyTo(materialList);
		materialList.addListener(SWT.Selection, e -> {
			if (e.detail == SWT.CHECK && e.item instanceof TableItem item && item.getChecked()
					&& item.getData() instanceof StudyMaterial m && firstTopic.getText().isBlank()) {
				// the usual 第一议题 is studying the material itself: spare the user typing its title again
				firstTopic.setText(Nls.bind(Messages.Meeting_TOPIC_FROM_MATERIAL, m.title()));
			}
			changed();
		});
	}

	private List<MaterialId> checkedMaterials() {
		List<MaterialId> out = new ArrayList<>();
		for (TableItem item : materialList.getItems()) {
			if (item.getChecked() && item.getData() instanceof StudyMaterial m) {
				out.add(m.id());
			}
		}
		return out;
	}

	/**
	 * A check list of the organization's people, checked for present; the reason field below it
	 * gives those selected and not present a reason for their leave.
	 */
	private void createAttendees(Composite outer) {
		Composite side = new Composite(outer, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(10, 7).applyTo(side);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(side);
		Label label = new Label(side, SWT.WRAP);
		label.setText(Messages.Meeting_ATTENDEES);
		GridDataFactory.fillDefaults().grab(true, false).hint(380, SWT.DEFAULT).applyTo(label);
		attendeeList = Ui.testId(new Table(side, SWT.CHECK | SWT.MULTI | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL | SWT.FULL_SELECTION),
				"meeting.attendees");
		attendeeList.setHeaderVisible(true);
		attendeeList.setLinesVisible(true);
		TableColumn name = new TableColumn(attendeeList, SWT.LEFT);
		name.setText(Messages.Col_PERSON);
		name.setWidth(180);
		TableColumn reason = new TableColumn(attendeeList, SWT.LEFT);
		reason.setText(Messages.Col_LEAVE_REASON);
		reason.setWidth(180);
		GridDataFactory.fillDefaults().grab(true, true).hint(380, attendeeList.getItemHeight() * 12).applyTo(attendeeList);
		attendeeList.addListener(SWT.Selection, e -> {
			if (e.detail == SWT.CHECK && e.item instanceof TableItem item && item.getChecked()) {
				// present and on leave exclude each other: ticking someone takes back their leave
				item.setText(1, "");
			}
			showReasonOfSelection();
			attendanceChanged();
		});
		// double-click (or Enter) on someone goes to their reason, the usual next step for an absent person
		attendeeList.addListener(SWT.DefaultSelection, e -> {
			leaveReason.setFocus();
			leaveReason.selectAll();
		});

		Composite buttons = new Composite(side, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(8, 4).applyTo(buttons);
		allPresent = Ui.button(buttons, Messages.Meeting_ALL_PRESENT_BUTTON, "meeting.allPresent", () -> markAll(true));
		nonePresent = Ui.button(buttons, Messages.Meeting_NONE_PRESENT, "meeting.nonePresent", () -> markAll(false));
		Composite reasonRow = new Composite(side, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(8, 4).applyTo(reasonRow);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(reasonRow);
		new Label(reasonRow, SWT.NONE).setText(Messages.Meeting_LEAVE_REASON);
		leaveReason = Ui.testId(new Text(reasonRow, SWT.BORDER | SWT.SINGLE), "meeting.leaveReason");
		leaveReason.setMessage(Messages.Meeting_LEAVE_REASON_HINT);
		leaveReason.setToolTipText(Messages.Meeting_LEAVE_REASON_TOOLTIP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(leaveReason);
		leaveReason.addModifyListener(e -> reasonTyped());

		attendance = Ui.line(side, "meeting.attendance", 1);
		attendeeHint = Ui.line(side, "meeting.attendeesHint", 1);
		// a wrapping label asks for its whole text on one line unless given a width
		GridDataFactory.fillDefaults().grab(true, false).hint(380, SWT.DEFAULT).applyTo(attendeeHint);
	}

	/**
	 * Lists the first {@link #MAX_ATTENDEES} of {@code people} with their marks, then anyone the
	 * meeting recorded who is not among them (beyond the first, moved elsewhere since, or removed),
	 * so editing never drops recorded attendance unseen.
	 */
	private void loadAttendees(Optional<OrgId> org, List<Person> people) {
		keepMarks();
		attendeeList.removeAll();
		Set<PersonId> listed = new HashSet<>();
		for (Person p : people.subList(0, Math.min(MAX_ATTENDEES, people.size()))) {
			addAttendee(p.id(), describe(p));
			listed.add(p.id());
		}
		List<PersonId> others = seen.filter(m -> org.equals(Optional.of(m.organization()))).map(Meeting::attendees).orElse(List.of())
				.stream().map(Attendee::person).filter(id -> !listed.contains(id)).toList();
		Map<PersonId, Person> found = new HashMap<>();
		workspace.people(others).forEach(p -> found.put(p.id(), p));
		for (PersonId id : others) {
			Optional<Person> p = Optional.ofNullable(found.get(id));
			addAttendee(id, p.map(x -> org.equals(Optional.of(x.organization())) ? describe(x) : Nls.bind(Messages.Meeting_ATTENDEE_MOVED, describe(x)))
					.orElseGet(() -> Nls.bind(Messages.Common_UNKNOWN_PERSON, id.value())));
		}
		String hint = org.isEmpty() ? ""
				: people.isEmpty() ? Messages.Meeting_ATTENDEES_EMPTY
						: people.size() > MAX_ATTENDEES ? Nls.bind(Messages.Meeting_ATTENDEES_FIRST, people.size(), MAX_ATTENDEES) : "";
		Ui.setText(attendeeHint, hint);
		showReasonOfSelection();
		attendanceChanged();
	}

	private void addAttendee(PersonId id, String text) {
		Mark mark = marks.getOrDefault(id, Mark.NONE);
		TableItem item = new TableItem(attendeeList, SWT.NONE);
		item.setText(new String[] { text, mark.present() ? "" : mark.reason() });
		item.setData(id);
		item.setChecked(mark.present());
	}

	/** Remembers the marks of the people listed before the list is replaced. */
	private void keepMarks() {
		for (TableItem item : attendeeList.getItems()) {
			if (item.getData() instanceof PersonId id) {
				marks.put(id, new Mark(item.getChecked(), item.getText(1)));
			}
		}
	}

	/** 全部出席 ticks everyone (their leave goes, as a tick does one by one); 全部清除 unticks everyone, keeping reasons typed. */
	private void markAll(boolean present) {
		for (TableItem item : attendeeList.getItems()) {
			item.setChecked(present);
			if (present) {
				item.setText(1, "");
			}
		}
		showReasonOfSelection();
		attendanceChanged();
	}

	/** The reason field shows the reason the selected people share, and is usable only with someone selected. */
	private void showReasonOfSelection() {
		TableItem[] selection = attendeeList.getSelection();
		String shared = selection.length == 0 ? "" : selection[0].getText(1);
		for (TableItem item : selection) {
			if (!item.getText(1).equals(shared)) {
				shared = "";
			}
		}
		showingReason = true;
		try {
			if (!leaveReason.getText().equals(shared)) {
				leaveReason.setText(shared);
			}
		} finally {
			showingReason = false;
		}
		leaveReason.setEnabled(selection.length > 0);
	}

	/** A reason typed is the selected people's leave: they are not present, so their ticks go. */
	private void reasonTyped() {
		if (showingReason) {
			return;
		}
		String typed = leaveReason.getText();
		for (TableItem item : attendeeList.getSelection()) {
			item.setText(1, typed);
			if (!typed.isBlank()) {
				item.setChecked(false);
			}
		}
		attendanceChanged();
	}

	private void attendanceChanged() {
		int present = 0;
		int leave = 0;
		TableItem[] items = attendeeList.getItems();
		for (TableItem item : items) {
			if (item.getChecked()) {
				present++;
			} else if (!item.getText(1).isBlank()) {
				leave++;
			}
		}
		Ui.setText(attendance, items.length == 0 ? "" : Nls.bind(Messages.Meeting_ATTENDANCE_SUMMARY, present, leave, items.length - present - leave));
		allPresent.setEnabled(items.length > 0);
		nonePresent.setEnabled(items.length > 0);
		changed();
	}

	// ---- checks and saving -----------------------------------------------------------------

	@Override
	protected Optional<String> problem() {
		if (Ui.parseDate(date.getText()).isEmpty()) {
			return Optional.of(Nls.bind(Messages.Common_BAD_DATE, date.getText().strip()));
		}
		if (resolve() instanceof NotFound n) {
			return Optional.of(n.problem());
		}
		if (firstTopic.getText().isBlank() && !checkedMaterials().isEmpty()) {
			return Optional.of(Messages.Meeting_MATERIALS_WITHOUT_TOPIC);
		}
		return Optional.empty();
	}

	@Override
	protected Optional<String> warning() {
		LocalDate day = Ui.parseDate(date.getText()).orElseThrow();
		MeetingType t = selectedType();
		if (day.isAfter(LocalDate.now())) {
			return Optional.of(Nls.bind(Messages.Meeting_FUTURE, Ui.date(day)));
		}
		Organization org = chosenOrganization().orElseThrow();
		boolean twice = recorded.computeIfAbsent(org.id(), id -> workspace.list(Meeting.class, id)).stream()
				.anyMatch(m -> m.type() == t && m.date().equals(day) && seen.map(s -> !s.id().equals(m.id())).orElse(true));
		if (twice) {
			return Optional.of(Nls.bind(Messages.Meeting_ALREADY_RECORDED, org.name(), Ui.date(day), t.label()));
		}
		if (FirstTopics.COMMITTEE_MEETINGS.contains(t) && firstTopic.getText().isBlank()) {
			return Optional.of(Messages.Meeting_COMMITTEE_WITHOUT_FIRST_TOPIC);
		}
		return Optional.empty();
	}

	private MeetingType selectedType() {
		return TYPES[Math.max(0, type.getSelectionIndex())];
	}

	@Override
	protected boolean commit() {
		Organization org = chosenOrganization().orElseThrow();
		StudyEdits.MeetingDraft draft;
		Command command;
		try {
			draft = new StudyEdits.MeetingDraft(selectedType(), Ui.parseDate(date.getText()).orElseThrow(), org.id(), selectedPresider(),
					attendees(), agenda(), minutes.getText());
			if (seen.isPresent()) {
				Meeting updated = draft.withId(seen.get().id());
				if (updated.equals(seen.get())) {
					return true;
				}
				command = Commands.edit(seen.get(), updated);
			} else {
				draft.withId(new MeetingId(0)); // the model's checks, before the command
				command = StudyEdits.recordMeeting(draft, org.name(), created);
			}
		} catch (IllegalArgumentException e) {
			setErrorMessage(e.getMessage());
			return false;
		}
		saved = Edits.run(getShell(), workspace, command);
		return saved;
	}

	/** Item 1 is the 第一议题 when there is one; the other lines follow, keeping what an edit does not show. */
	private List<AgendaItem> agenda() {
		Map<String, AgendaItem> before = new HashMap<>();
		seen.ifPresent(m -> m.agenda().stream().filter(a -> !a.firstTopic()).forEach(a -> before.putIfAbsent(a.title(), a)));
		List<AgendaItem> out = new ArrayList<>();
		int order = 1;
		String topic = firstTopic.getText().strip();
		if (!topic.isEmpty()) {
			out.add(new AgendaItem(order++, topic, true, Optional.of(FORMS[Math.max(0, form.getSelectionIndex())]), checkedMaterials()));
		}
		for (String line : Ui.lines(otherItems.getText())) {
			String title = NUMBERING.matcher(line).replaceFirst("").strip();
			if (title.isEmpty()) {
				continue;
			}
			Optional<AgendaItem> old = Optional.ofNullable(before.get(title));
			out.add(new AgendaItem(order++, title, false, old.flatMap(AgendaItem::form), old.map(AgendaItem::materials).orElse(List.of())));
		}
		return out;
	}

	/**
	 * The ticked people present, the others with a reason on leave, in the order listed; the list
	 * recorded when only the order would differ, so an unchanged meeting is not rewritten.
	 */
	private List<Attendee> attendees() {
		List<Attendee> out = new ArrayList<>();
		for (TableItem item : attendeeList.getItems()) {
			if (item.getData() instanceof PersonId id) {
				String reason = item.getText(1).strip();
				if (item.getChecked()) {
					out.add(Attendee.present(id));
				} else if (!reason.isEmpty()) {
					out.add(Attendee.onLeave(id, reason));
				}
			}
		}
		if (seen.isPresent() && new HashSet<>(out).equals(new HashSet<>(seen.get().attendees()))) {
			return seen.get().attendees();
		}
		return out;
	}

	/** The meeting just recorded, to select it. */
	public Optional<MeetingId> created() {
		return saved && seen.isEmpty() ? Optional.of(new MeetingId(created.get())) : Optional.empty();
	}
}
