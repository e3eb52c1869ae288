package org.dangxiao.training.ui.dialogs;

import org.dangxiao.ui.FormDialog;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.dangxiao.model.Workspace;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.model.training.ClassId;
import org.dangxiao.model.training.Course;
import org.dangxiao.model.training.TrainingClass;
import org.dangxiao.training.Training;
import org.dangxiao.training.ui.Messages;
import org.dangxiao.training.ui.Periods;
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
 * 复制为下一期: a new class like this one, starting on a new day, with its courses moved along by
 * the same number of days; the roster is not copied. One command, so one undo takes it back.
 */
public final class CopyClassDialog extends FormDialog {
	private final Workspace workspace;
	private final TrainingClass original;
	private final int courses;
	private final AtomicLong created = new AtomicLong(-1);
	private Text name;
	private Text start;
	private Label endLabel;

	public CopyClassDialog(Shell parent, Workspace workspace, TrainingClass original) {
		super(parent);
		this.workspace = workspace;
		this.original = original;
		this.courses = workspace.list(Course.class, original.id()).size();
	}

	public Optional<ClassId> created() {
		return created.get() < 0 ? Optional.empty() : Optional.of(new ClassId(created.get()));
	}

	@Override
	protected String title() {
		return Messages.Copy_TITLE;
	}

	@Override
	protected String instruction() {
		return Nls.bind(Messages.Copy_INSTRUCTION, original.name(), courses);
	}

	@Override
	protected String okLabel() {
		return Messages.Copy_OK;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite form = form(parent);
		Composite area = form.getParent();
		name = text(form, Messages.Copy_NAME, Periods.nextName(original.name()), "copy.name", "");
		start = text(form, Messages.Copy_START, Periods.nextStart(original.start(), original.end()).toString(), "copy.start", "2025-06-09");
		start.setToolTipText(Messages.Common_DATE_TOOLTIP);
		new Label(form, SWT.NONE).setText(Messages.Copy_END);
		endLabel = Ui.testId(new Label(form, SWT.NONE), "copy.end");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(endLabel);
		start.addModifyListener(e -> showEnd());
		showEnd();
		return area;
	}

	private void showEnd() {
		endLabel.setText(Ui.parseDate(start.getText())
				.map(d -> Nls.bind(Messages.Copy_END_VALUE, d.plusDays(original.days() - 1), original.days()))
				.orElse(""));
	}

	@Override
	protected Optional<String> problem() {
		if (name.getText().isBlank()) {
			return Optional.of(Messages.Class_NO_NAME);
		}
		if (Ui.parseDate(start.getText()).isEmpty()) {
			return Optional.of(Nls.bind(Messages.Class_BAD_START, start.getText().strip()));
		}
		return Optional.empty();
	}

	@Override
	protected Optional<String> warning() {
		String typed = name.getText().strip();
		if (Training.classes(workspace, original.program()).stream().anyMatch(k -> k.name().equals(typed))) {
			return Optional.of(Nls.bind(Messages.Copy_DUPLICATE_NAME, typed));
		}
		LocalDate from = Ui.parseDate(start.getText()).orElseThrow();
		if (ChronoUnit.DAYS.between(original.start(), from) == 0) {
			return Optional.of(Messages.Copy_SAME_DAY);
		}
		return Optional.empty();
	}

	@Override
	protected boolean commit() {
		return Edits.run(getShell(), workspace,
				TrainingEdits.copyClass(original, name.getText().strip(), Ui.parseDate(start.getText()).orElseThrow(), created));
	}
}
