package org.dangxiao.training.ui.parts;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.dangxiao.model.Workspace;
import org.dangxiao.model.WorkspaceEvent;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.model.training.Attendance;
import org.dangxiao.model.training.Course;
import org.dangxiao.model.training.CourseId;
import org.dangxiao.model.training.TrainingClass;
import org.dangxiao.training.ui.Messages;
import org.dangxiao.training.ui.TrainingEdits;
import org.dangxiao.training.ui.Ui;
import org.dangxiao.training.ui.dialogs.CourseDialog;
import org.dangxiao.ui.Edits;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/** 课程 of the selected class, in time order; attendance is taken per course. */
final class CoursesTab {
	private final Workspace workspace;
	private final CTabItem item;
	private final Label count;
	private final TableViewer viewer;
	private final Button add;
	private final Button edit;
	private final Button delete;
	private Optional<TrainingClass> shown = Optional.empty();

	CoursesTab(CTabFolder folder, Workspace workspace) {
		this.workspace = workspace;
		item = new CTabItem(folder, SWT.NONE);
		item.setText(Messages.Courses_TAB);
		Composite pane = new Composite(folder, SWT.NONE);
		item.setControl(pane);
		GridLayoutFactory.swtDefaults().margins(6, 6).spacing(8, 6).applyTo(pane);
		count = Ui.testId(new Label(pane, SWT.NONE), "training.courses.count");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(count);

		viewer = new TableViewer(pane, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		Ui.testId(viewer.getTable(), "training.courses");
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getTable());
		Ui.column(viewer, Messages.Col_COURSE, 260, SWT.LEFT, Course.class, Course::title);
		Ui.column(viewer, Messages.Col_TEACHER, 120, SWT.LEFT, Course.class, Course::teacher);
		Ui.column(viewer, Messages.Col_START, 130, SWT.LEFT, Course.class, c -> Ui.dateTime(c.start()));
		Ui.column(viewer, Messages.Col_END, 130, SWT.LEFT, Course.class, c -> Ui.dateTime(c.end()));
		Ui.column(viewer, Messages.Col_HOURS, 60, SWT.RIGHT, Course.class, c -> Ui.hours(c.hours()));
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.addSelectionChangedListener(e -> updateButtons());
		viewer.addDoubleClickListener(e -> editSelected());
		Ui.onDelete(viewer.getTable(), this::deleteSelected);

		Composite buttons = new Composite(pane, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(buttons);
		add = Ui.button(buttons, Messages.Courses_NEW, "training.course.new", this::addCourse);
		edit = Ui.button(buttons, Messages.Courses_EDIT, "training.course.edit", this::editSelected);
		delete = Ui.button(buttons, Messages.Courses_DELETE, "training.course.delete", this::deleteSelected);
		Ui.contextMenu(viewer.getTable(), List.of(new Ui.Action(Messages.Courses_NEW, this::addCourse, () -> shown.isPresent()),
				new Ui.Action(Messages.Courses_EDIT, this::editSelected, () -> selected().isPresent()),
				new Ui.Action(Messages.Courses_DELETE, this::deleteSelected, () -> selected().isPresent())));
		reload();
	}

	CTabItem item() {
		return item;
	}

	private Shell shell() {
		return viewer.getControl().getShell();
	}

	boolean show(Optional<TrainingClass> k) {
		boolean other = !k.map(TrainingClass::id).equals(shown.map(TrainingClass::id));
		shown = k;
		if (other) {
			reload();
		}
		updateButtons();
		return other;
	}

	void changed(WorkspaceEvent e) {
		if (e.affects(Course.class)) {
			reload();
		}
	}

	private void reload() {
		Optional<CourseId> kept = selected().map(Course::id);
		List<Course> courses = shown.map(k -> workspace.list(Course.class, k.id()).stream()
				.sorted(Comparator.comparing(Course::start).thenComparing(Course::id)).toList()).orElse(List.of());
		viewer.setInput(courses);
		kept.flatMap(id -> courses.stream().filter(c -> c.id().equals(id)).findFirst())
				.ifPresent(c -> viewer.setSelection(new StructuredSelection(c), true));
		BigDecimal total = courses.stream().map(Course::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
		count.setText(shown.isEmpty() ? Messages.Roster_NO_CLASS
				: courses.isEmpty() ? Messages.Courses_EMPTY : Nls.bind(Messages.Courses_COUNT, courses.size(), Ui.hours(total)));
		count.getParent().layout(new Control[] { count });
		updateButtons();
	}

	private Optional<Course> selected() {
		return viewer.getStructuredSelection().getFirstElement() instanceof Course c ? Optional.of(c) : Optional.empty();
	}

	private void updateButtons() {
		add.setEnabled(shown.isPresent());
		edit.setEnabled(selected().isPresent());
		delete.setEnabled(selected().isPresent());
	}

	private void addCourse() {
		shown.ifPresent(k -> new CourseDialog(shell(), workspace, k, Optional.empty()).open());
	}

	private void editSelected() {
		if (shown.isPresent() && selected().isPresent()) {
			new CourseDialog(shell(), workspace, shown.get(), selected()).open();
		}
	}

	private void deleteSelected() {
		Optional<Course> chosen = selected();
		if (chosen.isEmpty()) {
			return;
		}
		Course c = chosen.get();
		int attendance = workspace.list(Attendance.class, c.id()).size();
		String question = attendance == 0 ? Nls.bind(Messages.Courses_DELETE_CONFIRM, c.title())
				: Nls.bind(Messages.Courses_DELETE_CONFIRM_ATTENDANCE, c.title(), attendance);
		if (MessageDialog.openConfirm(shell(), Messages.Courses_DELETE_TITLE, question)) {
			Edits.run(shell(), workspace, TrainingEdits.removeCourse(c));
		}
	}

	void focus() {
		viewer.getControl().setFocus();
	}
}
