package org.dangxiao.attendance.ui.wizard;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dangxiao.attendance.ui.Messages;
import org.dangxiao.imports.AttendanceImport;
import org.dangxiao.imports.AttendanceImport.Inspection;
import org.dangxiao.imports.ClassContext;
import org.dangxiao.imports.ImportException;
import org.dangxiao.imports.ImportPlan;
import org.dangxiao.imports.Mapping;
import org.dangxiao.imports.PlannedRow.Outcome;
import org.dangxiao.imports.SheetInfo;
import org.dangxiao.model.Command;
import org.dangxiao.model.CommandException;
import org.dangxiao.model.Workspace;
import org.dangxiao.model.audit.ImportBatch;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.model.training.TrainingClass;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.IPageChangingListener;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.PageChangingEvent;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * 导入考勤: file and class, sheets and columns, preview, finish. The slow steps (reading the file,
 * planning every row, writing) run off the UI thread with the dialog's progress bar; leaving a
 * page forward triggers them, and a failure keeps the user on the page with the reason.
 */
public final class ImportWizard extends Wizard implements IPageChangingListener {
	private final ImportState state;
	private final FilePage filePage;
	private final SheetsPage sheetsPage;
	private final PreviewPage previewPage;

	private ImportWizard(Workspace workspace) {
		state = new ImportState(workspace);
		filePage = new FilePage(state);
		sheetsPage = new SheetsPage(state);
		previewPage = new PreviewPage(state);
		setWindowTitle(Messages.Wizard_TITLE);
		setNeedsProgressMonitor(true);
	}

	/** Runs the wizard; after an import, says what was imported. True when attendance was written. */
	public static boolean open(Shell shell, Workspace workspace) {
		ImportWizard wizard = new ImportWizard(workspace);
		WizardDialog dialog = new WizardDialog(shell, wizard);
		dialog.addPageChangingListener(wizard);
		dialog.setPageSize(860, 460);
		if (dialog.open() != Window.OK) {
			return false;
		}
		ImportPlan plan = wizard.state.plan.orElseThrow();
		MessageDialog.openInformation(shell, Messages.Wizard_TITLE, Nls.bind(Messages.Finish_DONE, plan.fileName(), plan.summary()));
		return true;
	}

	@Override
	public void addPages() {
		addPage(filePage);
		addPage(sheetsPage);
		addPage(previewPage);
	}

	/** Only from the preview: a plan made before the user went back and changed a column is stale. */
	@Override
	public boolean canFinish() {
		return getContainer() != null && getContainer().getCurrentPage() == previewPage && previewPage.isPageComplete();
	}

	@Override
	public void handlePageChanging(PageChangingEvent event) {
		if (event.getCurrentPage() == filePage && event.getTargetPage() == sheetsPage) {
			event.doit = inspect();
		} else if (event.getCurrentPage() == sheetsPage && event.getTargetPage() == previewPage) {
			event.doit = plan();
		} else if (event.getCurrentPage() == previewPage && event.getTargetPage() == sheetsPage
				&& state.plan.map(ImportPlan::canUndo).orElse(false)) {
			// coming back to the preview plans every row anew: what the user resolved would be gone
			event.doit = MessageDialog.openQuestion(getShell(), Messages.Preview_LEAVE_TITLE, Messages.Preview_LEAVE);
		}
	}

	/** Reads the sheets and headers of the chosen file; the same file again keeps the user's choices. */
	private boolean inspect() {
		Path file = filePage.path().orElseThrow();
		state.trainingClass = filePage.trainingClass();
		if (state.isInspected(file)) {
			return true;
		}
		Workspace workspace = state.workspace;
		Inspection[] found = new Inspection[1];
		try {
			getContainer().run(true, false, monitor -> {
				monitor.beginTask(Nls.bind(Messages.File_READING, file.getFileName()), IProgressMonitor.UNKNOWN);
				try {
					// with the workspace, a mapping template saved for this header applies by itself
					found[0] = AttendanceImport.inspect(file, Optional.of(workspace));
				} catch (ImportException e) {
					throw new InvocationTargetException(e);
				} finally {
					monitor.done();
				}
			});
		} catch (InvocationTargetException e) {
			filePage.setErrorMessage(Failures.message(e.getCause()));
			return false;
		} catch (InterruptedException e) {
			return false;
		}
		filePage.setErrorMessage(null);
		state.inspected(found[0]);
		sheetsPage.inspected();
		return true;
	}

