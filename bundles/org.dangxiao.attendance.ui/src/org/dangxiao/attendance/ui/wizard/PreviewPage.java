package org.dangxiao.attendance.ui.wizard;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import org.dangxiao.attendance.ui.Messages;
import org.dangxiao.attendance.ui.Texts;
import org.dangxiao.imports.ImportException;
import org.dangxiao.imports.ImportPlan;
import org.dangxiao.imports.Mapping;
import org.dangxiao.imports.PlannedRow;
import org.dangxiao.imports.PlannedRow.Outcome;
import org.dangxiao.imports.Reason;
import org.dangxiao.imports.RejectedRows;
import org.dangxiao.imports.Resolution;
import org.dangxiao.model.Person;
import org.dangxiao.model.audit.ImportBatch;
import org.dangxiao.model.nls.Nls;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;

/**
 * Step 3, 预览: what the import will do with every row, before anything is written. A row that was
 * not plainly accepted can be resolved here (skipped, its person chosen or added, its cells
 * corrected) and is then checked again by the same rules. Complete only when there is something to
 * write and the same content was not imported before.
 */
final class PreviewPage extends WizardPage {
	private final ImportState state;
	private Label summary;
	private Button all;
	private Button accepted;
	private Button warnings;
	private Button rejected;
	private Button skipped;
	private Button export;
	private PlannedRowsTable rows;
	/** The resolution actions, each a button below the table and an item of the table's menu. */
	private final List<Action> actions = new ArrayList<>();
	/** An Enter may reach the table as a key and as a default selection: one correction dialog for both. */
	private boolean fixRequested;

	/** One way to resolve the selected row: a button and a menu item, enabled together. */
	private record Action(Button button, List<MenuItem> items, Supplier<Boolean> enabled) {
		void update() {
			boolean on = enabled.get();
			button.setEnabled(on);
			items.forEach(i -> i.setEnabled(on));
		}
	}

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
		GridLayoutFactory.fillDefaults().numColumns(5).spacing(14, 0).applyTo(filters);
		all = filter(filters, Optional.empty());
		accepted = filter(filters, Optional.of(Outcome.ACCEPTED));
		warnings = filter(filters, Optional.of(Outcome.WARNING));
		rejected = filter(filters, Optional.of(Outcome.REJECTED));
		skipped = filter(filters, Optional.of(Outcome.SKIPPED));
		export = new Button(bar, SWT.PUSH);
		export.setText(Messages.Preview_EXPORT);
		export.setData(Panes.TEST_ID, "import.preview.export");
		GridDataFactory.swtDefaults().align(SWT.END, SWT.CENTER).grab(true, false).applyTo(export);
		export.addListener(SWT.Selection, e -> exportRejected());

