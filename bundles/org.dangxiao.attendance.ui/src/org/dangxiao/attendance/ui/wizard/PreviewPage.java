package org.dangxiao.attendance.ui.wizard;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.dangxiao.attendance.ui.Messages;
import org.dangxiao.attendance.ui.Texts;
import org.dangxiao.imports.ImportException;
import org.dangxiao.imports.ImportPlan;
import org.dangxiao.imports.PlannedRow.Outcome;
import org.dangxiao.imports.RejectedRows;
import org.dangxiao.model.audit.ImportBatch;
import org.dangxiao.model.nls.Nls;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;

/**
 * Step 3, 预览: what the import will do with every row, before anything is written. Complete only
 * when there is something to write and the same content was not imported before.
 */
final class PreviewPage extends WizardPage {
	private final ImportState state;
	private Label summary;
	private Button all;
	private Button accepted;
	private Button warnings;
	private Button rejected;
	private Button export;
	private PlannedRowsTable rows;

	PreviewPage(ImportState state) {
		super("preview");
		this.state = state;
		setTitle(Messages.Preview_TITLE);
		setDescription(Messages.Preview_DESCRIPTION);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().spacing(6, 6).applyTo(page);
		summary = new Label(page, SWT.WRAP);
		summary.setData(Panes.TEST_ID, "import.preview.summary");
		summary.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DIALOG_FONT));
		GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(summary);

		Composite bar = new Composite(page, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(bar);
		// the radios get a composite of their own: arrow keys move within it, Tab leaves it
		Composite filters = new Composite(bar, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).spacing(14, 0).applyTo(filters);
		all = filter(filters, Optional.empty());
		accepted = filter(filters, Optional.of(Outcome.ACCEPTED));
		warnings = filter(filters, Optional.of(Outcome.WARNING));
		rejected = filter(filters, Optional.of(Outcome.REJECTED));
		export = new Button(bar, SWT.PUSH);
		export.setText(Messages.Preview_EXPORT);
		export.setData(Panes.TEST_ID, "import.preview.export");
		GridDataFactory.swtDefaults().align(SWT.END, SWT.CENTER).grab(true, false).applyTo(export);
		export.addListener(SWT.Selection, e -> exportRejected());

		Composite table = Panes.labelled(page, Messages.Preview_ROWS);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
		rows = new PlannedRowsTable(table);
		Dialog.applyDialogFont(page);
		// the dialog font would replace the summary's bold
		summary.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DIALOG_FONT));
		setControl(page);
	}

	private Button filter(Composite parent, Optional<Outcome> outcome) {
		Button b = new Button(parent, SWT.RADIO);
		b.addListener(SWT.Selection, e -> {
			if (b.getSelection()) {
				rows.filter(outcome);
			}
		});
		return b;
	}

	/** The wizard planned the import: show it, and say whether it can be written. */
	void planned() {
		ImportPlan plan = state.plan.orElseThrow();
		long ok = plan.count(Outcome.ACCEPTED);
		long warned = plan.count(Outcome.WARNING);
		long refused = plan.count(Outcome.REJECTED);
		summary.setText(plan.summary());
		all.setText(Nls.bind(Messages.Preview_ALL, plan.rows().size()));
		accepted.setText(Nls.bind(Messages.Preview_ACCEPTED, ok));
		warnings.setText(Nls.bind(Messages.Preview_WARNINGS, warned));
		rejected.setText(Nls.bind(Messages.Preview_REJECTED, refused));
		for (Button b : new Button[] { all, accepted, warnings, rejected }) {
			b.setSelection(b == all);
		}
		export.setEnabled(refused > 0);
		rows.show(plan, state.outcomes, state.context);
		((Composite) getControl()).layout(true, true);

		boolean writable = ok + warned > 0;
		setMessage(null);
		if (state.earlier.isPresent()) {
			ImportBatch b = state.earlier.get();
			setErrorMessage(Nls.bind(Messages.Preview_ALREADY_IMPORTED, b.importedBy(), Texts.local(b.at()), b.fileName()));
		} else if (!writable) {
			setErrorMessage(Messages.Preview_NOTHING);
		} else {
			setErrorMessage(null);
			if (refused > 0) {
				setMessage(Nls.bind(Messages.Preview_SOME_REJECTED, refused), WARNING);
			} else {
				setMessage(Messages.Preview_READY, INFORMATION);
			}
		}
		setPageComplete(state.earlier.isEmpty() && writable);
	}

	/** Writes the rejected rows with their reasons to an .xlsx the class head can correct and send back. */
	private void exportRejected() {
		ImportPlan plan = state.plan.orElseThrow();
		Path source = state.inspection.orElseThrow().file();
		FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
		dialog.setText(Messages.Export_TITLE);
		dialog.setFilterExtensions(new String[] { "*.xlsx" });
		dialog.setFilterNames(new String[] { Messages.Export_FILTER });
		Optional.ofNullable(source.toAbsolutePath().getParent()).ifPresent(dir -> dialog.setFilterPath(dir.toString()));
		dialog.setFileName(Nls.bind(Messages.Export_FILE_NAME, baseName(source)));
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		Path target = Path.of(chosen.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? chosen : chosen + ".xlsx");
		try {
			getContainer().run(true, false, monitor -> {
				monitor.beginTask(Nls.bind(Messages.Export_WRITING, target.getFileName()), IProgressMonitor.UNKNOWN);
				try {
					RejectedRows.write(plan, target);
				} catch (ImportException e) {
					throw new InvocationTargetException(e);
				} finally {
					monitor.done();
				}
			});
			MessageDialog.openInformation(getShell(), Messages.Export_TITLE,
					Nls.bind(Messages.Export_DONE, plan.count(Outcome.REJECTED), target));
		} catch (InvocationTargetException e) {
			MessageDialog.openError(getShell(), Messages.Export_FAILED, Failures.message(e.getCause()));
		} catch (InterruptedException e) {
			// not cancellable; nothing to do
		}
	}

	private static String baseName(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		if (visible) {
			rows.table().setFocus();
		}
	}
}
