package org.dangxiao.training.ui.dialogs;

import org.dangxiao.ui.FormDialog;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.dangxiao.model.OrgId;
import org.dangxiao.model.Organization;
import org.dangxiao.model.OrganizationTree;
import org.dangxiao.model.Person;
import org.dangxiao.model.PersonId;
import org.dangxiao.model.Workspace;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.model.training.Enrollment;
import org.dangxiao.model.training.EnrollmentStatus;
import org.dangxiao.model.training.TrainingClass;
import org.dangxiao.model.training.TrainingProgram;
import org.dangxiao.training.Training;
import org.dangxiao.training.ui.Messages;
import org.dangxiao.training.ui.Ui;
import org.dangxiao.training.ui.VirtualTable;
import org.dangxiao.ui.Edits;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * 从应训未训添加: the people of the program's target who have not completed it, read a window at a
 * time (there may be tens of thousands), narrowed to one organization if wished; the chosen ones
 * go on the class roster as 在训 in one command. People already on this roster are marked and not
 * counted against the free seats.
 */
public final class AddTraineesDialog extends FormDialog {
	/** Organizations offered as a filter: the root and two levels below (县, 乡镇, 村). */
	private static final int FILTER_DEPTH = 2;
	private static final int FILTER_MAX = 500;

	private final Workspace workspace;
	private final TrainingProgram program;
	private final TrainingClass trainingClass;
	private final int free;
	private final Set<PersonId> onThisRoster = new HashSet<>();
	/** Who already has a seat in some class of the program, and where. */
	private final Map<PersonId, String> placedIn = new HashMap<>();
	private final List<Optional<OrgId>> filters = new ArrayList<>();
	private Combo organization;
	private VirtualTable<Person> people;
	private Label count;

	public AddTraineesDialog(Shell parent, Workspace workspace, TrainingProgram program, TrainingClass trainingClass) {
		super(parent);
		this.workspace = workspace;
		this.program = program;
		this.trainingClass = trainingClass;
		this.free = Training.freeSeats(workspace, trainingClass);
		for (TrainingClass k : Training.classes(workspace, program.id())) {
			for (Enrollment e : Training.roster(workspace, k.id())) {
				if (e.status() != EnrollmentStatus.WITHDRAWN) {
					placedIn.merge(e.person(), k.name(), (a, b) -> a + Messages.Common_LIST_SEPARATOR + b);
				}
				if (k.id().equals(trainingClass.id())) {
					onThisRoster.add(e.person());
				}
			}
		}
	}

	@Override
	protected String title() {
		return Messages.Add_TITLE;
	}

	@Override
	protected String instruction() {
		return Nls.bind(Messages.Add_INSTRUCTION, trainingClass.name(), free);
	}

	@Override
	protected String okLabel() {
		return Messages.Add_OK;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 8).spacing(8, 6).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);

		new Label(body, SWT.NONE).setText(Messages.Add_ORGANIZATION);
		organization = Ui.testId(new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN), "add.organization");
		organization.setVisibleItemCount(20);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(organization);
		filters.add(Optional.empty());
		organization.add(Messages.Add_ALL_ORGANIZATIONS);
		OrganizationTree tree = workspace.organizations();
		tree.root().ifPresent(root -> addFilters(tree, root, 0));
		organization.select(0);
		organization.addListener(SWT.Selection, e -> reload());

		people = new VirtualTable<Person>(body, SWT.MULTI, "add.people")
				.column(Messages.Col_NAME, 130, SWT.LEFT, Person::name)
				.column(Messages.Col_CITIZEN_ID, 170, SWT.LEFT, p -> Ui.masked(p.citizenId()))
				.column(Messages.Col_ORGANIZATION, 220, SWT.LEFT, p -> Ui.organization(workspace, p.organization()))
				.column(Messages.Col_POST, 120, SWT.LEFT, Person::post)
				.column(Messages.Add_COL_PLACED, 200, SWT.LEFT, p -> onThisRoster.contains(p.id()) ? Messages.Add_ON_THIS_ROSTER
						: placedIn.getOrDefault(p.id(), ""))
				.foreground(p -> onThisRoster.contains(p.id()) ? Optional.of(Ui.GREY) : Optional.empty());
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(760, 320).applyTo(people.table());
		people.table().addListener(SWT.Selection, e -> changed());
		people.table().addListener(SWT.DefaultSelection, e -> okPressed());

		count = Ui.testId(new Label(body, SWT.NONE), "add.count");
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(count);
		reload();
		return area;
	}

	private void addFilters(OrganizationTree tree, Organization o, int depth) {
		if (filters.size() >= FILTER_MAX) {
			return;
		}
		filters.add(Optional.of(o.id()));
		// full-width spaces indent the levels, as a tree would
		organization.add("\u3000".repeat(depth) + o.name());
		if (depth < FILTER_DEPTH) {
			tree.children(o.id()).forEach(c -> addFilters(tree, c, depth + 1));
		}
	}

	private Optional<OrgId> within() {
		int i = organization.getSelectionIndex();
		return i <= 0 ? Optional.empty() : filters.get(i);
	}

	private void reload() {
		Optional<OrgId> org = within();
		BusyIndicator.showWhile(getShell().getDisplay(), () -> {
			int total = workspace.countUntrained(program.id(), org);
			people.setPaged(new VirtualTable.Paged<>() {
				@Override
				public int size() {
					return total;
				}

				@Override
				public List<Person> window(int offset, int limit) {
					return workspace.findUntrained(program.id(), org, offset, limit);
				}
			});
		});
		changed();
		showCount();
	}

	private void showCount() {
		count.setText(Nls.bind(Messages.Add_COUNT, people.size(), people.selectionCount(), free));
		count.getParent().layout(new Control[] { count });
	}

	/** The chosen people not yet on this roster; only asked when the selection could fit. */
	private List<PersonId> newcomers() {
		List<PersonId> out = new ArrayList<>();
		for (Person p : people.selected()) {
			if (!onThisRoster.contains(p.id())) {
				out.add(p.id());
			}
		}
		return out;
	}

	@Override
	protected void changed() {
		if (count != null) {
			showCount();
		}
		super.changed();
	}

	@Override
	protected Optional<String> problem() {
		int chosen = people.selectionCount();
		if (chosen == 0) {
			return Optional.of(Messages.Add_NONE_CHOSEN);
		}
		// more than the seats and the whole roster together cannot fit, whoever they are: no need to read them
		if (chosen > free + onThisRoster.size()) {
			return Optional.of(Nls.bind(Messages.Add_TOO_MANY, chosen, free));
		}
		int newcomers = newcomers().size();
		if (newcomers == 0) {
			return Optional.of(Messages.Add_ALL_ON_ROSTER);
		}
		if (newcomers > free) {
			return Optional.of(Nls.bind(Messages.Add_TOO_MANY, newcomers, free));
		}
		return Optional.empty();
	}

	@Override
	protected boolean commit() {
		List<PersonId> ids = newcomers();
		boolean[] done = new boolean[1];
		BusyIndicator.showWhile(getShell().getDisplay(), () -> done[0] = Edits.run(getShell(), workspace, Training.enroll(trainingClass, ids)));
		return done[0];
	}
}
