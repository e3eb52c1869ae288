package org.dangxiao.training.ui.dialogs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dangxiao.model.OrgId;
import org.dangxiao.model.Organization;
import org.dangxiao.model.OrganizationTree;
import org.dangxiao.model.Person;
import org.dangxiao.model.PersonId;
import org.dangxiao.model.Workspace;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.model.training.ClassId;
import org.dangxiao.model.training.TrainingProgram;
import org.dangxiao.training.Training;
import org.dangxiao.training.schedule.Assignment;
import org.dangxiao.training.schedule.ClassSlot;
import org.dangxiao.training.schedule.Proposal;
import org.dangxiao.training.schedule.ScheduleRequest;
import org.dangxiao.training.schedule.Scheduler;
import org.dangxiao.training.schedule.Trainee;
import org.dangxiao.training.schedule.Violation;
import org.dangxiao.training.ui.Messages;
import org.dangxiao.training.ui.Ui;
import org.dangxiao.training.ui.VirtualTable;
import org.dangxiao.ui.Edits;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;

/**
 * 排班建议: who of the program's untrained people goes to which class, at most so many of one unit
 * per class, in classes that end by the deadline. The proposal explains what it cannot do; the user
 * moves or removes people (the proposal refuses what would break a rule), then 应用 puts everyone
 * on their class's roster in one command that 编辑 > 撤销 takes back.
 */
public final class ScheduleDialog extends TitleAreaDialog {
	private static final int DEFAULT_LIMIT = 5;

	/** A row of the classes table; no slot is the row that shows every class. */
	private record ClassRow(Optional<ClassSlot> slot, int placed, boolean usable) {
	}

	/** A row of the people table: placed in a class, or not (yet). */
	private record Line(PersonId person, String name, OrgId unit, Optional<ClassId> classId) {
	}

	private final Workspace workspace;
	private final TrainingProgram program;
	private final OrganizationTree tree;
	private Spinner level;
	private Label levelExample;
	private Spinner limit;
	private Label explanation;
	private Label violations;
	private TableViewer classes;
	private Button showPlaced;
	private VirtualTable<Line> lines;
	private Button move;
	private Button remove;
	private Button add;
	private Menu moveMenu;
	private Menu addMenu;
	private Label summary;
	private Optional<Proposal> proposal = Optional.empty();
	private Map<PersonId, Person> people = Map.of();
	/** The user changed the proposal: proposing again would throw that away. */
	private boolean edited;

	public ScheduleDialog(Shell parent, Workspace workspace, TrainingProgram program) {
		super(parent);
		this.workspace = workspace;
		this.program = program;
		this.tree = workspace.organizations();
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Point getInitialSize() {
		Point p = super.getInitialSize();
		return new Point(Math.max(p.x, 1000), Math.max(p.y, 700));
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Nls.bind(Messages.Schedule_TITLE, program.name()));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(Nls.bind(Messages.Schedule_TITLE, program.name()));
		setMessage(Nls.bind(Messages.Schedule_INSTRUCTION, program.deadline()));
		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().margins(10, 8).spacing(8, 8).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);

