package org.dangxiao.attendance.ui.wizard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.dangxiao.attendance.ui.Messages;
import org.dangxiao.imports.Field;
import org.dangxiao.imports.PlannedRow;
import org.dangxiao.model.CitizenId;
import org.dangxiao.model.Gender;
import org.dangxiao.model.Organization;
import org.dangxiao.model.OrganizationTree;
import org.dangxiao.model.Person;
import org.dangxiao.model.PersonId;
import org.dangxiao.model.WorkspaceView;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.text.ChineseText;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * 新增人员: a person missing from the workspace, filled in from the row (name, a valid ID number,
 * the organization whose name best matches the row's 单位, the gender the ID number gives, the
 * post) for the user to check. Nothing is written here: the person joins the plan and is written
 * by its command, with the attendance. Cancel is the default button: without a confirmation the
 * row stays rejected.
 */
final class AddPersonDialog extends TitleAreaDialog {
	private final PlannedRow row;
	private final Map<Field, String> values;
	private final Optional<Person> earlier;
	private final WorkspaceView workspace;
	private final OrganizationTree tree;
	/** The row's own valid ID number: the person is the row's, so it is not changed here. */
	private final Optional<CitizenId> rowId;
	private Text name;
	private Text id;
	private Combo gender;
	private TreeViewer organizations;
	private Text post;
	private Person draft;

