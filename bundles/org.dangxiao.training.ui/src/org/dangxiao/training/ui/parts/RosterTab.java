package org.dangxiao.training.ui.parts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.dangxiao.model.Person;
import org.dangxiao.model.PersonId;
import org.dangxiao.model.Workspace;
import org.dangxiao.model.WorkspaceEvent;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.model.people.StatusPeriod;
import org.dangxiao.model.training.Attendance;
import org.dangxiao.model.training.Course;
import org.dangxiao.model.training.Enrollment;
import org.dangxiao.model.training.EnrollmentStatus;
import org.dangxiao.model.training.HoursConversionTable;
import org.dangxiao.model.training.TrainingClass;
import org.dangxiao.model.training.TrainingProgram;
import org.dangxiao.training.Training;
import org.dangxiao.training.record.Credit;
import org.dangxiao.ui.Async;
import org.dangxiao.training.ui.Messages;
import org.dangxiao.training.ui.Ui;
import org.dangxiao.training.ui.VirtualTable;
import org.dangxiao.training.ui.dialogs.AddTraineesDialog;
import org.dangxiao.training.ui.dialogs.RecordDialog;
import org.dangxiao.ui.Edits;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * 学员名单 of the selected class: a virtual table, smooth at 10,000 trainees and more, with the
 * 学时 attendance credits each (computed in the background, so a big roster shows at once and its
 * hours follow). Adding from 应训未训, status, 移出 (also the Delete key), 结业核算 and the export
 * are each one command or one file.
 */
final class RosterTab {
	private static final int FILTER_DELAY_MS = 150;

	/** One roster line with what the table shows of its person. */
	record Row(Enrollment enrollment, Person person, String organization) {
		PersonId id() {
			return person.id();
		}
	}

	private final Workspace workspace;
	private final Consumer<List<Person>> selectionOut;
	private final CTabItem item;
	private final Text filter;
	private final Label count;
	private final VirtualTable<Row> table;
	private final Button add;
	private final Button status;
	private final Button remove;
	private final Button complete;
	private final Button importSheet;
	private final Button export;
	private final Async<Map<PersonId, Credit>> creditsJob;
	private Optional<TrainingProgram> program = Optional.empty();
	private Optional<TrainingClass> shown = Optional.empty();
	private List<Row> all = List.of();
	private Map<PersonId, Credit> credits = Map.of();
	private boolean creditsReady;
	private Runnable pendingFilter;