		Composite inputs = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).spacing(8, 6).applyTo(inputs);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(inputs);
		new Label(inputs, SWT.NONE).setText(Messages.Schedule_LEVEL);
		level = Ui.testId(new Spinner(inputs, SWT.BORDER), "schedule.level");
		level.setValues(1, 1, Math.max(1, maxDepth()), 0, 1, 1);
		level.setToolTipText(Messages.Schedule_LEVEL_TOOLTIP);
		levelExample = Ui.testId(new Label(inputs, SWT.NONE), "schedule.levelExample");
		levelExample.setForeground(Ui.GREY);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(levelExample);
		level.addModifyListener(e -> showLevelExample());
		new Label(inputs, SWT.NONE).setText(Messages.Schedule_LIMIT);
		limit = Ui.testId(new Spinner(inputs, SWT.BORDER), "schedule.limit");
		limit.setValues(DEFAULT_LIMIT, 1, 10_000, 0, 1, 5);
		limit.setToolTipText(Messages.Schedule_LIMIT_TOOLTIP);
		new Label(inputs, SWT.NONE).setText(Messages.Schedule_LIMIT_UNIT);
		Button propose = Ui.button(inputs, Messages.Schedule_PROPOSE, "schedule.propose", this::proposeAgain);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.CENTER).grab(true, false).applyTo(propose);
		propose.setToolTipText(Messages.Schedule_PROPOSE_TOOLTIP);
		showLevelExample();

		explanation = Ui.testId(new Label(body, SWT.WRAP), "schedule.explanation");
		explanation.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DIALOG_FONT));
		GridDataFactory.fillDefaults().grab(true, false).hint(900, SWT.DEFAULT).applyTo(explanation);
		violations = Ui.testId(new Label(body, SWT.WRAP), "schedule.violations");
		violations.setForeground(Ui.RED);
		GridDataFactory.fillDefaults().grab(true, false).hint(900, SWT.DEFAULT).applyTo(violations);

		SashForm sash = new SashForm(body, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		createClasses(sash);
		createLines(sash);
		sash.setWeights(52, 48);
		return area;
	}

	private void createClasses(Composite parent) {
		Composite pane = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(0, 0).spacing(0, 4).applyTo(pane);
		new Label(pane, SWT.NONE).setText(Messages.Schedule_CLASSES);
		classes = new TableViewer(pane, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		Ui.testId(classes.getTable(), "schedule.classes");
		classes.getTable().setHeaderVisible(true);
		classes.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(400, 260).applyTo(classes.getTable());
		java.util.function.Function<ClassRow, Optional<org.eclipse.swt.graphics.Color>> late = r -> r.usable() ? Optional.empty()
				: Optional.of(Ui.GREY);
		Ui.column(classes, Messages.Col_CLASS, 200, SWT.LEFT, ClassRow.class,
				r -> r.slot().map(ClassSlot::name).orElse(Messages.Schedule_ALL_CLASSES), late);
		Ui.column(classes, Messages.Col_DATES, 170, SWT.LEFT, ClassRow.class,
				r -> r.slot().map(s -> Ui.range(s.start(), s.end())).orElse(""), late);
		Ui.column(classes, Messages.Col_FREE, 50, SWT.RIGHT, ClassRow.class,
				r -> Integer.toString(r.slot().map(ClassSlot::freeSeats).orElseGet(this::totalSeats)), late);
		Ui.column(classes, Messages.Schedule_COL_PLACED, 70, SWT.RIGHT, ClassRow.class, r -> Integer.toString(r.placed()), late);
		Ui.column(classes, Messages.Schedule_COL_NOTE, 160, SWT.LEFT, ClassRow.class,
				r -> r.usable() ? "" : Messages.Schedule_AFTER_DEADLINE, late);
		classes.setContentProvider(ArrayContentProvider.getInstance());
		classes.addSelectionChangedListener(e -> showLines());
	}

	private void createLines(Composite parent) {
		Composite pane = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).margins(6, 0).spacing(8, 4).applyTo(pane);
		showPlaced = Ui.testId(new Button(pane, SWT.RADIO), "schedule.showPlaced");
		showPlaced.setText(Messages.Schedule_SHOW_PLACED);
		showPlaced.setSelection(true);
		Button showUnplaced = Ui.testId(new Button(pane, SWT.RADIO), "schedule.showUnplaced");
		showUnplaced.setText(Messages.Schedule_SHOW_UNPLACED);
		showPlaced.addListener(SWT.Selection, e -> showLines());
		showUnplaced.addListener(SWT.Selection, e -> showLines());
		summary = Ui.testId(new Label(pane, SWT.RIGHT), "schedule.summary");
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(summary);

		lines = new VirtualTable<Line>(pane, SWT.MULTI, "schedule.assignments")
				.column(Messages.Col_NAME, 120, SWT.LEFT, Line::name)
				.column(Messages.Schedule_COL_UNIT, 180, SWT.LEFT, l -> unitName(l.unit()))
				.column(Messages.Col_CLASS, 180, SWT.LEFT, l -> l.classId().flatMap(this::slot).map(ClassSlot::name)
						.orElse(Messages.Schedule_NOT_PLACED));
		GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(460, 260).applyTo(lines.table());
		lines.table().addListener(SWT.Selection, e -> updateButtons());
		Ui.onDelete(lines.table(), this::removeSelected);

		Composite buttons = new Composite(pane, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).equalWidth(false).applyTo(buttons);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(buttons);
		move = Ui.button(buttons, Messages.Schedule_MOVE, "schedule.move", () -> Ui.dropDown(move, moveMenu));
		move.setToolTipText(Messages.Schedule_MOVE_TOOLTIP);
		moveMenu = classMenu(move, Proposal::move);
		remove = Ui.button(buttons, Messages.Schedule_REMOVE, "schedule.remove", this::removeSelected);
		remove.setToolTipText(Messages.Schedule_REMOVE_TOOLTIP);
		add = Ui.button(buttons, Messages.Schedule_ADD, "schedule.add", () -> Ui.dropDown(add, addMenu));
		add.setToolTipText(Messages.Schedule_ADD_TOOLTIP);
		addMenu = classMenu(add, Proposal::add);
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		Ui.testId(createButton(parent, IDialogConstants.OK_ID, Messages.Schedule_APPLY, true), "dialog.ok");
		Ui.testId(createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false), "dialog.cancel");
	}

	@Override
	public void create() {
		super.create();
		propose(); // the defaults give a useful first proposal; the user adjusts from there
	}

	private int maxDepth() {
		return tree.all().stream().mapToInt(o -> tree.path(o.id()).size() - 1).max().orElse(1);
	}

	/** 如：甲乡、乙镇、丙街道等 12 个单位. */
	private void showLevelExample() {
		List<Organization> units = tree.all().stream().filter(o -> tree.path(o.id()).size() - 1 == level.getSelection())
				.sorted(java.util.Comparator.comparing(Organization::code)).toList();
		List<String> names = units.stream().limit(3).map(Organization::name).toList();
		levelExample.setText(units.isEmpty() ? "" : Nls.bind(Messages.Schedule_LEVEL_EXAMPLE, Ui.joinList(names), units.size()));
		levelExample.getParent().layout(new Control[] { levelExample });
	}

	private void proposeAgain() {
		if (edited && !MessageDialog.openConfirm(getShell(), Messages.Schedule_AGAIN_TITLE, Messages.Schedule_AGAIN)) {
			return;
		}
		propose();
	}

	private void propose() {
		int unitDepth = level.getSelection();
		int max = limit.getSelection();
		BusyIndicator.showWhile(getShell().getDisplay(), () -> {
			ScheduleRequest request = Training.scheduleRequest(workspace, program.id(), unitDepth, max);
			Proposal p = Scheduler.propose(request);
			Map<PersonId, Person> byId = new HashMap<>();
			// one read for everyone: a proposal may place thousands
			workspace.people(request.trainees().stream().map(Trainee::person).toList()).forEach(x -> byId.put(x.id(), x));
			people = byId;
			proposal = Optional.of(p);
		});
		edited = false;
		setErrorMessage(null);
		showProposal();
		classes.setSelection(new StructuredSelection(classes.getElementAt(0)));
	}

	private void showProposal() {
		Proposal p = proposal.orElseThrow();
		explanation.setText(Ui.humanize(p.explanation(this::unitName), this::personName, this::unitNameOf));
		List<Violation> broken = p.violations();
		violations.setText(broken.isEmpty() ? ""
				: Ui.humanize(String.join("\n", broken.stream().map(Violation::message).toList()), this::personName, this::unitNameOf));
		violations.setVisible(!broken.isEmpty());
		((org.eclipse.swt.layout.GridData) violations.getLayoutData()).exclude = broken.isEmpty();

		Optional<ClassRow> selectedRow = selectedClassRow();
		List<ClassRow> rows = new ArrayList<>();
		rows.add(new ClassRow(Optional.empty(), p.placed(), true));
		for (ClassSlot s : p.request().classes().stream().sorted(ClassSlot.CHRONOLOGICAL).toList()) {
			rows.add(new ClassRow(Optional.of(s), (int) p.assignments().stream().filter(a -> a.classId().equals(s.id())).count(),
					p.request().usable(s)));
		}
		classes.setInput(rows);
		// keep the class the user was looking at
		selectedRow.flatMap(old -> rows.stream().filter(r -> r.slot().map(ClassSlot::id).equals(old.slot().map(ClassSlot::id))).findFirst())
				.ifPresent(r -> classes.setSelection(new StructuredSelection(r)));
		summary.setText(Nls.bind(Messages.Schedule_SUMMARY, p.placed(), p.unplaced().size()));
		showLines();
		explanation.getParent().layout(true, true);
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(p.placed() > 0 && broken.isEmpty());
		}
	}

	private void showLines() {
		if (proposal.isEmpty()) {
			return;
		}
		Proposal p = proposal.get();
		List<Line> out = new ArrayList<>();
		if (showPlaced.getSelection()) {
			Optional<ClassId> only = selectedClassRow().flatMap(ClassRow::slot).map(ClassSlot::id);
			Map<PersonId, Trainee> trainees = new HashMap<>();
			p.request().trainees().forEach(t -> trainees.put(t.person(), t));
			for (Assignment a : p.assignments()) {
				if (only.map(a.classId()::equals).orElse(true)) {
					out.add(new Line(a.person(), personName(a.person().value()).orElse(""), trainees.get(a.person()).unit(),
							Optional.of(a.classId())));
				}
			}
		} else {
			for (Trainee t : p.unplaced()) {
				out.add(new Line(t.person(), personName(t.person().value()).orElse(""), t.unit(), Optional.empty()));
			}
		}
		lines.setRows(out, Line::person);
		updateButtons();
	}

	private void updateButtons() {
		boolean any = lines.selectionCount() > 0;
		boolean placed = showPlaced.getSelection();
		move.setEnabled(any && placed);
		remove.setEnabled(any && placed);
		add.setEnabled(any && !placed);
	}

	private Optional<ClassRow> selectedClassRow() {
		return classes.getStructuredSelection().getFirstElement() instanceof ClassRow r ? Optional.of(r) : Optional.empty();
	}

	/**
	 * The classes people may go to, each with the seats it has left in the current proposal; built
	 * afresh each time it opens.
	 */
	private Menu classMenu(Button owner, Edit edit) {
		Menu menu = new Menu(owner);
		menu.addListener(SWT.Show, e -> {
			for (MenuItem old : menu.getItems()) {
				old.dispose();
			}
			if (proposal.isEmpty()) {
				return;
			}
			Proposal p = proposal.get();
			for (ClassSlot s : p.request().usableClasses()) {
				long placed = p.assignments().stream().filter(a -> a.classId().equals(s.id())).count();
				MenuItem item = new MenuItem(menu, SWT.PUSH);
				item.setText(Nls.bind(Messages.Schedule_CLASS_ITEM, s.name(), Ui.range(s.start(), s.end()), s.freeSeats() - placed));
				item.addListener(SWT.Selection, x -> editEach(line -> q -> edit.apply(q, line.person(), s.id())));
			}
			if (p.request().usableClasses().isEmpty()) {
				MenuItem none = new MenuItem(menu, SWT.PUSH);
				none.setText(Messages.Schedule_NO_USABLE_CLASS);
				none.setEnabled(false);
			}
		});
		return menu;
	}

	/** How one person is placed into a class: {@link Proposal#move} or {@link Proposal#add}. */
	@FunctionalInterface
	private interface Edit {
		Proposal apply(Proposal p, PersonId person, ClassId classId);
	}

	private void removeSelected() {
		if (proposal.isEmpty() || !showPlaced.getSelection()) {
			return;
		}
		editEach(line -> q -> q.remove(line.person()));
	}

	/**
	 * Applies the edit to each selected person in turn; a refusal (the class is full, the unit's
	 * limit is reached) leaves that person where they were and is shown in the message area.
	 */
	private void editEach(java.util.function.Function<Line, java.util.function.UnaryOperator<Proposal>> edit) {
		List<Line> chosen = lines.selected();
		if (chosen.isEmpty()) {
			return;
		}
		Proposal p = proposal.orElseThrow();
		List<String> refusals = new ArrayList<>();
		for (Line line : chosen) {
			try {
				p = edit.apply(line).apply(p);
			} catch (IllegalArgumentException e) {
				refusals.add(Ui.humanize(e.getMessage(), this::personName, this::unitNameOf));
			}
		}
		proposal = Optional.of(p);
		edited = true;
		showProposal();
		if (refusals.isEmpty()) {
			setErrorMessage(null);
		} else if (refusals.size() == 1) {
			setErrorMessage(refusals.get(0));
		} else {
			setErrorMessage(Nls.bind(Messages.Schedule_REFUSED_SOME, refusals.size(), chosen.size(), refusals.get(0)));
		}
	}

	private int totalSeats() {
		return proposal.map(p -> p.request().usableClasses().stream().mapToInt(ClassSlot::freeSeats).sum()).orElse(0);
	}

	private Optional<ClassSlot> slot(ClassId id) {
		return proposal.flatMap(p -> p.request().slot(id));
	}

	private String unitName(OrgId id) {
		return tree.get(id).map(Organization::name).orElse(id.toString());
	}

	private Optional<String> unitNameOf(long id) {
		return tree.get(new OrgId(id)).map(Organization::name);
	}

	private Optional<String> personName(long id) {
		return Optional.ofNullable(people.get(new PersonId(id))).map(Person::name);
	}

	@Override
	protected void okPressed() {
		if (proposal.isEmpty() || proposal.get().placed() == 0) {
			return;
		}
		Proposal p = proposal.get();
		if (!p.violations().isEmpty()) {
			setErrorMessage(Ui.humanize(p.violations().get(0).message(), this::personName, this::unitNameOf));
			return;
		}
		boolean[] done = new boolean[1];
		BusyIndicator.showWhile(getShell().getDisplay(), () -> done[0] = Edits.run(getShell(), workspace, Training.apply(p)));
		if (done[0]) {
			super.okPressed();
		}
	}
}
