package org.dangxiao.training.ui.dialogs;

import org.dangxiao.ui.FormDialog;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.dangxiao.model.Command;
import org.dangxiao.model.Commands;
import org.dangxiao.model.PeopleQuery;
import org.dangxiao.model.Person;
import org.dangxiao.model.PersonId;
import org.dangxiao.model.Workspace;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.model.training.ClassId;
import org.dangxiao.model.training.ClassMode;
import org.dangxiao.model.training.TrainingClass;
import org.dangxiao.model.training.TrainingProgram;
import org.dangxiao.training.Training;
import org.dangxiao.training.ui.Messages;
import org.dangxiao.training.ui.Periods;
import org.dangxiao.training.ui.TrainingEdits;
import org.dangxiao.training.ui.Ui;
import org.dangxiao.ui.Edits;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * 新建 or 编辑班次. A new class starts from the program's latest one (place, mode, capacity, length)
 * on the Monday after it ends. The 班主任 is found by typing part of a name, pinyin initials or an
 * ID number, as in the people list.
 */
public final class ClassDialog extends FormDialog {
	private static final int MATCHES = 20;
	private static final int SEARCH_DELAY_MS = 150;

	private final Workspace workspace;
	private final TrainingProgram program;
	private final Optional<TrainingClass> seen;
	private final AtomicLong created = new AtomicLong(-1);
	private Text name;
	private Text start;
	private Text end;
	private Text place;
	private Combo mode;
	private Spinner capacity;
	private Text teacherSearch;
	private Table teachers;
	private Label teacherChosen;
	private Optional<Person> headTeacher = Optional.empty();
	private final List<Optional<Person>> shownTeachers = new ArrayList<>();
	private Runnable pendingSearch;

	/** @param seen the class to edit; empty to create one in {@code program} */
	public ClassDialog(Shell parent, Workspace workspace, TrainingProgram program, Optional<TrainingClass> seen) {
		super(parent);
		this.workspace = workspace;
		this.program = program;
		this.seen = seen;
	}

	public Optional<ClassId> created() {
		return created.get() < 0 ? Optional.empty() : Optional.of(new ClassId(created.get()));
	}

	@Override
	protected String title() {
		return seen.isEmpty() ? Messages.Class_NEW_TITLE : Messages.Class_EDIT_TITLE;
	}

