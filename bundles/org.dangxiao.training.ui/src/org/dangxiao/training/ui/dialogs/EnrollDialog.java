package org.dangxiao.training.ui.dialogs;

import org.dangxiao.ui.FormDialog;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.dangxiao.model.Person;
import org.dangxiao.model.PersonId;
import org.dangxiao.model.Workspace;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.model.training.ClassId;
import org.dangxiao.model.training.Enrollment;
import org.dangxiao.model.training.ProgramId;
import org.dangxiao.model.training.TrainingClass;
import org.dangxiao.model.training.TrainingProgram;
import org.dangxiao.training.Training;
import org.dangxiao.training.ui.Messages;
import org.dangxiao.training.ui.Ui;
import org.dangxiao.ui.Edits;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * 将所选人员加入班次: choose a program, then one of its classes (with the seats it has left); the
 * people go on its roster as 在训 in one command. Those already on the roster stay as they are.
 */
public final class EnrollDialog extends FormDialog {
	/** One class as listed: with its free seats and how many of the chosen are on its roster already. */
	private record Row(TrainingClass k, int free, int alreadyOn) {
	}

	private final Workspace workspace;
	private final List<Person> people;
	private final Set<PersonId> ids;
	private final List<TrainingProgram> programs;
	private final Optional<ProgramId> preferred;
	private Combo program;
	private TableViewer classes;
	private Optional<ClassId> chosenClassId = Optional.empty();

	/** @param preferred the program to start with, e.g. the one selected in 轮训 */
	public EnrollDialog(Shell parent, Workspace workspace, List<Person> people, Optional<ProgramId> preferred) {
		super(parent);
		this.workspace = workspace;
		this.people = List.copyOf(people);
		this.ids = people.stream().map(Person::id).collect(Collectors.toUnmodifiableSet());
		this.programs = workspace.list(TrainingProgram.class).stream()
				.sorted(Comparator.comparingInt(TrainingProgram::year).reversed().thenComparing(TrainingProgram::deadline)).toList();
		this.preferred = preferred;
	}

	@Override
	protected String title() {
		return Messages.Enroll_TITLE;
	}

	@Override
	protected String instruction() {
		return Nls.bind(Messages.Enroll_INSTRUCTION, people.size(), names());
	}

	@Override
	protected String okLabel() {
		return Messages.Enroll_OK;
	}

	/** 张三、李四、王五等 12 人. */
	private String names() {
		List<String> first = people.stream().limit(3).map(Person::name).toList();
		return people.size() <= 3 ? Ui.joinList(first) : Nls.bind(Messages.Enroll_NAMES_MORE, Ui.joinList(first), people.size());
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Composite form = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 8).spacing(10, 6).applyTo(form);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		new Label(form, SWT.NONE).setText(Messages.Enroll_PROGRAM);
		program = Ui.testId(new Combo(form, SWT.READ_ONLY | SWT.DROP_DOWN), "enroll.program");
		programs.forEach(p -> program.add(Nls.bind(Messages.Enroll_PROGRAM_ITEM, p.name(), p.year())));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(program);
		program.select(startIndex());
		program.addListener(SWT.Selection, e -> {
			showClasses();
			changed();
		});

		Label classLabel = new Label(form, SWT.NONE);
		classLabel.setText(Messages.Enroll_CLASS);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(classLabel);
		classes = new TableViewer(form, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
		Ui.testId(classes.getTable(), "enroll.classes");
		classes.getTable().setHeaderVisible(true);
		classes.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(620, 220).applyTo(classes.getTable());
		Ui.column(classes, Messages.Col_CLASS, 220, SWT.LEFT, Row.class, r -> r.k().name());
		Ui.column(classes, Messages.Col_DATES, 190, SWT.LEFT, Row.class, r -> Ui.range(r.k().start(), r.k().end()));
		Ui.column(classes, Messages.Col_MODE, 80, SWT.LEFT, Row.class, r -> r.k().mode().label());
		Ui.column(classes, Messages.Col_FREE, 60, SWT.RIGHT, Row.class, r -> Integer.toString(r.free()),
				r -> r.free() < ids.size() - r.alreadyOn() ? Optional.of(Ui.RED) : Optional.empty());
		Ui.column(classes, Messages.Enroll_COL_ALREADY, 70, SWT.RIGHT, Row.class, r -> r.alreadyOn() == 0 ? "" : Integer.toString(r.alreadyOn()));
		classes.setContentProvider(ArrayContentProvider.getInstance());
		classes.addSelectionChangedListener(e -> changed());
		classes.addDoubleClickListener(e -> okPressed());
		showClasses();
		return area;
	}

