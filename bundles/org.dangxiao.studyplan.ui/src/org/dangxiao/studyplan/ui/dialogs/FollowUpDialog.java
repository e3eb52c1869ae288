package org.dangxiao.studyplan.ui.dialogs;

import org.dangxiao.ui.FormDialog;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.dangxiao.model.Changes;
import org.dangxiao.model.Command;
import org.dangxiao.model.CommandException;
import org.dangxiao.model.Commands;
import org.dangxiao.model.OrganizationTree;
import org.dangxiao.model.PeopleQuery;
import org.dangxiao.model.Person;
import org.dangxiao.model.PersonId;
import org.dangxiao.model.Workspace;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.model.study.FollowUpAction;
import org.dangxiao.model.study.FollowUpId;
import org.dangxiao.model.study.FollowUpStatus;
import org.dangxiao.model.study.Meeting;
import org.dangxiao.model.study.MeetingId;
import org.dangxiao.studyplan.ui.Messages;
import org.dangxiao.studyplan.ui.Ui;
import org.dangxiao.ui.Edits;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * 新增 or 编辑 one 贯彻落实措施 of a meeting: what is to be done, by whom, by when, how far it has
 * got and what shows it was done. Saving is one command, so 撤销 takes it back whole.
 */
public final class FollowUpDialog extends FormDialog {
	/** Overdue is worked out from the due day and never stored, so it is not on offer. */
	private static final FollowUpStatus[] STATUSES = { FollowUpStatus.NOT_STARTED, FollowUpStatus.IN_PROGRESS, FollowUpStatus.DONE };
	/** People offered per search: enough to choose among namesakes, few enough to read at every keystroke. */
	private static final int MATCHES = 50;

	private final Workspace workspace;
	private final MeetingId meetingId;
	/** The meeting as it is now; empty when it was removed after the action was listed. */
	private final Optional<Meeting> meeting;
	private final Optional<FollowUpAction> seen;
	private final OrganizationTree tree;
	private final AtomicLong created = new AtomicLong();
	private boolean saved;
	/** The owner chosen; kept on offer whatever the search finds, so a new search does not lose it. */
	private Optional<Person> owner;
	/**
	 * Whether the owner was picked from the list (or is the recorded one); until then the first
	 * match of what is typed stands in, following each keystroke, so typing a unique name is enough.
	 */
	private boolean ownerPicked;
	/** What the owner list shows, in its order. */
	private List<Person> choices = List.of();
	private Text description;
	private Text ownerFilter;
	private Combo ownerList;
	private Text due;
	private Combo status;
	private Text evidence;

	private FollowUpDialog(Shell parent, Workspace workspace, MeetingId meetingId, Optional<FollowUpAction> seen) {
		super(parent);
		this.workspace = workspace;
		this.meetingId = meetingId;
		this.seen = seen;
		this.meeting = workspace.get(Meeting.class, meetingId);
		this.tree = workspace.organizations();
		this.owner = seen.flatMap(a -> workspace.person(a.owner()));
		this.ownerPicked = owner.isPresent();
	}

	/** A new action decided at {@code meeting}. */
	public static FollowUpDialog create(Shell parent, Workspace workspace, Meeting meeting) {
		return new FollowUpDialog(parent, workspace, meeting.id(), Optional.empty());
	}

	/** Edits {@code action} as the user saw it; a change by someone else meanwhile is reported as a conflict. */
	public static FollowUpDialog edit(Shell parent, Workspace workspace, FollowUpAction action) {
		return new FollowUpDialog(parent, workspace, action.meeting(), Optional.of(action));
	}

	@Override
	protected String title() {
		return seen.isEmpty() ? Messages.FollowUp_NEW_TITLE : Messages.FollowUp_EDIT_TITLE;
	}

