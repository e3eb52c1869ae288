package org.dangxiao.attendance.ui.wizard;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.dangxiao.attendance.ui.Messages;
import org.dangxiao.attendance.ui.Texts;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.model.training.TrainingClass;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** Step 1, 文件与班次: the sign-in file and the class its attendance belongs to. */
final class FilePage extends WizardPage {
	/** Upper case too: GTK's file chooser matches patterns case-sensitively, and Windows names are often 签到表.XLSX. */
	private static final String[] EXTENSIONS = { "*.xlsx;*.xls;*.csv;*.txt;*.XLSX;*.XLS;*.CSV;*.TXT", "*" };

	private final ImportState state;
	private Text file;
	private Combo classes;
	/** The classes in the order the combo shows them, newest start first. */
	private List<TrainingClass> choices = List.of();

	FilePage(ImportState state) {
		super("file");
		this.state = state;
		setTitle(Messages.File_TITLE);
		setDescription(Messages.File_DESCRIPTION);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).spacing(8, 10).applyTo(page);

		new Label(page, SWT.NONE).setText(Messages.File_FILE);
		file = new Text(page, SWT.BORDER | SWT.SINGLE);
		file.setData(Panes.TEST_ID, "import.file");
		file.setMessage(Messages.File_FILE_HINT);
		GridDataFactory.fillDefaults().grab(true, false).hint(380, SWT.DEFAULT).applyTo(file);
		file.addModifyListener(e -> validate());
		Button browse = new Button(page, SWT.PUSH);
		browse.setText(Messages.File_BROWSE);
		browse.addListener(SWT.Selection, e -> browse());

		new Label(page, SWT.NONE).setText(Messages.File_CLASS);
		classes = new Combo(page, SWT.READ_ONLY | SWT.DROP_DOWN);
		classes.setData(Panes.TEST_ID, "import.class");
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(classes);
		classes.addListener(SWT.Selection, e -> validate());

		Label hint = new Label(page, SWT.WRAP);
		hint.setText(Messages.File_HINT);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(480, SWT.DEFAULT).indent(0, 12).applyTo(hint);

		fillClasses();
		Dialog.applyDialogFont(page);
		setControl(page);
		validate();
	}

	private void fillClasses() {
		choices = state.workspace.list(TrainingClass.class).stream().sorted(Comparator.comparing(TrainingClass::start).reversed())
				.toList();
		classes.setItems(choices.stream().map(Texts::trainingClass).toArray(String[]::new));
		classes.setVisibleItemCount(Math.max(1, Math.min(20, choices.size())));
		classes.setEnabled(!choices.isEmpty());
		if (!choices.isEmpty()) {
			classes.select(defaultChoice());
		}
	}

	/** The class that started most recently: sign-in sheets arrive during or just after a class. */
	private int defaultChoice() {
		LocalDate today = LocalDate.now();
		for (int i = 0; i < choices.size(); i++) {
			if (!choices.get(i).start().isAfter(today)) {
				return i;
			}
		}
		return choices.size() - 1;
	}

	private void browse() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		dialog.setText(Messages.File_DIALOG_TITLE);
		dialog.setFilterExtensions(EXTENSIONS);
		dialog.setFilterNames(new String[] { Messages.File_FILTER, Messages.File_FILTER_ALL });
		path().map(Path::getParent).filter(Files::isDirectory).ifPresent(dir -> dialog.setFilterPath(dir.toString()));
		String chosen = dialog.open();
		if (chosen != null) {
			file.setText(chosen);
			file.setSelection(chosen.length());
		}
	}

	private void validate() {
		if (choices.isEmpty()) {
			// nothing to import into: say so instead of letting the user find out two pages later
			setErrorMessage(Messages.File_NO_CLASSES);
			setPageComplete(false);
			return;
		}
		String typed = file.getText().strip();
		if (typed.isEmpty()) {
			setErrorMessage(null);
			setPageComplete(false);
			return;
		}
		if (path().filter(Files::isRegularFile).isEmpty()) {
			setErrorMessage(Nls.bind(Messages.File_MISSING, typed));
			setPageComplete(false);
			return;
		}
		setErrorMessage(null);
		setPageComplete(classes.getSelectionIndex() >= 0);
	}

	/** The file typed or chosen; empty when the field is blank or not a path at all. */
	Optional<Path> path() {
		String typed = file.getText().strip();
		if (typed.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(Path.of(typed));
		} catch (InvalidPathException e) {
			return Optional.empty();
		}
	}

	/** Only asked once the page is complete, so a class is selected. */
	TrainingClass trainingClass() {
		return choices.get(classes.getSelectionIndex());
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		if (visible) {
			file.setFocus();
		}
	}
}
