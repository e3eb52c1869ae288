package org.dangxiao.training.ui.dialogs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dangxiao.model.Person;
import org.dangxiao.model.WorkspaceView;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.training.Training;
import org.dangxiao.training.record.RequirementCheck;
import org.dangxiao.training.record.Requirements;
import org.dangxiao.training.record.TrainingRecord;
import org.dangxiao.training.ui.Messages;
import org.dangxiao.training.ui.Ui;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * 个人培训档案: every class the person was on the roster of, with the 学时 and days attendance
 * earned them, the totals per year, and whether they meet the 《干部教育培训工作条例》 amount for their
 * rank. 退训 entries are listed in grey; they count toward nothing.
 */
public final class RecordDialog extends TitleAreaDialog {
	private static final int EXPORT_ID = IDialogConstants.CLIENT_ID + 1;

	/** One year of the record, for the table of totals. */
	private record YearRow(Year year, BigDecimal hours, int days) {
	}

	private final WorkspaceView workspace;
	private final Person person;
	private final TrainingRecord record;
	private final RequirementCheck check;

	public RecordDialog(Shell parent, WorkspaceView workspace, Person person) {
		super(parent);
		this.workspace = workspace;
		this.person = person;
		LocalDate today = LocalDate.now();
		this.record = Training.record(workspace, person.id(), today);
		this.check = Requirements.standard().check(person, record, today, Optional.empty());
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected org.eclipse.swt.graphics.Point getInitialSize() {
		org.eclipse.swt.graphics.Point p = super.getInitialSize();
		return new org.eclipse.swt.graphics.Point(Math.max(p.x, 960), Math.max(p.y, 640));
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Nls.bind(Messages.Record_TITLE, person.name()));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(Nls.bind(Messages.Record_TITLE, person.name()));
		List<String> about = new ArrayList<>();
		about.add(Ui.organization(workspace, person.organization()));
		if (!person.post().isEmpty()) {
			about.add(person.post());
		}
		about.add(person.rank().orElse(Messages.Record_NO_RANK));
		setMessage(String.join(Messages.Record_ABOUT_SEPARATOR, about));

		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().margins(10, 8).spacing(8, 6).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);

		Label checkLabel = Ui.testId(new Label(body, SWT.WRAP), "record.check");
		checkLabel.setText(check.message());
		checkLabel.setForeground(check.met() ? Ui.GREEN : Ui.RED);
		checkLabel.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DIALOG_FONT));
		GridDataFactory.fillDefaults().grab(true, false).hint(880, SWT.DEFAULT).applyTo(checkLabel);

		new Label(body, SWT.NONE).setText(Nls.bind(Messages.Record_ENTRIES, record.entries().size()));
		TableViewer entries = new TableViewer(body, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		Ui.testId(entries.getTable(), "record.entries");
		entries.getTable().setHeaderVisible(true);
		entries.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(900, 220).applyTo(entries.getTable());
		Class<TrainingRecord.Entry> e = TrainingRecord.Entry.class;
		java.util.function.Function<TrainingRecord.Entry, Optional<org.eclipse.swt.graphics.Color>> grey = x -> x.counts() ? Optional.empty()
				: Optional.of(Ui.GREY);
		Ui.column(entries, Messages.Col_CLASS, 200, SWT.LEFT, e, TrainingRecord.Entry::className, grey);
		Ui.column(entries, Messages.Col_PROGRAM, 180, SWT.LEFT, e, TrainingRecord.Entry::programName, grey);
		Ui.column(entries, Messages.Col_DATES, 180, SWT.LEFT, e, x -> Ui.range(x.start(), x.end()), grey);
		Ui.column(entries, Messages.Col_MODE, 70, SWT.LEFT, e, x -> x.mode().label(), grey);
		Ui.column(entries, Messages.Col_STATUS, 60, SWT.LEFT, e, x -> x.status().label(), grey);
		Ui.column(entries, Messages.Col_HOURS, 60, SWT.RIGHT, e, x -> Ui.hours(x.hours()), grey);
		Ui.column(entries, Messages.Col_DAYS, 50, SWT.RIGHT, e, x -> Integer.toString(x.days()), grey);
		entries.setContentProvider(ArrayContentProvider.getInstance());
		entries.setInput(record.entries());
		ColumnViewerToolTipSupport.enableFor(entries);
		if (record.entries().isEmpty()) {
			Label none = new Label(body, SWT.NONE);
			none.setText(Messages.Record_EMPTY);
		} else if (record.entries().stream().anyMatch(x -> !x.counts())) {
			Label note = new Label(body, SWT.NONE);
			note.setText(Messages.Record_WITHDRAWN_NOTE);
			note.setForeground(Ui.GREY);
		}

		new Label(body, SWT.NONE).setText(Messages.Record_BY_YEAR);
		TableViewer years = new TableViewer(body, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
		Ui.testId(years.getTable(), "record.years");
		years.getTable().setHeaderVisible(true);
		years.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.FILL).hint(260, years.getTable().getItemHeight() * 5).applyTo(years.getTable());
		Ui.column(years, Messages.Col_YEAR, 80, SWT.LEFT, YearRow.class, y -> y.year().toString());
		Ui.column(years, Messages.Col_HOURS, 80, SWT.RIGHT, YearRow.class, y -> Ui.hours(y.hours()));
		Ui.column(years, Messages.Col_DAYS, 80, SWT.RIGHT, YearRow.class, y -> Integer.toString(y.days()));
		years.setContentProvider(ArrayContentProvider.getInstance());
		List<YearRow> rows = new ArrayList<>();
		Map<Year, Integer> days = record.daysByYear();
		// newest first: this year's progress is what is asked about
		record.hoursByYear().forEach((y, h) -> rows.add(0, new YearRow(y, h, days.getOrDefault(y, 0))));
		years.setInput(rows);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		Button export = Ui.testId(createButton(parent, EXPORT_ID, Messages.Record_EXPORT, false), "record.export");
		export.setEnabled(!record.entries().isEmpty());
		Ui.testId(createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true), "dialog.close");
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == EXPORT_ID) {
			String title = Nls.bind(Messages.Record_TITLE, person.name());
			List<List<Object>> rows = record.rows();
			Ui.exportXlsx(getShell(), title, title, monitor -> rows);
		} else if (buttonId == IDialogConstants.CLOSE_ID) {
			close();
		} else {
			super.buttonPressed(buttonId);
		}
	}
}