	AddPersonDialog(Shell parent, PlannedRow row, Map<Field, String> values, Optional<Person> earlier, WorkspaceView workspace) {
		super(parent);
		this.row = row;
		this.values = Map.copyOf(values);
		this.earlier = earlier;
		this.workspace = workspace;
		this.tree = workspace.organizations();
		this.rowId = CitizenId.parse(ChineseText.normalizeName(values.getOrDefault(Field.CITIZEN_ID, "")).toUpperCase(Locale.ROOT));
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Add_TITLE);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(Messages.Add_TITLE);
		setMessage(Nls.bind(Messages.Add_MESSAGE, row.name()));
		Composite area = (Composite) super.createDialogArea(parent);
		Composite form = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).spacing(10, 8).applyTo(form);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);

		name = text(form, Messages.Add_NAME, earlier.map(Person::name).orElse(values.getOrDefault(Field.NAME, row.name())), "import.add.name");
		id = text(form, Messages.Add_ID, earlier.map(p -> p.citizenId().value()).or(() -> rowId.map(CitizenId::value)).orElse(""),
				"import.add.id");
		id.setEditable(rowId.isEmpty());

		new Label(form, SWT.NONE).setText(Messages.Add_GENDER);
		gender = new Combo(form, SWT.READ_ONLY | SWT.DROP_DOWN);
		gender.setData(Panes.TEST_ID, "import.add.gender");
		for (Gender g : Gender.values()) {
			gender.add(g.label());
		}
		earlier.map(Person::gender).or(() -> CitizenId.parse(id.getText()).map(CitizenId::gender))
				.ifPresent(g -> gender.select(g.ordinal()));

		Label orgLabel = new Label(form, SWT.NONE);
		orgLabel.setText(Messages.Add_ORGANIZATION);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(orgLabel);
		organizations = new TreeViewer(form, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		organizations.getTree().setData(Panes.TEST_ID, "import.add.organization");
		GridDataFactory.fillDefaults().grab(true, true).hint(320, 180).applyTo(organizations.getTree());
		organizations.setContentProvider(new org.dangxiao.ui.parts.OrganizationTreeContent());
		organizations.setLabelProvider(LabelProvider.createTextProvider(o -> ((Organization) o).name()));
		organizations.setAutoExpandLevel(2);
		organizations.setInput(tree);
		String written = values.getOrDefault(Field.ORGANIZATION, "");
		if (!written.isBlank()) {
			new Label(form, SWT.NONE);
			Label hint = new Label(form, SWT.WRAP);
			hint.setText(Nls.bind(Messages.Add_FROM_ROW, written));
			GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(hint);
		}
		earlier.flatMap(p -> tree.get(p.organization())).or(() -> bestMatch(tree.all(), written))
				.ifPresent(o -> organizations.setSelection(new StructuredSelection(o), true));

		post = text(form, Messages.Add_POST, earlier.map(Person::post).orElse(values.getOrDefault(Field.POST, "")), "import.add.post");

		Label also = new Label(form, SWT.WRAP);
		also.setText(Messages.Add_ALSO);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(420, SWT.DEFAULT).applyTo(also);

		name.addModifyListener(e -> validate());
		id.addModifyListener(e -> {
			CitizenId.parse(id.getText()).ifPresent(c -> gender.select(c.gender().ordinal()));
			validate();
		});
		gender.addListener(SWT.Selection, e -> validate());
		organizations.addSelectionChangedListener(e -> validate());
		return area;
	}

	private static Text text(Composite form, String label, String value, String testId) {
		new Label(form, SWT.NONE).setText(label);
		Text text = new Text(form, SWT.BORDER | SWT.SINGLE);
		text.setText(value);
		text.setData(Panes.TEST_ID, testId);
		GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(text);
		return text;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		// adding is what the user confirms; the default (Enter, Esc) adds no one
		Button ok = createButton(parent, IDialogConstants.OK_ID, Messages.Add_OK, false);
		ok.setData(Panes.TEST_ID, "import.add.ok");
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, true);
		validate();
	}

	private void validate() {
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok == null) {
			return;
		}
		String problem = problem();
		setErrorMessage(problem);
		ok.setEnabled(problem == null && !id.getText().isBlank());
	}

	/** Why the person cannot be added as typed; null when they can (or when only the ID number is still to be typed). */
	private String problem() {
		if (name.getText().isBlank()) {
			return Messages.Add_NO_NAME;
		}
		String typed = id.getText().strip();
		if (typed.isEmpty()) {
			return null;
		}
		Optional<CitizenId.Problem> wrong = CitizenId.check(typed);
		if (wrong.isPresent()) {
			return Nls.bind(Messages.Add_BAD_ID, wrong.get().message());
		}
		Optional<Person> owner = workspace.personByCitizenId(CitizenId.of(typed));
		if (owner.isPresent()) {
			return Nls.bind(Messages.Add_ID_TAKEN, CitizenId.of(typed).value(), owner.get().name());
		}
		if (gender.getSelectionIndex() < 0 || selectedOrganization().isEmpty()) {
			return Messages.Add_NO_ORGANIZATION;
		}
		return null;
	}

	private Optional<Organization> selectedOrganization() {
		return organizations.getStructuredSelection().getFirstElement() instanceof Organization o ? Optional.of(o) : Optional.empty();
	}

	@Override
	protected void okPressed() {
		if (problem() != null || id.getText().isBlank()) {
			return;
		}
		CitizenId citizenId = CitizenId.of(id.getText());
		// the id is the plan's to give: a provisional one now, a real one when the command writes the person
		draft = new Person(new PersonId(0), name.getText().strip(), Gender.values()[gender.getSelectionIndex()], "", citizenId,
				selectedOrganization().orElseThrow().id(), post.getText().strip(), Optional.empty(), Set.of());
		super.okPressed();
	}

	/** The person as confirmed; only after the dialog returned OK. */
	Person draft() {
		return draft;
	}

	/**
	 * The organization whose name best matches what the row wrote: the same name, else one name
	 * containing the other (the closer in length the better), else the most shared pairs of
	 * characters; none when nothing is close.
	 */
	static Optional<Organization> bestMatch(java.util.Collection<Organization> all, String written) {
		String w = ChineseText.normalizeName(written);
		if (w.isEmpty()) {
			return Optional.empty();
		}
		Organization best = null;
		double bestScore = 0.5;
		for (Organization o : all.stream().sorted(Comparator.comparing(Organization::code)).toList()) {
			String n = ChineseText.normalizeName(o.name());
			double score;
			if (n.equals(w)) {
				score = 3;
			} else if (n.contains(w) || w.contains(n)) {
				score = 1 + (double) Math.min(n.length(), w.length()) / Math.max(n.length(), w.length());
			} else {
				score = dice(n, w);
			}
			if (score > bestScore) {
				best = o;
				bestScore = score;
			}
		}
		return Optional.ofNullable(best);
	}

	/** How many pairs of adjacent characters two names share, from 0 (none) to 1 (all). */
	private static double dice(String a, String b) {
		List<String> pa = pairs(a);
		List<String> pb = new ArrayList<>(pairs(b));
		if (pa.isEmpty() || pb.isEmpty()) {
			return 0;
		}
		int total = pa.size() + pb.size();
		int shared = 0;
		for (String p : pa) {
			if (pb.remove(p)) {
				shared++;
			}
		}
		return 2.0 * shared / total;
	}

	private static List<String> pairs(String s) {
		int[] cps = s.codePoints().toArray();
		List<String> out = new ArrayList<>();
		for (int i = 0; i + 1 < cps.length; i++) {
			out.add(new String(cps, i, 2));
		}
		return out;
	}
}
