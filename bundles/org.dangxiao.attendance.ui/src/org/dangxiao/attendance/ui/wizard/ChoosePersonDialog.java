package org.dangxiao.attendance.ui.wizard;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.dangxiao.attendance.ui.Messages;
import org.dangxiao.attendance.ui.Texts;
import org.dangxiao.imports.PlannedRow;
import org.dangxiao.model.Organization;
import org.dangxiao.model.Person;
import org.dangxiao.model.PersonId;
import org.dangxiao.model.WorkspaceView;
import org.dangxiao.model.nls.Nls;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;

/**
 * 选择人员: the people a row's name may mean, with what tells them apart (organization, post, the
 * ID number masked, whether they are on the class roster). Nothing is chosen for the user: the
 * dialog preselects only the person chosen before, and cancelling leaves the row as it is.
 */
final class ChoosePersonDialog extends Dialog {
	private final PlannedRow row;
	private final WorkspaceView workspace;
	private final Set<PersonId> roster;
	private TableViewer viewer;
	private Optional<Person> chosen = Optional.empty();

	ChoosePersonDialog(Shell parent, PlannedRow row, WorkspaceView workspace, Set<PersonId> roster) {
		super(parent);
		this.row = row;
		this.workspace = workspace;
		this.roster = Set.copyOf(roster);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Choose_TITLE);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Label message = new Label(area, SWT.WRAP);
		message.setText(Nls.bind(Messages.Choose_MESSAGE, row.sheet(), row.row(), row.name(), row.candidates().size()));
		GridDataFactory.fillDefaults().grab(true, false).hint(560, SWT.DEFAULT).applyTo(message);

		viewer = new TableViewer(area, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		Table table = viewer.getTable();
		table.setData(Panes.TEST_ID, "import.choose.table");
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(560, 160).applyTo(table);
		column(Messages.Choose_COL_NAME, 80, Person::name);
		column(Messages.Choose_COL_ORGANIZATION, 200,
				p -> workspace.organizations().get(p.organization()).map(Organization::name).orElse(""));
		column(Messages.Choose_COL_POST, 120, Person::post);
		column(Messages.Choose_COL_ID, 150, p -> Texts.maskedCitizenId(p.citizenId()));
		column(Messages.Choose_COL_ROSTER, 70, p -> roster.contains(p.id()) ? Messages.Choose_ON_ROSTER : "");
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setInput(row.candidates());
		// an earlier choice, when the user comes back to change it; never a guess
		row.person().flatMap(id -> row.candidates().stream().filter(p -> p.id().equals(id)).findFirst())
				.ifPresent(p -> viewer.setSelection(new StructuredSelection(p), true));
		viewer.addSelectionChangedListener(e -> updateButton());
		viewer.addDoubleClickListener(e -> {
			if (selected().isPresent()) {
				okPressed();
			}
		});
		Dialog.applyDialogFont(area);
		return area;
	}

	private void column(String title, int width, Function<Person, String> text) {
		TableViewerColumn c = new TableViewerColumn(viewer, SWT.NONE);
		c.getColumn().setText(title);
		c.getColumn().setWidth(width);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Person) element);
			}
		});
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		Button ok = createButton(parent, IDialogConstants.OK_ID, Messages.Choose_OK, true);
		ok.setData(Panes.TEST_ID, "import.choose.ok");
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		updateButton();
	}

	@Override
	public void create() {
		super.create();
		if (selected().isEmpty()) {
			// a list that opens with the focus selects its first row on some desktops (GTK): that would be a guess
			getButton(IDialogConstants.CANCEL_ID).setFocus();
		}
	}

	private void updateButton() {
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(selected().isPresent());
		}
	}

	private Optional<Person> selected() {
		return viewer.getStructuredSelection().getFirstElement() instanceof Person p ? Optional.of(p) : Optional.empty();
	}

	@Override
	protected void okPressed() {
		chosen = selected();
		super.okPressed();
	}

	/** The person chosen; empty when the dialog was cancelled. */
	Optional<Person> chosen() {
		return chosen;
	}
}