	/** Plans every row of the chosen sheets against the class; cancellable, as a big file takes a while. */
	private boolean plan() {
		Workspace workspace = state.workspace;
		TrainingClass trainingClass = state.trainingClass;
		Inspection inspection = state.inspection.orElseThrow();
		List<SheetInfo> sheets = state.chosenSheets();
		Map<String, Mapping> overrides = Map.copyOf(state.overrides);
		Planned[] planned = new Planned[1];
		try {
			getContainer().run(true, true, monitor -> {
				monitor.beginTask(Messages.Sheets_PLANNING, IProgressMonitor.UNKNOWN);
				try {
					ClassContext context = ClassContext.of(workspace, trainingClass);
					ImportPlan plan = AttendanceImport.plan(workspace, context, inspection, sheets, overrides, new MonitorProgress(monitor));
					if (monitor.isCanceled()) {
						// the engine stops reading when cancelled but still returns the rows read so far
						throw new InterruptedException();
					}
					planned[0] = new Planned(context, plan, new OutcomeIndex(plan), plan.earlierImport(workspace), plan.replacing(workspace));
				} catch (ImportException e) {
					if (monitor.isCanceled()) {
						throw new InterruptedException();
					}
					throw new InvocationTargetException(e);
				} finally {
					monitor.done();
				}
			});
		} catch (InvocationTargetException e) {
			sheetsPage.setErrorMessage(Failures.message(e.getCause()));
			return false;
		} catch (InterruptedException e) {
			sheetsPage.setMessage(Messages.Sheets_CANCELLED, IMessageProvider.INFORMATION);
			return false;
		}
		state.planned(planned[0].context(), planned[0].plan(), planned[0].outcomes(), planned[0].earlier(), planned[0].replacing());
		previewPage.planned();
		return true;
	}

	/** Writes the plan as one command: one entry in 编辑 > 撤销, one event for the views. */
	@Override
	public boolean performFinish() {
		ImportPlan plan = state.plan.orElseThrow();
		Workspace workspace = state.workspace;
		int records = (int) (plan.count(Outcome.ACCEPTED) + plan.count(Outcome.WARNING));
		try {
			// the workspace is thread-safe and publishes its event to the UI thread itself (see WorkspaceAddon)
			getContainer().run(true, false, monitor -> {
				monitor.beginTask(Nls.bind(Messages.Finish_WRITING, records), records);
				int[] shown = { 0 };
				Command command = plan.command(who(), written -> {
					monitor.worked(written - shown[0]);
					shown[0] = written;
				});
				try {
					workspace.execute(command);
				} catch (CommandException e) {
					throw new InvocationTargetException(e);
				} finally {
					monitor.done();
				}
			});
			return true;
		} catch (InvocationTargetException e) {
			MessageDialog.openError(getShell(), Messages.Finish_FAILED, Failures.message(e.getCause()));
			return false;
		} catch (InterruptedException e) {
			return false;
		}
	}

	/** Who the import batch names: the operating-system user, as the CLI does. */
	private static String who() {
		String user = System.getProperty("user.name");
		return user == null || user.isBlank() ? "?" : user;
	}

	private record Planned(ClassContext context, ImportPlan plan, OutcomeIndex outcomes, Optional<ImportBatch> earlier, int replacing) {
	}

	/** The engine's progress calls, shown under the dialog's progress bar. */
	private record MonitorProgress(IProgressMonitor monitor) implements AttendanceImport.Progress {
		@Override
		public void rows(String sheet, int rowsRead) {
			monitor.subTask(Nls.bind(Messages.Sheets_PROGRESS, sheet, rowsRead));
		}

		@Override
		public boolean cancelled() {
			return monitor.isCanceled();
		}
	}
}