	@Override
	protected String instruction() {
		return Messages.FollowUp_INSTRUCTION;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite form = form(parent);
		note(form, Nls.bind(Messages.FollowUp_MEETING, meeting.map(m -> Nls.bind(Messages.Detail_HEADING, Ui.date(m.date()), m.type().label(),
				Ui.organization(tree, m.organization()))).orElse(Nls.bind(Messages.Detail_MEETING_GONE, meetingId.value()))), "followUp.meeting");
		description = text(form, Messages.FollowUp_DESCRIPTION, seen.map(FollowUpAction::description).orElse(""), "followUp.description",
				Messages.FollowUp_DESCRIPTION_HINT);
		ownerFilter = text(form, Messages.FollowUp_OWNER_FILTER, "", "followUp.ownerFilter", Messages.FollowUp_OWNER_FILTER_HINT);
		new Label(form, SWT.NONE).setText(Messages.FollowUp_OWNER);
		ownerList = Ui.testId(new Combo(form, SWT.DROP_DOWN | SWT.READ_ONLY), "followUp.owner");
		ownerList.setToolTipText(Nls.bind(Messages.FollowUp_OWNER_TOOLTIP, MATCHES));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(ownerList);
		ownerList.addListener(SWT.Selection, e -> {
			int i = ownerList.getSelectionIndex();
			if (i >= 0 && i < choices.size()) {
				owner = Optional.of(choices.get(i));
				ownerPicked = true;
			}
			changed();
		});
		// searching as the user types: the search reads one small window, and a delay would leave OK
		// disabled for a moment after the name is typed
		ownerFilter.addModifyListener(e -> search(true));
		due = text(form, Messages.FollowUp_DUE, Ui.date(seen.map(FollowUpAction::due).orElse(LocalDate.now().plusMonths(1))), "followUp.due",
				"2025-03-10");
		due.setToolTipText(Messages.Common_DATE_TOOLTIP);
		status = combo(form, Messages.FollowUp_STATUS, Arrays.stream(STATUSES).map(FollowUpStatus::label).toList(),
				Math.max(0, Arrays.asList(STATUSES).indexOf(seen.map(FollowUpAction::status).orElse(FollowUpStatus.NOT_STARTED))),
				"followUp.status");
		evidence = multiLine(form, Messages.FollowUp_EVIDENCE, String.join("\n", seen.map(FollowUpAction::evidence).orElse(List.of())),
				"followUp.evidence", 3);
		evidence.setToolTipText(Messages.FollowUp_EVIDENCE_TOOLTIP);
		search(false);
		return form.getParent();
	}

	// ---- owner -----------------------------------------------------------------------------

	/**
	 * Fills the owner list: the chosen owner first, then the people the filter finds anywhere, or
	 * without a filter those of the meeting's organization and below, where owners usually are.
	 *
	 * @param typed whether the user typed the filter: then, until an owner is picked, the first one
	 *              found stands in as the owner (see {@link #ownerPicked})
	 */
	private void search(boolean typed) {
		String filter = ownerFilter.getText().strip();
		List<Person> found = filter.isEmpty()
				? meeting.map(m -> workspace.findPeople(PeopleQuery.in(m.organization(), true), 0, MATCHES)).orElse(List.of())
				: workspace.findPeople(new PeopleQuery(Optional.empty(), true, filter), 0, MATCHES);
		if (typed && !ownerPicked) {
			owner = filter.isEmpty() ? Optional.empty() : found.stream().findFirst();
		}
		List<Person> shown = new ArrayList<>();
		owner.ifPresent(shown::add);
		found.stream().filter(p -> owner.map(o -> !o.id().equals(p.id())).orElse(true)).forEach(shown::add);
		choices = List.copyOf(shown);
		ownerList.setItems(choices.stream().map(this::describe).toArray(String[]::new));
		ownerList.setVisibleItemCount(Math.min(20, Math.max(1, choices.size())));
		if (owner.isPresent()) {
			ownerList.select(0);
		}
		changed();
	}

	/** 张三（第一党支部）: the organization tells namesakes apart. */
	private String describe(Person p) {
		return Nls.bind(Messages.FollowUp_PERSON, p.name(), Ui.organization(tree, p.organization()));
	}

	// ---- checks and saving -----------------------------------------------------------------

	@Override
	protected Optional<String> problem() {
		if (description.getText().isBlank()) {
			return Optional.of(Messages.FollowUp_NO_DESCRIPTION);
		}
		if (owner.isEmpty()) {
			String filter = ownerFilter.getText().strip();
			return Optional.of(!filter.isEmpty() && choices.isEmpty() ? Nls.bind(Messages.FollowUp_OWNER_NOT_FOUND, filter)
					: Messages.FollowUp_NO_OWNER);
		}
		if (Ui.parseDate(due.getText()).isEmpty()) {
			return Optional.of(Nls.bind(Messages.Common_BAD_DATE, due.getText().strip()));
		}
		return Optional.empty();
	}