	RosterTab(CTabFolder folder, Workspace workspace, Consumer<List<Person>> selectionOut) {
		this.workspace = workspace;
		this.selectionOut = selectionOut;
		item = new CTabItem(folder, SWT.NONE);
		item.setText(Messages.Roster_TAB);
		item.setToolTipText(Messages.Roster_TAB_TOOLTIP);
		Composite pane = new Composite(folder, SWT.NONE);
		item.setControl(pane);
		GridLayoutFactory.swtDefaults().numColumns(3).margins(6, 6).spacing(8, 6).applyTo(pane);

		Label filterLabel = new Label(pane, SWT.NONE);
		filterLabel.setText(Messages.Roster_FILTER);
		filter = Ui.testId(new Text(pane, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL), "training.roster.filter");
		filter.setMessage(Messages.Roster_FILTER_HINT);
		GridDataFactory.fillDefaults().hint(260, SWT.DEFAULT).applyTo(filter);
		filter.addModifyListener(e -> scheduleFilter());
		count = Ui.testId(new Label(pane, SWT.NONE), "training.roster.count");
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(count);

		table = new VirtualTable<Row>(pane, SWT.MULTI, "training.roster")
				.column(Messages.Col_NAME, 130, SWT.LEFT, r -> r.person().name())
				.column(Messages.Col_CITIZEN_ID, 170, SWT.LEFT, r -> Ui.masked(r.person().citizenId()))
				.column(Messages.Col_ORGANIZATION, 240, SWT.LEFT, Row::organization)
				.column(Messages.Col_STATUS, 64, SWT.LEFT, r -> r.enrollment().status().label(),
						Comparator.comparing(r -> r.enrollment().status()))
				.column(Messages.Col_HOURS_CREDITED, 80, SWT.RIGHT, this::hoursText,
						Comparator.comparing(r -> hours(r).orElse(BigDecimal.valueOf(-1))))
				.column(Messages.Col_DAYS, 60, SWT.RIGHT, this::daysText,
						Comparator.comparingInt(r -> Optional.ofNullable(credits.get(r.id())).map(Credit::days).orElse(-1)))
				// free text last: GTK widens the last column to the table's edge
				.column(Messages.Col_POST, 160, SWT.LEFT, r -> r.person().post())
				.foreground(r -> r.enrollment().status() == EnrollmentStatus.WITHDRAWN ? Optional.of(Ui.GREY) : Optional.empty());
		GridDataFactory.fillDefaults().span(3, 1).grab(true, true).applyTo(table.table());
		table.table().addListener(SWT.Selection, e -> selectionChanged());
		table.table().addListener(SWT.DefaultSelection, e -> openRecord());
		Ui.onDelete(table.table(), this::removeSelected);

		Composite buttons = new Composite(pane, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(6).applyTo(buttons);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(buttons);
		add = Ui.button(buttons, Messages.Roster_ADD, "training.roster.add", this::addFromUntrained);
		add.setToolTipText(Messages.Roster_ADD_TOOLTIP);
		importSheet = Ui.button(buttons, Messages.Roster_IMPORT, "training.roster.import", this::importFromSpreadsheet);
		importSheet.setToolTipText(Messages.Roster_IMPORT_TOOLTIP);
		status = Ui.testId(new Button(buttons, SWT.PUSH), "training.roster.status");
		status.setText(Messages.Roster_STATUS);
		status.setToolTipText(Messages.Roster_STATUS_TOOLTIP);
		Menu statusMenu = new Menu(status);
		fillStatusItems(statusMenu);
		status.addListener(SWT.Selection, e -> Ui.dropDown(status, statusMenu));
		remove = Ui.button(buttons, Messages.Roster_REMOVE, "training.roster.remove", this::removeSelected);
		remove.setToolTipText(Messages.Roster_REMOVE_TOOLTIP);
		complete = Ui.button(buttons, Messages.Roster_COMPLETE, "training.roster.complete", this::completeClass);
		complete.setToolTipText(Messages.Roster_COMPLETE_TOOLTIP);
		export = Ui.button(buttons, Messages.Roster_EXPORT, "training.roster.export", this::exportRoster);
		contextMenu();
		creditsJob = new Async<>(table.table());
		showCount();
		updateButtons();
	}

	CTabItem item() {
		return item;
	}

	private Shell shell() {
		return table.table().getShell();
	}

	/** Shows the roster of {@code k}; true when it was read anew (another class than before). */
	boolean show(Optional<TrainingProgram> newProgram, Optional<TrainingClass> k) {
		program = newProgram;
		boolean other = !k.map(TrainingClass::id).equals(shown.map(TrainingClass::id));
		shown = k;
		if (other) {
			filter.setText("");
			reload();
		} else {
			showCount(); // the capacity may have changed
		}
		updateButtons();
		return other;
	}

	void changed(WorkspaceEvent e) {
		if (shown.isEmpty()) {
			return;
		}
		if (e.affects(Enrollment.class) || e.affects(Person.class) || e.affects(org.dangxiao.model.Organization.class)) {
			reload();
		} else if (e.affects(Course.class) || e.affects(Attendance.class) || e.affects(HoursConversionTable.class)
				|| e.affects(TrainingClass.class) || e.affects(TrainingProgram.class) || e.affects(StatusPeriod.class)) {
			computeCredits();
		}
	}

	private void reload() {
		if (shown.isEmpty()) {
			all = List.of();
			credits = Map.of();
			creditsJob.cancel();
			applyFilter();
			return;
		}
		TrainingClass k = shown.get();
		BusyIndicator.showWhile(shell().getDisplay(), () -> {
			List<Enrollment> roster = Training.roster(workspace, k.id());
			Map<PersonId, Person> people = new HashMap<>();
			// one read for the whole roster, not one per trainee
			workspace.people(roster.stream().map(Enrollment::person).toList()).forEach(p -> people.put(p.id(), p));
			List<Row> rows = new ArrayList<>(roster.size());
			Map<org.dangxiao.model.OrgId, String> orgNames = new HashMap<>();
			for (Enrollment e : roster) {
				Person p = people.get(e.person());
				if (p != null) {
					rows.add(new Row(e, p, orgNames.computeIfAbsent(p.organization(), o -> Ui.organization(workspace, o))));
				}
			}
			java.text.Collator collator = Ui.collator();
			rows.sort(Comparator.comparing((Row r) -> r.person().name(), collator).thenComparing(Row::id));
			all = rows;
		});
		applyFilter();
		computeCredits();
	}

	private void computeCredits() {
		if (shown.isEmpty()) {
			return;
		}
		TrainingClass k = shown.get();
		creditsReady = false;
		table.table().clearAll();
		creditsJob.run(() -> {
			Map<PersonId, Credit> out = new HashMap<>();
			Training.credits(workspace, k, LocalDate.now()).forEach(c -> out.put(c.person(), c));
			return out;
		}, result -> {
			credits = result;
			creditsReady = true;
			table.table().clearAll();
		});
	}

	private Optional<BigDecimal> hours(Row r) {
		return Optional.ofNullable(credits.get(r.id())).map(Credit::hours);
	}

	private String hoursText(Row r) {
		return creditsReady ? hours(r).map(Ui::hours).orElse("") : Messages.Common_COMPUTING;
	}

	private String daysText(Row r) {
		return creditsReady ? Optional.ofNullable(credits.get(r.id())).map(c -> Integer.toString(c.days())).orElse("") : "";
	}

	private void scheduleFilter() {
		if (pendingFilter != null) {
			filter.getDisplay().timerExec(-1, pendingFilter);
		}
		pendingFilter = () -> {
			pendingFilter = null;
			if (!filter.isDisposed()) {
				applyFilter();
			}
		};
		filter.getDisplay().timerExec(FILTER_DELAY_MS, pendingFilter);
	}

	/** Name, ID number digits or organization contain what was typed. */
	private void applyFilter() {
		String typed = filter.getText().strip().toUpperCase(Locale.ROOT);
		List<Row> rows = typed.isEmpty() ? all
				: all.stream().filter(r -> r.person().name().contains(typed) || r.person().citizenId().value().contains(typed)
						|| r.organization().contains(typed)).toList();
		table.setRows(rows, Row::id);
		showCount();
		selectionChanged();
	}

	private void showCount() {
		if (shown.isEmpty()) {
			count.setText(Messages.Roster_NO_CLASS);
		} else {
			Map<EnrollmentStatus, Integer> byStatus = new EnumMap<>(EnrollmentStatus.class);
			all.forEach(r -> byStatus.merge(r.enrollment().status(), 1, Integer::sum));
			List<String> parts = new ArrayList<>();
			byStatus.forEach((s, n) -> parts.add(Nls.bind(Messages.Roster_STATUS_COUNT, s.label(), n)));
			TrainingClass k = shown.get();
			String text = Nls.bind(Messages.Roster_COUNT, all.size(), Ui.joinList(parts), k.capacity(), Training.freeSeats(workspace, k));
			count.setText(table.size() == all.size() ? text : Nls.bind(Messages.Roster_COUNT_FILTERED, table.size(), text));
		}
		count.getParent().layout(new Control[] { count });
	}

	private void selectionChanged() {
		updateButtons();
		selectionOut.accept(table.selected().stream().map(Row::person).toList());
	}

	private void updateButtons() {
		boolean has = shown.isPresent();
		boolean any = has && table.selectionCount() > 0;
		add.setEnabled(has && program.isPresent());
		importSheet.setEnabled(has);
		status.setEnabled(any);
		remove.setEnabled(any);
		complete.setEnabled(has && !all.isEmpty());
		export.setEnabled(has && !all.isEmpty());
	}

	private void fillStatusItems(Menu menu) {
		for (EnrollmentStatus s : EnrollmentStatus.values()) {
			MenuItem mi = new MenuItem(menu, SWT.PUSH);
			mi.setText(s.label());
			mi.setData(Ui.TEST_ID, "training.roster.status." + s.name().toLowerCase(Locale.ROOT));
			mi.addListener(SWT.Selection, e -> setStatus(s));
		}
	}

	private void contextMenu() {
		Menu menu = new Menu(table.table());
		MenuItem statusItem = new MenuItem(menu, SWT.CASCADE);
		statusItem.setText(Messages.Roster_STATUS);
		Menu statuses = new Menu(statusItem);
		statusItem.setMenu(statuses);
		fillStatusItems(statuses);
		MenuItem removeItem = new MenuItem(menu, SWT.PUSH);
		removeItem.setText(Messages.Roster_REMOVE);
		removeItem.addListener(SWT.Selection, e -> removeSelected());
		new MenuItem(menu, SWT.SEPARATOR);
		MenuItem record = new MenuItem(menu, SWT.PUSH);
		record.setText(Messages.Roster_RECORD);
		record.addListener(SWT.Selection, e -> openRecord());
		menu.addListener(SWT.Show, e -> {
			boolean any = table.selectionCount() > 0;
			statusItem.setEnabled(any);
			removeItem.setEnabled(any);
			record.setEnabled(table.selectionCount() == 1);
		});
		table.table().setMenu(menu);
	}

	private List<PersonId> selectedIds() {
		return table.selected().stream().map(Row::id).toList();
	}

	private void addFromUntrained() {
		if (shown.isEmpty() || program.isEmpty()) {
			return;
		}
		new AddTraineesDialog(shell(), workspace, program.get(), shown.get()).open();
	}

	/**
	 * 从表格导入名单: the class head's list, read by the import engine; what matched is enrolled in
	 * one command after the user saw which rows were left out and why.
	 */
	private void importFromSpreadsheet() {
		if (shown.isEmpty()) {
			return;
		}
		TrainingClass k = shown.get();
		org.eclipse.swt.widgets.FileDialog files = new org.eclipse.swt.widgets.FileDialog(shell(), SWT.OPEN);
		files.setFilterExtensions(new String[] { "*.xlsx;*.xls;*.csv;*.txt", "*.*" });
		files.setFilterNames(new String[] { Messages.Roster_IMPORT_FILTER, Messages.Roster_IMPORT_ALL_FILES });
		String chosen = files.open();
		if (chosen == null) {
			return;
		}
		org.dangxiao.imports.RosterImport.Plan[] plan = new org.dangxiao.imports.RosterImport.Plan[1];
		String[] failure = new String[1];
		BusyIndicator.showWhile(shell().getDisplay(), () -> {
			try {
				plan[0] = org.dangxiao.imports.RosterImport.plan(workspace, java.nio.file.Path.of(chosen));
			} catch (org.dangxiao.imports.ImportException e) {
				failure[0] = e.getMessage();
			}
		});
		if (failure[0] != null) {
			MessageDialog.openError(shell(), Messages.Roster_IMPORT_TITLE, failure[0]);
			return;
		}
		java.util.Set<PersonId> on = new java.util.HashSet<>();
		all.forEach(r -> on.add(r.id()));
		List<PersonId> add = plan[0].people().stream().filter(id -> !on.contains(id)).toList();
		StringBuilder problems = new StringBuilder();
		plan[0].problems().stream().limit(10).forEach(l -> problems.append(Nls.bind(Messages.Roster_IMPORT_PROBLEM, l.sheet(), l.row(),
				l.name().isEmpty() ? "—" : l.name(), l.explanation())).append('\n'));
		if (plan[0].problems().size() > 10) {
			problems.append(Nls.bind(Messages.Roster_IMPORT_MORE, plan[0].problems().size() - 10)).append('\n');
		}
		String summary = Nls.bind(Messages.Roster_IMPORT_SUMMARY, plan[0].fileName(), plan[0].lines().size(), add.size(),
				plan[0].people().size() - add.size(), plan[0].problems().size()) + (problems.isEmpty() ? "" : "\n\n" + problems);
		if (add.isEmpty()) {
			MessageDialog.openInformation(shell(), Messages.Roster_IMPORT_TITLE, summary);
			return;
		}
		if (MessageDialog.openConfirm(shell(), Messages.Roster_IMPORT_TITLE, summary + "\n" + Nls.bind(Messages.Roster_IMPORT_CONFIRM, add.size(), k.name()))) {
			Edits.run(shell(), workspace, Training.enroll(k, add));
		}
	}

	private void setStatus(EnrollmentStatus s) {
		List<PersonId> ids = selectedIds();
		if (shown.isEmpty() || ids.isEmpty()) {
			return;
		}
		BusyIndicator.showWhile(shell().getDisplay(), () -> Edits.run(shell(), workspace, Training.setStatus(shown.get(), ids, s)));
	}

	private void removeSelected() {
		List<Row> chosen = table.selected();
		if (shown.isEmpty() || chosen.isEmpty()) {
			return;
		}
		TrainingClass k = shown.get();
		String who = chosen.size() == 1 ? chosen.get(0).person().name() : Nls.bind(Messages.Roster_PEOPLE, chosen.size());
		if (!MessageDialog.openConfirm(shell(), Messages.Roster_REMOVE_TITLE, Nls.bind(Messages.Roster_REMOVE_CONFIRM, who, k.name()))) {
			return;
		}
		List<PersonId> ids = chosen.stream().map(Row::id).toList();
		BusyIndicator.showWhile(shell().getDisplay(), () -> Edits.run(shell(), workspace, Training.unenroll(k, ids)));
	}

	/**
	 * 结业核算 as of today: first says what it would change (结业, 退训 for leave above 1/7), then sets
	 * it in one command and reports the roster as it now stands.
	 */
	private void completeClass() {
		if (shown.isEmpty()) {
			return;
		}
		TrainingClass k = shown.get();
		LocalDate today = LocalDate.now();
		Map<EnrollmentStatus, Integer> changes = new EnumMap<>(EnrollmentStatus.class);
		int[] unchanged = new int[1];
		BusyIndicator.showWhile(shell().getDisplay(), () -> {
			Map<PersonId, EnrollmentStatus> now = new HashMap<>();
			Training.roster(workspace, k.id()).forEach(e -> now.put(e.person(), e.status()));
			for (Credit c : Training.credits(workspace, k, today)) {
				EnrollmentStatus current = now.get(c.person());
				EnrollmentStatus next = c.suggestedStatus(current);
				if (next == current) {
					unchanged[0]++;
				} else {
					changes.merge(next, 1, Integer::sum);
				}
			}
		});
		if (changes.isEmpty()) {
			MessageDialog.openInformation(shell(), Messages.Roster_COMPLETE_TITLE,
					Nls.bind(today.isAfter(k.end()) ? Messages.Roster_COMPLETE_NOTHING : Messages.Roster_COMPLETE_NOTHING_RUNNING, k.name(),
							k.end()));
			return;
		}
		int completed = changes.getOrDefault(EnrollmentStatus.COMPLETED, 0);
		int withdrawn = changes.getOrDefault(EnrollmentStatus.WITHDRAWN, 0);
		if (!MessageDialog.openConfirm(shell(), Messages.Roster_COMPLETE_TITLE,
				Nls.bind(Messages.Roster_COMPLETE_CONFIRM, k.name(), today, completed, withdrawn, unchanged[0]))) {
			return;
		}
		boolean[] done = new boolean[1];
		BusyIndicator.showWhile(shell().getDisplay(), () -> done[0] = Edits.run(shell(), workspace, Training.complete(workspace, k, today)));
		if (done[0]) {
			Map<EnrollmentStatus, Integer> after = new EnumMap<>(EnrollmentStatus.class);
			Training.roster(workspace, k.id()).forEach(e -> after.merge(e.status(), 1, Integer::sum));
			List<String> parts = new ArrayList<>();
			after.forEach((s, n) -> parts.add(Nls.bind(Messages.Roster_STATUS_COUNT, s.label(), n)));
			MessageDialog.openInformation(shell(), Messages.Roster_COMPLETE_TITLE,
					Nls.bind(Messages.Roster_COMPLETE_DONE, k.name(), completed, withdrawn, Ui.joinList(parts)));
		}
	}

	private void openRecord() {
		List<Row> chosen = table.selected();
		if (!chosen.isEmpty()) {
			Person p = workspace.person(chosen.get(0).id()).orElse(chosen.get(0).person());
			new RecordDialog(shell(), workspace, p).open();
		}
	}

	/** The whole roster (not only the rows the filter shows), with full ID numbers for the register. */
	private void exportRoster() {
		if (shown.isEmpty()) {
			return;
		}
		TrainingClass k = shown.get();
		List<Row> rows = List.copyOf(all);
		String title = Nls.bind(Messages.Roster_EXPORT_TITLE, k.name());
		Ui.exportXlsx(shell(), title, title, monitor -> {
			Map<PersonId, Credit> byPerson = new HashMap<>();
			Training.credits(workspace, k, LocalDate.now()).forEach(c -> byPerson.put(c.person(), c));
			List<List<Object>> out = new ArrayList<>();
			out.add(List.of(Messages.Col_NUMBER, Messages.Col_NAME, Messages.Col_GENDER, Messages.Col_CITIZEN_ID, Messages.Col_ORGANIZATION,
					Messages.Col_POST, Messages.Col_RANK, Messages.Col_STATUS, Messages.Col_HOURS_CREDITED, Messages.Col_DAYS));
			int n = 0;
			for (Row r : rows) {
				if (monitor.isCanceled()) {
					throw new InterruptedException();
				}
				Optional<Credit> c = Optional.ofNullable(byPerson.get(r.id()));
				Person p = r.person();
				out.add(List.of(BigDecimal.valueOf(++n), p.name(), p.gender().label(), p.citizenId().value(), r.organization(), p.post(),
						p.rank().orElse(""), r.enrollment().status().label(), c.map(Credit::hours).orElse(BigDecimal.ZERO),
						BigDecimal.valueOf(c.map(Credit::days).orElse(0))));
			}
			return out;
		});
	}

	void focus() {
		table.table().setFocus();
	}
}
