package org.dangxiao.attendance.ui.wizard;

import java.util.List;
import java.util.Optional;

import org.dangxiao.attendance.ui.Messages;
import org.dangxiao.imports.AttendanceImport.Inspection;
import org.dangxiao.imports.Mapping;
import org.dangxiao.imports.MappingTemplates;
import org.dangxiao.imports.SheetInfo;
import org.dangxiao.imports.SheetRow;
import org.dangxiao.model.Workspace;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.ui.Edits;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

/**
 * Step 2, 工作表与列: which sheets to read, and what each column of the selected sheet means. The
 * header finder's guesses are shown; what the user changes goes into {@link ImportState#overrides}.
 */
final class SheetsPage extends WizardPage {
	private final ImportState state;
	private CheckboxTableViewer sheets;
	private MappingTable columns;
	private TopRowsTable top;
	private Button saveTemplate;
	/** The sheet whose columns are shown on the right; null before a file was read. */
	private String shown;

	SheetsPage(ImportState state) {
		super("sheets");
		this.state = state;
		setTitle(Messages.Sheets_TITLE);
		setDescription(Messages.Sheets_DESCRIPTION);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		SashForm page = new SashForm(parent, SWT.HORIZONTAL);
		Composite left = Panes.labelled(page, Messages.Sheets_LIST);
		sheets = CheckboxTableViewer.newCheckList(left, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		sheets.getTable().setData(Panes.TEST_ID, "import.sheets");
		Panes.fill(sheets.getControl());
		sheets.setContentProvider(ArrayContentProvider.getInstance());
		sheets.setLabelProvider(LabelProvider.createTextProvider(o -> label((SheetInfo) o)));
		sheets.addCheckStateListener(e -> checked((SheetInfo) e.getElement(), e.getChecked()));
		sheets.addSelectionChangedListener(e -> {
			if (e.getStructuredSelection().getFirstElement() instanceof SheetInfo s && !s.name().equals(shown)) {
				show(s);
			}
		});

		SashForm right = new SashForm(page, SWT.VERTICAL);
		Composite columnsPane = Panes.labelled(right, Messages.Sheets_COLUMNS);
		columns = new MappingTable(columnsPane, this::mappingChanged);
		saveTemplate = new Button(columnsPane, SWT.PUSH);
		saveTemplate.setText(Messages.Template_SAVE);
		saveTemplate.setData(Panes.TEST_ID, "import.mapping.saveTemplate");
		saveTemplate.setEnabled(false);
		GridDataFactory.swtDefaults().align(SWT.END, SWT.CENTER).applyTo(saveTemplate);
		saveTemplate.addListener(SWT.Selection, e -> saveTemplate());
		top = new TopRowsTable(Panes.labelled(right, Messages.Sheets_TOP));
		page.setWeights(24, 76);
		right.setWeights(55, 45);
		Dialog.applyDialogFont(page);
		setControl(page);
	}

	/** A new file was read: list its sheets, tick the default ones, show the first. */
	void inspected() {
		List<SheetInfo> all = state.inspection.map(Inspection::sheets).orElse(List.of());
		sheets.setInput(all);
		sheets.setCheckedElements(state.chosenSheets().toArray());
		Optional<SheetInfo> first = state.chosenSheets().stream().findFirst().or(() -> all.stream().findFirst());
		shown = null;
		if (first.isPresent()) {
			sheets.setSelection(new StructuredSelection(first.get()), true);
			if (!first.get().name().equals(shown)) {
				// the viewer reports a programmatic selection only when it differs from the last one
				show(first.get());
			}
		} else {
			columns.show(Optional.empty(), List.of());
			top.show(List.of(), Optional.empty());
			saveTemplate.setEnabled(false);
			validate();
		}
	}

	private String label(SheetInfo sheet) {
		boolean header = state.hasHeader(sheet.name());
		if (sheet.hidden()) {
			return Nls.bind(header ? Messages.Sheets_HIDDEN : Messages.Sheets_HIDDEN_NO_HEADER, sheet.name());
		}
		return header ? sheet.name() : Nls.bind(Messages.Sheets_NO_HEADER, sheet.name());
	}

	private void show(SheetInfo sheet) {
		shown = sheet.name();
		Optional<Mapping> mapping = state.mapping(shown);
		List<SheetRow> rows = state.top(shown);
		columns.show(mapping, rows);
		top.show(rows, mapping);
		saveTemplate.setEnabled(mapping.isPresent());
		validate();
	}

	/**
	 * Saves the shown sheet's mapping, as the user corrected it, under a name: a workspace setting,
	 * written through the workspace as an undoable command, so every desktop of a shared workspace
	 * reads the next file with the same header this way by itself.
	 */
	private void saveTemplate() {
		if (shown == null) {
			return;
		}
		String sheet = shown;
		Optional<Mapping> mapping = state.mapping(sheet);
		if (mapping.isEmpty()) {
			return;
		}
		Workspace workspace = state.workspace;
		// the template already saved for this header, if any: saving again most likely updates it
		String suggested = MappingTemplates.forSignature(workspace, mapping.get().signature()).map(MappingTemplates.Template::name)
				.orElse(state.inspection.map(i -> baseName(i.file().getFileName().toString())).orElse(""));
		InputDialog ask = new InputDialog(getShell(), Messages.Template_TITLE, Nls.bind(Messages.Template_PROMPT, sheet), suggested,
				text -> text.isBlank() ? Messages.Template_EMPTY : null);
		if (ask.open() != Window.OK) {
			return;
		}
		String name = ask.getValue().strip();
		if (MappingTemplates.named(workspace, name).isPresent()
				&& !MessageDialog.openQuestion(getShell(), Messages.Template_REPLACE_TITLE, Nls.bind(Messages.Template_REPLACE, name))) {
			return;
		}
		if (Edits.run(getShell(), workspace, MappingTemplates.save(name, mapping.get()))) {
			setMessage(Nls.bind(Messages.Template_SAVED, name), INFORMATION);
		}
	}

	private static String baseName(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return dot > 0 ? fileName.substring(0, dot) : fileName;
	}

	private void checked(SheetInfo sheet, boolean on) {
		if (on && !state.hasHeader(sheet.name())) {
			// without a header there is no mapping to read the rows with
			sheets.setChecked(sheet, false);
			setErrorMessage(Nls.bind(Messages.Sheets_CANNOT_CHOOSE, sheet.name()));
			return;
		}
		if (on) {
			state.chosen.add(sheet.name());
		} else {
			state.chosen.remove(sheet.name());
		}
		validate();
	}

	private void mappingChanged(Mapping mapping) {
		state.overrides.put(shown, mapping);
		validate();
	}

	private void validate() {
		if (state.inspection.isEmpty()) {
			setPageComplete(false);
			return;
		}
		String problem = problem(state.inspection.get());
		setErrorMessage(problem);
		setPageComplete(problem == null);
		setMessage(shown != null && !state.hasHeader(shown) ? Messages.Sheets_NO_HEADER_HERE : null, WARNING);
	}

	/** Why the chosen sheets cannot be planned yet; null when they can. */
	private String problem(Inspection inspection) {
		if (inspection.mappings().values().stream().noneMatch(Optional::isPresent)) {
			return Nls.bind(Messages.Sheets_NONE_FOUND, inspection.file().getFileName());
		}
		List<SheetInfo> chosen = state.chosenSheets();
		if (chosen.isEmpty()) {
			return Messages.Sheets_NONE_CHOSEN;
		}
		for (SheetInfo s : chosen) {
			if (!state.mapping(s.name()).map(Mapping::identifiesPeople).orElse(false)) {
				return Nls.bind(Messages.Sheets_NO_PERSON_COLUMN, s.name());
			}
		}
		return null;
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		if (visible) {
			sheets.getControl().setFocus();
		}
	}
}
