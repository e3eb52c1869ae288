package org.dangxiao.training.ui.dialogs;

import org.dangxiao.ui.FormDialog;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.dangxiao.model.Command;
import org.dangxiao.model.Commands;
import org.dangxiao.model.Workspace;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.model.training.Course;
import org.dangxiao.model.training.CourseId;
import org.dangxiao.model.training.TrainingClass;
import org.dangxiao.training.ui.Messages;
import org.dangxiao.training.ui.TrainingEdits;
import org.dangxiao.training.ui.Ui;
import org.dangxiao.ui.Edits;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * 新增 or 编辑课程. The end may be typed as a time alone (11:30): it falls on the start's day. Until
 * the user types 学时, they follow the course's length in hours, rounded to a half.
 */
public final class CourseDialog extends FormDialog {
	private static final BigDecimal TWO = BigDecimal.valueOf(2);

	private final Workspace workspace;
	private final TrainingClass trainingClass;
	private final Optional<Course> seen;
	private Text title;
	private Text teacher;
	private Text start;
	private Text end;
	private Text hours;
	private boolean hoursTyped;
	private boolean followingLength;

	/** @param seen the course to edit; empty to add one to {@code trainingClass} */
	public CourseDialog(Shell parent, Workspace workspace, TrainingClass trainingClass, Optional<Course> seen) {
		super(parent);
		this.workspace = workspace;
		this.trainingClass = trainingClass;
		this.seen = seen;
	}

	@Override
	protected String title() {
		return seen.isEmpty() ? Messages.Course_NEW_TITLE : Messages.Course_EDIT_TITLE;
	}

	@Override
	protected String instruction() {
		return Nls.bind(Messages.Course_INSTRUCTION, trainingClass.name());
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite form = form(parent);
		Composite area = form.getParent();

		// a new course follows the last one: the next half day of the class
		LocalDateTime defaultStart = seen.map(Course::start).orElseGet(this::nextSlot);
		LocalDateTime defaultEnd = seen.map(Course::end).orElse(defaultStart.plusHours(3));
		title = text(form, Messages.Course_TITLE, seen.map(Course::title).orElse(""), "course.title", Messages.Course_TITLE_HINT);
		teacher = text(form, Messages.Course_TEACHER, seen.map(Course::teacher).orElse(""), "course.teacher", Messages.Course_TEACHER_HINT);
		start = text(form, Messages.Course_START, Ui.dateTime(defaultStart), "course.start", "2025-06-02 08:30");
		end = text(form, Messages.Course_END,
				defaultEnd.toLocalDate().equals(defaultStart.toLocalDate()) ? defaultEnd.toLocalTime().toString() : Ui.dateTime(defaultEnd),
				"course.end", "11:30");
		end.setToolTipText(Messages.Course_END_TOOLTIP);
		hours = text(form, Messages.Course_HOURS, seen.map(c -> Ui.hours(c.hours())).orElse(""), "course.hours", "3");
		hours.setToolTipText(Messages.Course_HOURS_TOOLTIP);
		hoursTyped = seen.isPresent();
		hours.addModifyListener(e -> hoursTyped |= !followingLength);
		start.addModifyListener(e -> followLength());
		end.addModifyListener(e -> followLength());
		Label note = new Label(form, SWT.WRAP);
		note.setText(Nls.bind(Messages.Course_CLASS_DATES, trainingClass.name(), Ui.range(trainingClass.start(), trainingClass.end()),
				trainingClass.mode().label()));
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(380, SWT.DEFAULT).applyTo(note);
		followLength();
		return area;
	}

	/** After the class's last course: 14:30 the same day after a morning, else 08:30 the next day. */
	private LocalDateTime nextSlot() {
		List<Course> courses = workspace.list(Course.class, trainingClass.id());
		Optional<LocalDateTime> last = courses.stream().map(Course::end).max(Comparator.naturalOrder());
		if (last.isEmpty()) {
			return trainingClass.start().atTime(8, 30);
		}
		LocalDateTime after = last.get();
		if (after.toLocalTime().isBefore(LocalTime.of(12, 30))) {
			return after.toLocalDate().atTime(14, 30);
		}
		LocalDate next = after.toLocalDate().plusDays(1);
		return (next.isAfter(trainingClass.end()) ? after.toLocalDate() : next).atTime(8, 30);
	}

	private Optional<LocalDateTime> startTime() {
		return Ui.parseDateTime(start.getText(), Optional.empty());
	}

	private Optional<LocalDateTime> endTime() {
		return Ui.parseDateTime(end.getText(), startTime().map(LocalDateTime::toLocalDate));
	}

	private void followLength() {
		if (hoursTyped || hours == null) {
			return;
		}
		Optional<LocalDateTime> from = startTime();
		Optional<LocalDateTime> to = endTime();
		if (from.isPresent() && to.isPresent() && to.get().isAfter(from.get())) {
			long minutes = Duration.between(from.get(), to.get()).toMinutes();
			BigDecimal halves = BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(30), 0, RoundingMode.HALF_UP);
			followingLength = true;
			hours.setText(Ui.hours(halves.divide(TWO)));
			followingLength = false;
		}
	}

	@Override
	protected Optional<String> problem() {
		if (title.getText().isBlank()) {
			return Optional.of(Messages.Course_NO_TITLE);
		}
		Optional<LocalDateTime> from = startTime();
		if (from.isEmpty()) {
			return Optional.of(Nls.bind(Messages.Course_BAD_START, start.getText().strip()));
		}
		Optional<LocalDateTime> to = endTime();
		if (to.isEmpty()) {
			return Optional.of(Nls.bind(Messages.Course_BAD_END, end.getText().strip()));
		}
		if (!to.get().isAfter(from.get())) {
			return Optional.of(Nls.bind(Messages.Course_END_NOT_AFTER_START, Ui.dateTime(to.get()), Ui.dateTime(from.get())));
		}
		if (hours.getText().isBlank()) {
			return Optional.of(Messages.Course_NO_HOURS);
		}
		if (Ui.parseHours(hours.getText()).isEmpty()) {
			return Optional.of(Nls.bind(Messages.Course_BAD_HOURS, hours.getText().strip()));
		}
		return Optional.empty();
	}

	@Override
	protected Optional<String> warning() {
		LocalDate day = startTime().orElseThrow().toLocalDate();
		if (day.isBefore(trainingClass.start()) || day.isAfter(trainingClass.end())) {
			return Optional.of(Nls.bind(Messages.Course_OUTSIDE_CLASS, day, Ui.range(trainingClass.start(), trainingClass.end())));
		}
		return Optional.empty();
	}

	@Override
	protected boolean commit() {
		LocalDateTime from = startTime().orElseThrow();
		LocalDateTime to = endTime().orElseThrow();
		BigDecimal h = Ui.parseHours(hours.getText()).orElseThrow();
		String t = title.getText().strip();
		String who = teacher.getText().strip();
		Command command;
		try {
			if (seen.isPresent()) {
				Course updated = new Course(seen.get().id(), seen.get().classId(), t, who, from, to, h);
				if (updated.equals(seen.get())) {
					return true;
				}
				command = Commands.edit(seen.get(), updated);
			} else {
				new Course(new CourseId(0), trainingClass.id(), t, who, from, to, h); // checks before the command
				command = TrainingEdits.create(id -> new Course(new CourseId(id), trainingClass.id(), t, who, from, to, h),
						new java.util.concurrent.atomic.AtomicLong());
			}
		} catch (IllegalArgumentException e) {
			setErrorMessage(e.getMessage());
			return false;
		}
		return Edits.run(getShell(), workspace, command);
	}
}