	/**
	 * The preferred program, else the first still running that has a class not yet over, else the
	 * first with any class, else the newest: the one people are most likely being added to.
	 */
	private int startIndex() {
		for (int i = 0; i < programs.size(); i++) {
			if (preferred.filter(programs.get(i).id()::equals).isPresent()) {
				return i;
			}
		}
		LocalDate today = LocalDate.now();
		for (int i = 0; i < programs.size(); i++) {
			TrainingProgram p = programs.get(i);
			if (!p.deadline().isBefore(today) && Training.classes(workspace, p.id()).stream().anyMatch(k -> !k.end().isBefore(today))) {
				return i;
			}
		}
		for (int i = 0; i < programs.size(); i++) {
			if (!Training.classes(workspace, programs.get(i).id()).isEmpty()) {
				return i;
			}
		}
		return programs.isEmpty() ? -1 : 0;
	}

	private void showClasses() {
		Optional<TrainingProgram> p = chosenProgram();
		List<Row> rows = new ArrayList<>();
		BusyIndicator.showWhile(getShell().getDisplay(), () -> p.ifPresent(prog -> {
			for (TrainingClass k : Training.classes(workspace, prog.id())) {
				Set<PersonId> on = new HashSet<>();
				Training.roster(workspace, k.id()).stream().map(Enrollment::person).filter(ids::contains).forEach(on::add);
				rows.add(new Row(k, Training.freeSeats(workspace, k), on.size()));
			}
		}));
		classes.setInput(rows);
		// the first class that still takes everyone: the usual choice
		rows.stream().filter(r -> r.free() >= ids.size() - r.alreadyOn() && !r.k().end().isBefore(LocalDate.now())).findFirst()
				.ifPresent(r -> classes.setSelection(new StructuredSelection(r), true));
	}

	private Optional<TrainingProgram> chosenProgram() {
		int i = program.getSelectionIndex();
		return i < 0 ? Optional.empty() : Optional.of(programs.get(i));
	}

	private Optional<Row> chosenClass() {
		return classes.getStructuredSelection().getFirstElement() instanceof Row r ? Optional.of(r) : Optional.empty();
	}

	@Override
	protected Optional<String> problem() {
		if (programs.isEmpty()) {
			return Optional.of(Messages.Enroll_NO_PROGRAMS);
		}
		if (classes.getTable().getItemCount() == 0) {
			return Optional.of(Messages.Enroll_NO_CLASSES);
		}
		Optional<Row> row = chosenClass();
		if (row.isEmpty()) {
			return Optional.of(Messages.Enroll_CHOOSE_CLASS);
		}
		int newcomers = ids.size() - row.get().alreadyOn();
		if (newcomers == 0) {
			return Optional.of(Nls.bind(Messages.Enroll_ALL_ON, row.get().k().name()));
		}
		if (newcomers > row.get().free()) {
			return Optional.of(Nls.bind(Messages.Enroll_TOO_MANY, row.get().k().name(), row.get().free(), newcomers));
		}
		return Optional.empty();
	}

	@Override
	protected Optional<String> warning() {
		TrainingClass k = chosenClass().orElseThrow().k();
		if (k.end().isBefore(LocalDate.now())) {
			return Optional.of(Nls.bind(Messages.Enroll_CLASS_OVER, k.name(), k.end()));
		}
		int already = chosenClass().orElseThrow().alreadyOn();
		return already > 0 ? Optional.of(Nls.bind(Messages.Enroll_SOME_ON, already)) : Optional.empty();
	}

	/** The class the people were added to; only after OK. */
	public Optional<ClassId> enrolledIn() {
		return chosenClassId;
	}

	@Override
	protected boolean commit() {
		TrainingClass k = chosenClass().orElseThrow().k();
		boolean[] done = new boolean[1];
		BusyIndicator.showWhile(getShell().getDisplay(),
				() -> done[0] = Edits.run(getShell(), workspace, Training.enroll(k, List.copyOf(ids))));
		if (done[0]) {
			chosenClassId = Optional.of(k.id());
		}
		return done[0];
	}
}