	@Override
	protected String instruction() {
		return Nls.bind(Messages.Class_INSTRUCTION, program.name());
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite form = form(parent);
		Composite area = form.getParent();

		List<TrainingClass> siblings = Training.classes(workspace, program.id());
		Optional<TrainingClass> latest = siblings.stream().reduce((a, b) -> b);
		LocalDate firstDay = seen.map(TrainingClass::start)
				.orElseGet(() -> Periods.nextMonday(latest.map(TrainingClass::end).filter(d -> d.isAfter(LocalDate.now())).orElse(LocalDate.now())));
		long length = seen.or(() -> latest).map(TrainingClass::days).orElse(5L);
		name = text(form, Messages.Class_NAME, seen.map(TrainingClass::name).orElse(Periods.nthName(program.name(), siblings.size() + 1)),
				"class.name", "");
		start = text(form, Messages.Class_START, firstDay.toString(), "class.start", "2025-06-02");
		end = text(form, Messages.Class_END, seen.map(TrainingClass::end).orElse(firstDay.plusDays(length - 1)).toString(), "class.end",
				"2025-06-06");
		start.setToolTipText(Messages.Common_DATE_TOOLTIP);
		end.setToolTipText(Messages.Common_DATE_TOOLTIP);
		place = text(form, Messages.Class_PLACE, seen.or(() -> latest).map(TrainingClass::place).orElse(""), "class.place",
				Messages.Class_PLACE_HINT);

		new Label(form, SWT.NONE).setText(Messages.Class_MODE);
		mode = Ui.testId(new Combo(form, SWT.READ_ONLY | SWT.DROP_DOWN), "class.mode");
		for (ClassMode m : ClassMode.values()) {
			mode.add(m.label());
		}
		mode.select(seen.or(() -> latest).map(TrainingClass::mode).orElse(ClassMode.PARTY_SCHOOL).ordinal());
		mode.setToolTipText(Messages.Class_MODE_TOOLTIP);
		mode.addListener(SWT.Selection, e -> changed());

		new Label(form, SWT.NONE).setText(Messages.Class_CAPACITY);
		capacity = Ui.testId(new Spinner(form, SWT.BORDER), "class.capacity");
		capacity.setValues(seen.or(() -> latest).map(TrainingClass::capacity).orElse(50), 1, 100_000, 0, 1, 10);
		capacity.addModifyListener(e -> changed());

		Label teacherLabel = new Label(form, SWT.NONE);
		teacherLabel.setText(Messages.Class_HEAD_TEACHER);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(teacherLabel);
		Composite teacherPane = new Composite(form, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 4).applyTo(teacherPane);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(teacherPane);
		teacherSearch = Ui.testId(new Text(teacherPane, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL), "class.headTeacher");
		teacherSearch.setMessage(Messages.Class_HEAD_TEACHER_HINT);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(teacherSearch);
		teachers = Ui.testId(new Table(teacherPane, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL), "class.headTeacherList");
		GridDataFactory.fillDefaults().grab(true, true).hint(300, teachers.getItemHeight() * 5).applyTo(teachers);
		teacherChosen = Ui.testId(new Label(teacherPane, SWT.NONE), "class.headTeacherChosen");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(teacherChosen);
		headTeacher = seen.flatMap(TrainingClass::headTeacher).flatMap(workspace::person);
		teacherSearch.addModifyListener(e -> scheduleSearch());
		teacherSearch.addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.ARROW_DOWN && teachers.getItemCount() > 0) {
				teachers.setFocus();
				if (teachers.getSelectionIndex() < 0) {
					teachers.setSelection(0);
					teacherPicked();
				}
				e.doit = false;
			}
		});
		teachers.addListener(SWT.Selection, e -> teacherPicked());
		search();
		return area;
	}

	private void scheduleSearch() {
		if (pendingSearch != null) {
			teacherSearch.getDisplay().timerExec(-1, pendingSearch);
		}
		pendingSearch = () -> {
			pendingSearch = null;
			if (!teacherSearch.isDisposed()) {
				search();
			}
		};
		teacherSearch.getDisplay().timerExec(SEARCH_DELAY_MS, pendingSearch);
	}

	/** 不指定 first, then the chosen teacher, then up to 20 people the typed text finds. */
	private void search() {
		String typed = teacherSearch.getText().strip();
		shownTeachers.clear();
		shownTeachers.add(Optional.empty());
		headTeacher.ifPresent(p -> shownTeachers.add(Optional.of(p)));
		if (!typed.isEmpty()) {
			for (Person p : workspace.findPeople(new PeopleQuery(Optional.empty(), true, typed), 0, MATCHES)) {
				if (headTeacher.map(h -> !h.id().equals(p.id())).orElse(true)) {
					shownTeachers.add(Optional.of(p));
				}
			}
		}
		teachers.removeAll();
		for (Optional<Person> p : shownTeachers) {
			TableItem item = new TableItem(teachers, SWT.NONE);
			item.setText(p.map(this::describe).orElse(Messages.Class_NO_HEAD_TEACHER));
		}
		teachers.setSelection(headTeacher.isPresent() ? 1 : 0);
		showChosen();
	}

	private String describe(Person p) {
		return Nls.bind(Messages.Class_PERSON, p.name(), Ui.organization(workspace, p.organization()), Ui.masked(p.citizenId()));
	}

	private void teacherPicked() {
		int i = teachers.getSelectionIndex();
		if (i >= 0 && i < shownTeachers.size()) {
			headTeacher = shownTeachers.get(i);
			showChosen();
			changed();
		}
	}

	private void showChosen() {
		teacherChosen.setText(headTeacher.map(p -> Nls.bind(Messages.Class_HEAD_TEACHER_CHOSEN, describe(p))).orElse(Messages.Class_HEAD_TEACHER_NONE));
		teacherChosen.getParent().layout();
	}

	@Override
	protected Optional<String> problem() {
		if (name.getText().isBlank()) {
			return Optional.of(Messages.Class_NO_NAME);
		}
		Optional<LocalDate> from = Ui.parseDate(start.getText());
		if (from.isEmpty()) {
			return Optional.of(Nls.bind(Messages.Class_BAD_START, start.getText().strip()));
		}
		Optional<LocalDate> to = Ui.parseDate(end.getText());
		if (to.isEmpty()) {
			return Optional.of(Nls.bind(Messages.Class_BAD_END, end.getText().strip()));
		}
		if (to.get().isBefore(from.get())) {
			return Optional.of(Nls.bind(Messages.Class_END_BEFORE_START, to.get(), from.get()));
		}
		if (place.getText().isBlank()) {
			return Optional.of(Messages.Class_NO_PLACE);
		}
		return Optional.empty();
	}

	@Override
	protected Optional<String> warning() {
		LocalDate to = Ui.parseDate(end.getText()).orElseThrow();
		if (to.isAfter(program.deadline())) {
			return Optional.of(Nls.bind(Messages.Class_AFTER_DEADLINE, to, program.deadline()));
		}
		if (seen.isPresent()) {
			int seated = seen.get().capacity() - Training.freeSeats(workspace, seen.get());
			if (capacity.getSelection() < seated) {
				return Optional.of(Nls.bind(Messages.Class_CAPACITY_BELOW_ROSTER, capacity.getSelection(), seated));
			}
		}
		return Optional.empty();
	}

	@Override
	protected boolean commit() {
		LocalDate from = Ui.parseDate(start.getText()).orElseThrow();
		LocalDate to = Ui.parseDate(end.getText()).orElseThrow();
		ClassMode chosenMode = ClassMode.values()[mode.getSelectionIndex()];
		Optional<PersonId> teacher = headTeacher.map(Person::id);
		Command command;
		try {
			if (seen.isPresent()) {
				TrainingClass s = seen.get();
				TrainingClass updated = new TrainingClass(s.id(), s.program(), name.getText().strip(), from, to, place.getText().strip(),
						chosenMode, capacity.getSelection(), teacher);
				if (updated.equals(s)) {
					return true;
				}
				command = Commands.edit(s, updated);
			} else {
				String n = name.getText().strip();
				String where = place.getText().strip();
				int seats = capacity.getSelection();
				new TrainingClass(new ClassId(0), program.id(), n, from, to, where, chosenMode, seats, teacher); // checks before the command
				command = TrainingEdits.create(id -> new TrainingClass(new ClassId(id), program.id(), n, from, to, where, chosenMode, seats, teacher),
						created);
			}
		} catch (IllegalArgumentException e) {
			setErrorMessage(e.getMessage());
			return false;
		}
		return Edits.run(getShell(), workspace, command);
	}
}