		Composite table = Panes.labelled(page, Messages.Preview_ROWS);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
		rows = new PlannedRowsTable(table);
		createActions(page, rows.table());
		Label hint = new Label(page, SWT.WRAP);
		hint.setText(Messages.Preview_HINT);
		GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(hint);
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
				updateActions();
			}
		});
		return b;
	}

	/** The buttons below the table, the same actions in its context menu, and Delete and Enter on it. */
	private void createActions(Composite page, Table table) {
		Composite buttons = new Composite(page, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(buttons);
		GridLayoutFactory.fillDefaults().numColumns(6).equalWidth(false).applyTo(buttons);
		Menu menu = new Menu(table);
		table.setMenu(menu);
		action(buttons, menu, Messages.Preview_SKIP, "\tDelete", "import.preview.skip", this::skip,
				() -> selectedRow().map(r -> !r.skipped()).orElse(false));
		action(buttons, menu, Messages.Preview_CHOOSE, "", "import.preview.choose", this::choose,
				() -> selectedRow().map(r -> !r.candidates().isEmpty()).orElse(false));
		action(buttons, menu, Messages.Preview_ADD, "", "import.preview.add", this::add,
				() -> selectedRow().map(r -> r.reasons().contains(Reason.UNKNOWN_PERSON)
						|| r.personResolution().filter(Resolution.AddPerson.class::isInstance).isPresent()).orElse(false));
		action(buttons, menu, Messages.Preview_FIX, "\tEnter", "import.preview.fix", this::fix, () -> selectedRow().isPresent());
		new MenuItem(menu, SWT.SEPARATOR);
		action(buttons, menu, Messages.Preview_RESTORE, "", "import.preview.restore", this::restore,
				() -> selected().map(i -> plan().isResolved(i)).orElse(false));
		action(buttons, menu, Messages.Preview_UNDO, "", "import.preview.undo", this::undo,
				() -> state.plan.map(ImportPlan::canUndo).orElse(false));
		menu.addListener(SWT.Show, e -> updateActions());

		table.addListener(SWT.Selection, e -> updateActions());
		table.addListener(SWT.Traverse, e -> {
			if (e.detail == SWT.TRAVERSE_RETURN) {
				// Enter corrects the selected row; it does not press 完成
				e.doit = false;
			}
		});
		table.addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.DEL) {
				skip();
			} else if (e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) {
				requestFix();
			}
		});
		table.addListener(SWT.DefaultSelection, e -> requestFix());
	}

	private void action(Composite buttons, Menu menu, String text, String key, String testId, Runnable run, Supplier<Boolean> enabled) {
		Button b = new Button(buttons, SWT.PUSH);
		b.setText(text);
		b.setData(Panes.TEST_ID, testId);
		b.setEnabled(false);
		b.addListener(SWT.Selection, e -> run.run());
		MenuItem item = new MenuItem(menu, SWT.PUSH);
		item.setText(text + key);
		item.addListener(SWT.Selection, e -> run.run());
		actions.add(new Action(b, List.of(item), enabled));
	}

	private void updateActions() {
		actions.forEach(Action::update);
	}

	private ImportPlan plan() {
		return state.plan.orElseThrow();
	}

	/** The plan position of the selected row, when it is one the user can resolve. */
	private Optional<Integer> selected() {
		if (state.plan.isEmpty()) {
			return Optional.empty();
		}
		return rows.selected().filter(i -> plan().isResolvable(i));
	}

	private Optional<PlannedRow> selectedRow() {
		return selected().map(i -> plan().rows().get(i));
	}

	/** The wizard planned the import: show it, and say whether it can be written. */
	void planned() {
		ImportPlan plan = plan();
		for (Button b : new Button[] { all, accepted, warnings, rejected, skipped }) {
			b.setSelection(b == all);
		}
		rows.show(plan, state.outcomes, state.context, state.workspace);
		updateSummary();
		updateActions();
	}

	/** The counts, the filters' labels, the page's message and whether it can finish. */
	private void updateSummary() {
		ImportPlan plan = plan();
		long ok = plan.count(Outcome.ACCEPTED);
		long warned = plan.count(Outcome.WARNING);
		long refused = plan.count(Outcome.REJECTED);
		long left = plan.count(Outcome.SKIPPED);
		summary.setText(plan.summary());
		all.setText(Nls.bind(Messages.Preview_ALL, plan.rows().size()));
		accepted.setText(Nls.bind(Messages.Preview_ACCEPTED, ok));
		warnings.setText(Nls.bind(Messages.Preview_WARNINGS, warned));
		rejected.setText(Nls.bind(Messages.Preview_REJECTED, refused));
		skipped.setText(Nls.bind(Messages.Preview_SKIPPED, left));
		export.setEnabled(refused + left > 0);
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
			String replacing = state.replacing > 0 ? Nls.bind(Messages.Preview_REPLACING, state.replacing) : "";
			if (refused + left > 0) {
				setMessage(Nls.bind(Messages.Preview_SOME_REJECTED, refused + left) + replacing, WARNING);
			} else if (state.replacing > 0) {
				setMessage(replacing.strip(), WARNING);
			} else {
				setMessage(Messages.Preview_READY, INFORMATION);
			}
		}
		setPageComplete(state.earlier.isEmpty() && writable);
	}

	// ---- resolving rows ---------------------------------------------------------------------

	private void skip() {
		selected().filter(i -> !plan().rows().get(i).skipped()).ifPresent(i -> resolve(i, new Resolution.Skip()));
	}

	/** Same-named people are a question for the user, never a guess: the dialog preselects only an earlier choice. */
	private void choose() {
		Optional<Integer> at = selected();
		if (at.isEmpty()) {
			return;
		}
		int i = at.get();
		PlannedRow row = plan().rows().get(i);
		if (row.candidates().isEmpty()) {
			return;
		}
		ChoosePersonDialog dialog = new ChoosePersonDialog(getShell(), row, state.workspace, state.context.roster().keySet());
		if (dialog.open() == Window.OK) {
			dialog.chosen().ifPresent(p -> resolve(i, new Resolution.ChoosePerson(p.id())));
		}
	}

	/** Adds the person only after the user confirms; cancelling (the default) leaves the row rejected. */
	private void add() {
		Optional<Integer> at = selected();
		if (at.isEmpty()) {
			return;
		}
		int i = at.get();
		PlannedRow row = plan().rows().get(i);
		Optional<Person> earlier = row.personResolution().filter(Resolution.AddPerson.class::isInstance)
				.map(r -> ((Resolution.AddPerson) r).draft());
		AddPersonDialog dialog = new AddPersonDialog(getShell(), row, plan().values(i), earlier, state.workspace);
		if (dialog.open() != Window.OK) {
			return;
		}
		Person draft = dialog.draft();
		resolve(i, new Resolution.AddPerson(draft)).filter(r -> r.changed().size() > 1)
				.ifPresent(r -> setMessage(Nls.bind(Messages.Preview_ALSO_RESOLVED, draft.name(), r.changed().size() - 1), INFORMATION));
	}

	private void requestFix() {
		if (fixRequested) {
			return;
		}
		fixRequested = true;
		getShell().getDisplay().asyncExec(() -> {
			fixRequested = false;
			if (!rows.table().isDisposed()) {
				fix();
			}
		});
	}

	private void fix() {
		Optional<Integer> at = selected();
		if (at.isEmpty()) {
			return;
		}
		int i = at.get();
		PlannedRow row = plan().rows().get(i);
		Optional<Mapping> mapping = plan().mapping(i);
		if (mapping.isEmpty()) {
			return;
		}
		FixRowDialog dialog = new FixRowDialog(getShell(), row, mapping.get());
		if (dialog.open() == Window.OK) {
			resolve(i, new Resolution.Fix(dialog.cells()));
		}
	}

	private void restore() {
		selected().ifPresent(i -> run(() -> plan().restore(i)));
	}

	private void undo() {
		if (state.plan.isEmpty() || !plan().canUndo()) {
			return;
		}
		run(() -> plan().undo().orElseThrow());
	}

	private Optional<ImportPlan.Resolved> resolve(int index, Resolution resolution) {
		return run(() -> plan().resolve(index, resolution));
	}

	/** A step of the engine that may refuse with a sentence. */
	@FunctionalInterface
	private interface Step {
		ImportPlan.Resolved run() throws ImportException;
	}

	/**
	 * Runs a resolution with a busy cursor (a big plan is searched for duplicates), then redraws the
	 * rows it changed and the counts; a refusal is said in a dialog and changes nothing.
	 */
	private Optional<ImportPlan.Resolved> run(Step step) {
		ImportPlan.Resolved[] done = new ImportPlan.Resolved[1];
		ImportException[] refused = new ImportException[1];
		BusyIndicator.showWhile(getShell().getDisplay(), () -> {
			try {
				done[0] = step.run();
			} catch (ImportException e) {
				refused[0] = e;
			}
		});
		if (refused[0] != null) {
			MessageDialog.openError(getShell(), Messages.Preview_RESOLVE_FAILED, refused[0].getMessage());
			return Optional.empty();
		}
		state.resolved();
		rows.outcomes(state.outcomes);
		rows.refresh(done[0].changed());
		updateSummary();
		updateActions();
		rows.table().setFocus();
		return Optional.of(done[0]);
	}

	// ---- export -----------------------------------------------------------------------------

	/** Writes the rows not imported with their reasons to an .xlsx the class head can correct and send back. */
	private void exportRejected() {
		ImportPlan plan = plan();
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
					Nls.bind(Messages.Export_DONE, plan.count(Outcome.REJECTED) + plan.count(Outcome.SKIPPED), target));
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