	@Override
	protected Optional<String> warning() {
		LocalDate day = Ui.parseDate(due.getText()).orElseThrow();
		if (meeting.isPresent() && day.isBefore(meeting.get().date())) {
			return Optional.of(Nls.bind(Messages.FollowUp_DUE_BEFORE_MEETING, Ui.date(day), Ui.date(meeting.get().date())));
		}
		FollowUpStatus chosen = selectedStatus();
		if (chosen != FollowUpStatus.DONE && LocalDate.now().isAfter(day)) {
			return Optional.of(Nls.bind(Messages.FollowUp_OVERDUE, Ui.date(day), ChronoUnit.DAYS.between(day, LocalDate.now())));
		}
		if (chosen == FollowUpStatus.DONE && Ui.lines(evidence.getText()).isEmpty()) {
			return Optional.of(Messages.FollowUp_DONE_WITHOUT_EVIDENCE);
		}
		return Optional.empty();
	}

	private FollowUpStatus selectedStatus() {
		return STATUSES[Math.max(0, status.getSelectionIndex())];
	}

	@Override
	protected boolean commit() {
		Person who = owner.orElseThrow();
		LocalDate day = Ui.parseDate(due.getText()).orElseThrow();
		String text = description.getText().strip();
		List<String> lines = Ui.lines(evidence.getText());
		FollowUpStatus chosen = selectedStatus();
		Command command;
		try {
			if (seen.isPresent()) {
				FollowUpAction old = seen.get();
				FollowUpAction updated = new FollowUpAction(old.id(), old.meeting(), text, who.id(), day, chosen, lines);
				if (updated.equals(old)) {
					return true;
				}
				command = change(old, updated, who.name());
			} else {
				new FollowUpAction(new FollowUpId(0), meetingId, text, who.id(), day, chosen, lines); // the model's checks, before the command
				command = add(meetingId, text, who.id(), who.name(), day, chosen, lines, created);
			}
		} catch (IllegalArgumentException e) {
			setErrorMessage(e.getMessage());
			return false;
		}
		saved = Edits.run(getShell(), workspace, command);
		return saved;
	}

	/**
	 * Adds an action to a meeting; refused when the meeting or the owner was removed meanwhile,
	 * since the action would point at nothing. The id is taken inside, so a redo gets a fresh one.
	 */
	static Command add(MeetingId meeting, String description, PersonId owner, String ownerName, LocalDate due, FollowUpStatus status,
			List<String> evidence, AtomicLong created) {
		return Commands.of(Nls.bind(Messages.Edit_ADD_FOLLOW_UP, description), c -> {
			if (c.get(Meeting.class, meeting).isEmpty()) {
				throw new CommandException(Messages.FollowUp_MEETING_GONE);
			}
			requireOwner(c, owner, ownerName);
			FollowUpAction a = new FollowUpAction(new FollowUpId(c.newId()), meeting, description, owner, due, status, evidence);
			created.set(a.id().value());
			c.put(a);
		});
	}

	/** Replaces {@code seen} by {@code updated}; a new owner must still exist. */
	static Command change(FollowUpAction seen, FollowUpAction updated, String ownerName) {
		Command edit = Commands.edit(seen, updated);
		return Commands.of(Nls.bind(Messages.Edit_EDIT_FOLLOW_UP, updated.description()), c -> {
			if (!updated.owner().equals(seen.owner())) {
				requireOwner(c, updated.owner(), ownerName);
			}
			edit.run(c);
		});
	}

	private static void requireOwner(Changes c, PersonId owner, String name) {
		if (c.person(owner).isEmpty()) {
			throw new CommandException(Nls.bind(Messages.FollowUp_OWNER_GONE, name));
		}
	}

	/** The action just added, to select it. */
	public Optional<FollowUpId> created() {
		return saved && seen.isEmpty() ? Optional.of(new FollowUpId(created.get())) : Optional.empty();
	}
}
