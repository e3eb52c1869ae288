package org.dangxiao.training.ui.parts;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.dangxiao.model.Organization;
import org.dangxiao.model.Person;
import org.dangxiao.model.Workspace;
import org.dangxiao.model.WorkspaceEvent;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.model.people.StatusPeriod;
import org.dangxiao.model.training.ClassId;
import org.dangxiao.model.training.Coverage;
import org.dangxiao.model.training.Enrollment;
import org.dangxiao.model.training.EnrollmentStatus;
import org.dangxiao.model.training.ProgramId;
import org.dangxiao.model.training.TrainingClass;
import org.dangxiao.model.training.TrainingProgram;
import org.dangxiao.training.Training;
import org.dangxiao.ui.Async;
import org.dangxiao.training.ui.Messages;
import org.dangxiao.training.ui.TrainingEdits;
import org.dangxiao.training.ui.Ui;
import org.dangxiao.training.ui.dialogs.ClassDialog;
import org.dangxiao.training.ui.dialogs.CopyClassDialog;
import org.dangxiao.training.ui.dialogs.ProgramDialog;
import org.dangxiao.training.ui.dialogs.ScheduleDialog;
import org.dangxiao.ui.Edits;
import org.dangxiao.ui.Topics;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * 轮训: the training programs, the classes (班次) of the one selected, and below them the roster,
 * courses and coverage. Every change goes through one workspace command, so 编辑 > 撤销 takes it
 * back; the views follow {@link Topics#WORKSPACE_CHANGED} and keep what was selected.
 */
public class TrainingPart {
	public static final String ID = "org.dangxiao.training.ui.part.training";

	@Inject
	private Workspace workspace;
	@Inject
	private ESelectionService selectionService;

	private TableViewer programs;
	private Label classesTitle;
	private TableViewer classes;
	private Button editProgram;
	private Button deleteProgram;
	private Button newClass;
	private Button editClass;
	private Button copyClass;
	private Button deleteClass;
	private Button schedule;
	private CTabFolder tabs;
	private RosterTab roster;
	private CoursesTab courses;
	private CoverageTab coverage;
	private Async<Map<ProgramId, Coverage>> coverageJob;
	private Map<ProgramId, Coverage> programCoverage = Map.of();
	private boolean coverageReady;
	/** Seats taken per class of the selected program (all but 退训). */
	private Map<ClassId, Integer> seated = Map.of();
	/** Set while tables are refilled, so the selection they restore does not reload the views below. */
	private boolean refilling;

	@PostConstruct
	public void createControls(Composite parent) {
		parent.setLayout(new FillLayout());
		SashForm vertical = new SashForm(parent, SWT.VERTICAL);
		SashForm top = new SashForm(vertical, SWT.HORIZONTAL);
		createPrograms(top);
		createClasses(top);
		top.setWeights(40, 60);

		tabs = Ui.testId(new CTabFolder(vertical, SWT.BORDER | SWT.FLAT), "training.tabs");
		tabs.setTabHeight(Math.max(tabs.getTabHeight(), 26));
		roster = new RosterTab(tabs, workspace, this::publishSelection);
		courses = new CoursesTab(tabs, workspace);
		coverage = new CoverageTab(tabs, workspace, this::publishSelection);
		tabs.setSelection(roster.item());
		tabs.addListener(SWT.Selection, e -> {
			if (tabs.getSelection() == coverage.item()) {
				coverage.shown();
			}
		});
		vertical.setWeights(42, 58);

		coverageJob = new Async<>(programs.getControl());
		reloadPrograms();
		selectFirstProgramIfNone();
		programSelected();
	}

	// ---- programs --------------------------------------------------------------------------

	private void createPrograms(Composite parent) {
		Composite pane = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().margins(6, 6).spacing(6, 6).applyTo(pane);
		Label title = new Label(pane, SWT.NONE);
		title.setText(Messages.Programs_TITLE);
		programs = new TableViewer(pane, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		Ui.testId(programs.getTable(), "training.programs");
		programs.getTable().setHeaderVisible(true);
		programs.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(360, 120).applyTo(programs.getTable());
		Ui.column(programs, Messages.Col_PROGRAM, 200, SWT.LEFT, TrainingProgram.class, TrainingProgram::name);
		Ui.column(programs, Messages.Col_YEAR, 50, SWT.RIGHT, TrainingProgram.class, p -> Integer.toString(p.year()));
		Ui.column(programs, Messages.Col_DEADLINE, 90, SWT.LEFT, TrainingProgram.class, p -> p.deadline().toString());
		Ui.column(programs, Messages.Col_REQUIRED_HOURS, 70, SWT.RIGHT, TrainingProgram.class, p -> Ui.hours(p.requiredHours()));
		Ui.column(programs, Messages.Col_COVERAGE, 70, SWT.RIGHT, TrainingProgram.class,
				p -> coverageReady ? Optional.ofNullable(programCoverage.get(p.id())).map(Ui::percent).orElse("") : Messages.Common_COMPUTING,
				p -> Optional.ofNullable(programCoverage.get(p.id())).filter(c -> c.target() > 0 && c.ratio() < 0.6).map(c -> Ui.RED));
		programs.setContentProvider(ArrayContentProvider.getInstance());
		ColumnViewerToolTipSupport.enableFor(programs);
		programs.addSelectionChangedListener(e -> {
			if (!refilling) {
				programSelected();
			}
		});
		programs.addDoubleClickListener(e -> editProgram());
		Ui.onDelete(programs.getTable(), this::deleteProgram);

		Composite buttons = new Composite(pane, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(buttons);
		Button create = Ui.button(buttons, Messages.Programs_NEW, "training.newProgram", this::newProgram);
		create.setToolTipText(Messages.Programs_NEW_TOOLTIP);
		editProgram = Ui.button(buttons, Messages.Programs_EDIT, "training.editProgram", this::editProgram);
		deleteProgram = Ui.button(buttons, Messages.Programs_DELETE, "training.deleteProgram", this::deleteProgram);
		deleteProgram.setToolTipText(Messages.Programs_DELETE_TOOLTIP);
		Ui.contextMenu(programs.getTable(), List.of(new Ui.Action(Messages.Programs_NEW, this::newProgram, () -> true),
				new Ui.Action(Messages.Programs_EDIT, this::editProgram, () -> selectedProgram().isPresent()),
				new Ui.Action(Messages.Programs_DELETE, this::deleteProgram, () -> selectedProgram().isPresent())));
	}

	private Optional<TrainingProgram> selectedProgram() {
		return programs.getStructuredSelection().getFirstElement() instanceof TrainingProgram p ? Optional.of(p) : Optional.empty();
	}

	/** Newest year first; within a year, the nearest deadline first. */
	private void reloadPrograms() {
		Optional<ProgramId> kept = selectedProgram().map(TrainingProgram::id);
		List<TrainingProgram> all = workspace.list(TrainingProgram.class).stream()
				.sorted(Comparator.comparingInt(TrainingProgram::year).reversed().thenComparing(TrainingProgram::deadline)
						.thenComparing(p -> p.id().value()))
				.toList();
		refilling = true;
		try {
			programs.setInput(all);
			kept.flatMap(id -> all.stream().filter(p -> p.id().equals(id)).findFirst())
					.ifPresent(p -> programs.setSelection(new StructuredSelection(p), true));
		} finally {
			refilling = false;
		}
		computeProgramCoverage(all);
	}

	private void selectFirstProgramIfNone() {
		if (selectedProgram().isEmpty() && programs.getTable().getItemCount() > 0) {
			refilling = true;
			try {
				programs.setSelection(new StructuredSelection(programs.getElementAt(0)), true);
			} finally {
				refilling = false;
			}
		}
	}

	/** Coverage of every program for its column: one query each, so off the UI thread. */
	private void computeProgramCoverage(List<TrainingProgram> all) {
		coverageReady = false;
		List<ProgramId> ids = all.stream().map(TrainingProgram::id).toList();
		coverageJob.run(() -> {
			Map<ProgramId, Coverage> out = new HashMap<>();
			for (ProgramId id : ids) {
				out.put(id, workspace.coverageByOrganization(id).values().stream().reduce(new Coverage(0, 0), Coverage::plus));
			}
			return out;
		}, result -> {
			programCoverage = result;
			coverageReady = true;
			programs.refresh();
		});
	}

	private void programSelected() {
		reloadClasses();
		selectFirstClassIfNone();
		Optional<TrainingProgram> p = selectedProgram();
		coverage.show(p);
		classSelected();
		updateButtons();
	}

	private void newProgram() {
		ProgramDialog dialog = new ProgramDialog(shell(), workspace, Optional.empty());
		if (dialog.open() == ProgramDialog.OK) {
			dialog.created().ifPresent(this::selectProgram);
		}
	}

	private void editProgram() {
		selectedProgram().ifPresent(p -> new ProgramDialog(shell(), workspace, Optional.of(p)).open());
	}

	private void deleteProgram() {
		Optional<TrainingProgram> chosen = selectedProgram();
		if (chosen.isEmpty()) {
			return;
		}
		TrainingProgram p = chosen.get();
		int count = workspace.list(TrainingClass.class, p.id()).size();
		if (count > 0) {
			MessageDialog.openInformation(shell(), Messages.Programs_DELETE_TITLE, Nls.bind(Messages.Program_DELETE_HAS_CLASSES, p.name(), count));
			return;
		}
		if (MessageDialog.openConfirm(shell(), Messages.Programs_DELETE_TITLE, Nls.bind(Messages.Programs_DELETE_CONFIRM, p.name()))) {
			Edits.run(shell(), workspace, TrainingEdits.removeProgram(p));
		}
	}

	/** Shows a program just created: the workspace has it already, the change event may come later. */
	private void selectProgram(ProgramId id) {
		reloadPrograms();
		workspace.get(TrainingProgram.class, id).ifPresent(p -> {
			programs.setSelection(new StructuredSelection(p), true);
			programs.getControl().setFocus();
		});
	}

	// ---- classes ---------------------------------------------------------------------------

	private void createClasses(Composite parent) {
		Composite pane = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().margins(6, 6).spacing(6, 6).applyTo(pane);
		classesTitle = Ui.testId(new Label(pane, SWT.NONE), "training.classes.title");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(classesTitle);
		classes = new TableViewer(pane, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		Ui.testId(classes.getTable(), "training.classes");
		classes.getTable().setHeaderVisible(true);
		classes.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(520, 120).applyTo(classes.getTable());
		Ui.column(classes, Messages.Col_CLASS, 190, SWT.LEFT, TrainingClass.class, TrainingClass::name);
		Ui.column(classes, Messages.Col_DATES, 180, SWT.LEFT, TrainingClass.class, k -> Ui.range(k.start(), k.end()));
		Ui.column(classes, Messages.Col_MODE, 70, SWT.LEFT, TrainingClass.class, k -> k.mode().label());
		Ui.column(classes, Messages.Col_PLACE, 120, SWT.LEFT, TrainingClass.class, TrainingClass::place);
		Ui.column(classes, Messages.Col_CAPACITY, 50, SWT.RIGHT, TrainingClass.class, k -> Integer.toString(k.capacity()));
		Ui.column(classes, Messages.Col_ENROLLED, 50, SWT.RIGHT, TrainingClass.class, k -> Integer.toString(seated.getOrDefault(k.id(), 0)),
				k -> seated.getOrDefault(k.id(), 0) >= k.capacity() ? Optional.of(Ui.RED) : Optional.empty());
		Ui.column(classes, Messages.Col_HEAD_TEACHER, 80, SWT.LEFT, TrainingClass.class,
				k -> k.headTeacher().flatMap(workspace::person).map(Person::name).orElse(""));
		classes.setContentProvider(ArrayContentProvider.getInstance());
		classes.addSelectionChangedListener(e -> {
			if (!refilling) {
				classSelected();
			}
		});
		classes.addDoubleClickListener(e -> editClass());
		Ui.onDelete(classes.getTable(), this::deleteClass);

		Composite buttons = new Composite(pane, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(5).applyTo(buttons);
		newClass = Ui.button(buttons, Messages.Classes_NEW, "training.newClass", this::newClass);
		editClass = Ui.button(buttons, Messages.Classes_EDIT, "training.editClass", this::editClass);
		copyClass = Ui.button(buttons, Messages.Classes_COPY, "training.copyClass", this::copyClass);
		copyClass.setToolTipText(Messages.Classes_COPY_TOOLTIP);
		deleteClass = Ui.button(buttons, Messages.Classes_DELETE, "training.deleteClass", this::deleteClass);
		schedule = Ui.button(buttons, Messages.Classes_SCHEDULE, "training.schedule", this::schedule);
		schedule.setToolTipText(Messages.Classes_SCHEDULE_TOOLTIP);
		Ui.contextMenu(classes.getTable(), List.of(new Ui.Action(Messages.Classes_NEW, this::newClass, () -> selectedProgram().isPresent()),
				new Ui.Action(Messages.Classes_EDIT, this::editClass, () -> selectedClass().isPresent()),
				new Ui.Action(Messages.Classes_COPY, this::copyClass, () -> selectedClass().isPresent()),
				new Ui.Action(Messages.Classes_DELETE, this::deleteClass, () -> selectedClass().isPresent()), Ui.Action.SEPARATOR,
				new Ui.Action(Messages.Classes_SCHEDULE, this::schedule, () -> selectedProgram().isPresent())));
	}

	private Optional<TrainingClass> selectedClass() {
		return classes.getStructuredSelection().getFirstElement() instanceof TrainingClass k ? Optional.of(k) : Optional.empty();
	}

	private void reloadClasses() {
		Optional<TrainingProgram> p = selectedProgram();
		Optional<ClassId> kept = selectedClass().map(TrainingClass::id);
		List<TrainingClass> all = p.map(x -> Training.classes(workspace, x.id())).orElse(List.of());
		Map<ClassId, Integer> taken = new HashMap<>();
		for (TrainingClass k : all) {
			taken.put(k.id(), (int) Training.roster(workspace, k.id()).stream().filter(e -> e.status() != EnrollmentStatus.WITHDRAWN).count());
		}
		seated = taken;
		refilling = true;
		try {
			classes.setInput(all);
			kept.flatMap(id -> all.stream().filter(k -> k.id().equals(id)).findFirst())
					.ifPresent(k -> classes.setSelection(new StructuredSelection(k), true));
		} finally {
			refilling = false;
		}
		classesTitle.setText(p.map(x -> all.isEmpty() ? Nls.bind(Messages.Classes_TITLE_EMPTY, x.name())
				: Nls.bind(Messages.Classes_TITLE, x.name(), all.size())).orElse(Messages.Classes_NO_PROGRAM));
		classesTitle.getParent().layout(new Control[] { classesTitle });
	}

	private void selectFirstClassIfNone() {
		if (selectedClass().isEmpty() && classes.getTable().getItemCount() > 0) {
			refilling = true;
			try {
				classes.setSelection(new StructuredSelection(classes.getElementAt(0)), true);
			} finally {
				refilling = false;
			}
		}
	}

	private void classSelected() {
		Optional<TrainingClass> k = selectedClass();
		roster.show(selectedProgram(), k);
		courses.show(k);
		updateButtons();
	}

	private void newClass() {
		selectedProgram().ifPresent(p -> {
			ClassDialog dialog = new ClassDialog(shell(), workspace, p, Optional.empty());
			if (dialog.open() == ClassDialog.OK) {
				dialog.created().ifPresent(this::selectClass);
			}
		});
	}

	private void editClass() {
		Optional<TrainingProgram> p = selectedProgram();
		Optional<TrainingClass> k = selectedClass();
		if (p.isPresent() && k.isPresent()) {
			new ClassDialog(shell(), workspace, p.get(), k).open();
		}
	}

	private void copyClass() {
		selectedClass().ifPresent(k -> {
			CopyClassDialog dialog = new CopyClassDialog(shell(), workspace, k);
			if (dialog.open() == CopyClassDialog.OK) {
				dialog.created().ifPresent(this::selectClass);
			}
		});
	}

	private void deleteClass() {
		Optional<TrainingClass> chosen = selectedClass();
		if (chosen.isEmpty()) {
			return;
		}
		TrainingClass k = chosen.get();
		int trainees = Training.roster(workspace, k.id()).size();
		int courseCount = workspace.list(org.dangxiao.model.training.Course.class, k.id()).size();
		String question = trainees == 0 && courseCount == 0 ? Nls.bind(Messages.Classes_DELETE_CONFIRM, k.name())
				: Nls.bind(Messages.Classes_DELETE_CONFIRM_CONTENT, k.name(), courseCount, trainees);
		if (MessageDialog.openConfirm(shell(), Messages.Classes_DELETE_TITLE, question)) {
			BusyIndicator.showWhile(shell().getDisplay(),
					() -> Edits.run(shell(), workspace, org.dangxiao.model.Commands.removeClass(k)));
		}
	}

	private void selectClass(ClassId id) {
		reloadClasses();
		workspace.get(TrainingClass.class, id).ifPresent(k -> {
			classes.setSelection(new StructuredSelection(k), true);
			classes.getControl().setFocus();
		});
	}

	private void schedule() {
		selectedProgram().ifPresent(p -> new ScheduleDialog(shell(), workspace, p).open());
	}

	private void updateButtons() {
		boolean program = selectedProgram().isPresent();
		boolean trainingClass = selectedClass().isPresent();
		editProgram.setEnabled(program);
		deleteProgram.setEnabled(program);
		newClass.setEnabled(program);
		editClass.setEnabled(trainingClass);
		copyClass.setEnabled(trainingClass);
		deleteClass.setEnabled(trainingClass);
		schedule.setEnabled(program);
	}

	// ---- the shell -------------------------------------------------------------------------

	private Shell shell() {
		return programs.getControl().getShell();
	}

	/** The people selected in the roster or the untrained list, for 个人培训档案 and 加入班次. */
	private void publishSelection(List<Person> people) {
		selectionService.setSelection(people);
	}

	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	void workspaceChanged(@UIEventTopic(Topics.WORKSPACE_CHANGED) WorkspaceEvent event) {
		if (programs == null || programs.getControl().isDisposed()) {
			return;
		}
		if (event.affects(TrainingProgram.class)) {
			reloadPrograms();
			selectFirstProgramIfNone();
		} else if (event.affects(TrainingClass.class) || event.affects(Enrollment.class) || event.affects(Person.class)
				|| event.affects(Organization.class) || event.affects(StatusPeriod.class)) {
			computeProgramCoverage(workspace.list(TrainingProgram.class));
		}
		Optional<TrainingProgram> p = selectedProgram();
		if (event.affects(TrainingProgram.class) || event.affects(TrainingClass.class) || event.affects(Enrollment.class)
				|| event.affects(Person.class)) {
			reloadClasses();
			selectFirstClassIfNone();
		}
		Optional<TrainingClass> k = selectedClass();
		// the views below follow the (new versions of the) selection, and reread what the change touched
		if (!coverage.show(p)) {
			coverage.changed(event);
		}
		if (!roster.show(p, k)) {
			roster.changed(event);
		}
		if (!courses.show(k)) {
			courses.changed(event);
		}
		updateButtons();
	}

	@Focus
	public void setFocus() {
		programs.getControl().setFocus();
	}
}
