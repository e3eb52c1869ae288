package org.dangxiao.training.ui.dialogs;

import org.dangxiao.ui.FormDialog;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.dangxiao.model.Command;
import org.dangxiao.model.Commands;
import org.dangxiao.model.OrgId;
import org.dangxiao.model.Organization;
import org.dangxiao.model.Workspace;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.model.training.ConversionTableId;
import org.dangxiao.model.training.HoursConversionTable;
import org.dangxiao.model.training.ProgramId;
import org.dangxiao.model.training.TargetRule;
import org.dangxiao.model.training.TrainingProgram;
import org.dangxiao.training.Training;
import org.dangxiao.training.ui.Messages;
import org.dangxiao.training.ui.TrainingEdits;
import org.dangxiao.training.ui.Ui;
import org.dangxiao.ui.Edits;
import org.dangxiao.ui.parts.OrganizationTreeContent;
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
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

/**
 * 新建 or 编辑培训项目: name, year, deadline, required 学时, the 学时 table, and whom it must train
 * (its 应训 population). Saving runs one command; a refusal keeps the dialog open with the input.
 */
public final class ProgramDialog extends FormDialog {
	private final Workspace workspace;
	private final Optional<TrainingProgram> seen;
	private final List<HoursConversionTable> tables;
	private final AtomicLong created = new AtomicLong(-1);
	private Text name;
	private Spinner year;
	private Text deadline;
	private Text hours;
	private Combo table;
	private Text categories;
	private Button limitSubtree;
	private TreeViewer subtree;
	private Text ranks;
	private Text appointedFrom;
	private Text appointedTo;
	/** The deadline follows the year while the user has not typed one. */
	private boolean deadlineTyped;
	private boolean followingYear;

	/** @param seen the program to edit; empty to create one */
	public ProgramDialog(Shell parent, Workspace workspace, Optional<TrainingProgram> seen) {
		super(parent);
		this.workspace = workspace;
		this.seen = seen;
		this.tables = workspace.list(HoursConversionTable.class);
	}

	/** The id of the program created; empty when editing or cancelled. */
	public Optional<ProgramId> created() {
		return created.get() < 0 ? Optional.empty() : Optional.of(new ProgramId(created.get()));
	}

	@Override
	protected String title() {
		return seen.isEmpty() ? Messages.Program_NEW_TITLE : Messages.Program_EDIT_TITLE;
	}

	@Override
	protected String instruction() {
		return Messages.Program_INSTRUCTION;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().margins(10, 8).spacing(8, 10).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);

		Group basics = new Group(body, SWT.NONE);
		basics.setText(Messages.Program_BASICS);
		GridLayoutFactory.swtDefaults().numColumns(2).spacing(10, 6).applyTo(basics);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(basics);
		int thisYear = LocalDate.now().getYear();
		name = text(basics, Messages.Program_NAME, seen.map(TrainingProgram::name).orElse(""), "program.name",
				Nls.bind(Messages.Program_NAME_HINT, thisYear));
		new Label(basics, SWT.NONE).setText(Messages.Program_YEAR);
		year = Ui.testId(new Spinner(basics, SWT.BORDER), "program.year");
		year.setValues(seen.map(TrainingProgram::year).orElse(thisYear), 1990, 2100, 0, 1, 10);
		year.addModifyListener(e -> yearChanged());
		deadline = text(basics, Messages.Program_DEADLINE,
				seen.map(p -> p.deadline()).orElse(LocalDate.of(thisYear, 12, 31)).toString(), "program.deadline", "2025-12-31");
		deadline.setToolTipText(Messages.Common_DATE_TOOLTIP);
		deadlineTyped = seen.isPresent();
		deadline.addModifyListener(e -> deadlineTyped |= !followingYear);
		hours = text(basics, Messages.Program_HOURS, seen.map(p -> Ui.hours(p.requiredHours())).orElse(""), "program.hours",
				Messages.Program_HOURS_HINT);
		new Label(basics, SWT.NONE).setText(Messages.Program_TABLE);
		table = Ui.testId(new Combo(basics, SWT.READ_ONLY | SWT.DROP_DOWN), "program.table");
		HoursConversionTable fallback = Training.table(workspace, new TrainingProgram(new ProgramId(0), "-", thisYear,
				TargetRule.everyone(), LocalDate.now(), BigDecimal.ZERO, Optional.empty()));
		table.add(Nls.bind(Messages.Program_TABLE_DEFAULT, fallback.name()));
		tables.forEach(t -> table.add(t.name()));
		table.select(seen.flatMap(TrainingProgram::conversionTable).map(this::tableIndex).orElse(0));
		table.setToolTipText(Messages.Program_TABLE_TOOLTIP);
		table.addListener(SWT.Selection, e -> changed());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(table);

		Group target = new Group(body, SWT.NONE);
		target.setText(Messages.Program_TARGET);
		GridLayoutFactory.swtDefaults().numColumns(2).spacing(10, 6).applyTo(target);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(target);
		Optional<TargetRule> rule = seen.map(TrainingProgram::target);
		categories = text(target, Messages.Program_CATEGORIES, rule.map(r -> Ui.joinList(r.categories().stream().sorted().toList())).orElse(""),
				"program.categories", Messages.Program_CATEGORIES_HINT);
		ranks = text(target, Messages.Program_RANKS, rule.map(r -> Ui.joinList(r.ranks().stream().sorted().toList())).orElse(""),
				"program.ranks", Messages.Program_RANKS_HINT);

		limitSubtree = Ui.testId(new Button(target, SWT.CHECK), "program.subtreeEnabled");
		limitSubtree.setText(Messages.Program_SUBTREE);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(limitSubtree);
		subtree = new TreeViewer(target, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		Ui.testId(subtree.getTree(), "program.subtree");
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(360, 130).applyTo(subtree.getTree());
		subtree.setContentProvider(new OrganizationTreeContent());
		subtree.setLabelProvider(LabelProvider.createTextProvider(o -> ((Organization) o).name()));
		subtree.setUseHashlookup(true);
		subtree.setAutoExpandLevel(2);
		subtree.setInput(workspace.organizations());
		Optional<OrgId> chosen = rule.flatMap(TargetRule::subtree);
		limitSubtree.setSelection(chosen.isPresent());
		chosen.flatMap(id -> workspace.organizations().get(id)).ifPresent(o -> subtree.setSelection(new StructuredSelection(o), true));
		subtree.getTree().setEnabled(chosen.isPresent());
		limitSubtree.addListener(SWT.Selection, e -> {
			subtree.getTree().setEnabled(limitSubtree.getSelection());
			changed();
		});
		subtree.addSelectionChangedListener(e -> changed());

		Label appointed = new Label(target, SWT.NONE);
		appointed.setText(Messages.Program_APPOINTED);
		Composite range = new Composite(target, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).spacing(6, 0).applyTo(range);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(range);
		appointedFrom = Ui.testId(new Text(range, SWT.BORDER | SWT.SINGLE), "program.appointedFrom");
		appointedFrom.setMessage(Messages.Common_OPTIONAL_DATE);
		appointedFrom.setText(rule.flatMap(TargetRule::appointedFrom).map(LocalDate::toString).orElse(""));
		new Label(range, SWT.NONE).setText(Messages.Common_TO);
		appointedTo = Ui.testId(new Text(range, SWT.BORDER | SWT.SINGLE), "program.appointedTo");
		appointedTo.setMessage(Messages.Common_OPTIONAL_DATE);
		appointedTo.setText(rule.flatMap(TargetRule::appointedTo).map(LocalDate::toString).orElse(""));
		GridDataFactory.fillDefaults().grab(true, false).hint(110, SWT.DEFAULT).applyTo(appointedFrom);
		GridDataFactory.fillDefaults().grab(true, false).hint(110, SWT.DEFAULT).applyTo(appointedTo);
		appointedFrom.setToolTipText(Messages.Program_APPOINTED_TOOLTIP);
		appointedTo.setToolTipText(Messages.Program_APPOINTED_TOOLTIP);
		appointedFrom.addModifyListener(e -> changed());
		appointedTo.addModifyListener(e -> changed());

		Label note = new Label(target, SWT.WRAP);
		note.setText(Messages.Program_TARGET_NOTE);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(420, SWT.DEFAULT).applyTo(note);
		return area;
	}

	private int tableIndex(ConversionTableId id) {
		for (int i = 0; i < tables.size(); i++) {
			if (tables.get(i).id().equals(id)) {
				return i + 1;
			}
		}
		return 0;
	}

	/** 12-31 of the chosen year, until the user types a deadline of their own. */
	private void yearChanged() {
		if (!deadlineTyped) {
			followingYear = true;
			deadline.setText(LocalDate.of(year.getSelection(), 12, 31).toString());
			followingYear = false;
		}
		changed();
	}

	@Override
	protected Optional<String> problem() {
		if (name.getText().isBlank()) {
			return Optional.of(Messages.Program_NO_NAME);
		}
		if (Ui.parseDate(deadline.getText()).isEmpty()) {
			return Optional.of(Nls.bind(Messages.Program_BAD_DEADLINE, deadline.getText().strip()));
		}
		if (hours.getText().isBlank()) {
			return Optional.of(Messages.Program_NO_HOURS);
		}
		if (Ui.parseHours(hours.getText()).isEmpty()) {
			return Optional.of(Nls.bind(Messages.Program_BAD_HOURS, hours.getText().strip()));
		}
		if (limitSubtree.getSelection() && selectedOrganization().isEmpty()) {
			return Optional.of(Messages.Program_NO_SUBTREE);
		}
		for (Text t : List.of(appointedFrom, appointedTo)) {
			if (!t.getText().isBlank() && Ui.parseDate(t.getText()).isEmpty()) {
				return Optional.of(Nls.bind(Messages.Program_BAD_APPOINTED, t.getText().strip()));
			}
		}
		Optional<LocalDate> from = Ui.parseDate(appointedFrom.getText());
		Optional<LocalDate> to = Ui.parseDate(appointedTo.getText());
		if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
			return Optional.of(Nls.bind(Messages.Program_APPOINTED_REVERSED, from.get(), to.get()));
		}
		return Optional.empty();
	}

	@Override
	protected Optional<String> warning() {
		LocalDate due = Ui.parseDate(deadline.getText()).orElseThrow();
		if (due.getYear() < year.getSelection()) {
			return Optional.of(Nls.bind(Messages.Program_DEADLINE_BEFORE_YEAR, due, year.getSelection()));
		}
		String typed = name.getText().strip();
		boolean duplicate = workspace.list(TrainingProgram.class).stream()
				.anyMatch(p -> p.name().equals(typed) && seen.map(s -> !s.id().equals(p.id())).orElse(true));
		return duplicate ? Optional.of(Nls.bind(Messages.Program_DUPLICATE_NAME, typed)) : Optional.empty();
	}

	private Optional<Organization> selectedOrganization() {
		return subtree.getStructuredSelection().getFirstElement() instanceof Organization o ? Optional.of(o) : Optional.empty();
	}

	/** The program as typed, under {@code id} (or a placeholder id). Only once {@link #problem()} is empty. */
	private TrainingProgram draft(Optional<ProgramId> id) {
		Optional<ConversionTableId> chosenTable = table.getSelectionIndex() <= 0 ? Optional.empty()
				: Optional.of(tables.get(table.getSelectionIndex() - 1).id());
		Set<String> cats = Ui.splitList(categories.getText());
		Set<String> rankSet = Ui.splitList(ranks.getText());
		TargetRule rule = new TargetRule(cats, limitSubtree.getSelection() ? selectedOrganization().map(Organization::id) : Optional.empty(),
				rankSet, Ui.parseDate(appointedFrom.getText()), Ui.parseDate(appointedTo.getText()));
		return new TrainingProgram(id.orElse(new ProgramId(0)), name.getText().strip(), year.getSelection(), rule,
				Ui.parseDate(deadline.getText()).orElseThrow(), Ui.parseHours(hours.getText()).orElseThrow(), chosenTable);
	}

	@Override
	protected boolean commit() {
		Command command;
		try {
			if (seen.isPresent()) {
				TrainingProgram updated = draft(Optional.of(seen.get().id()));
				if (updated.equals(seen.get())) {
					return true; // nothing changed: no empty command in 编辑 > 撤销
				}
				command = Commands.edit(seen.get(), updated);
			} else {
				TrainingProgram check = draft(Optional.empty());
				command = TrainingEdits.create(id -> new TrainingProgram(new ProgramId(id), check.name(), check.year(), check.target(),
						check.deadline(), check.requiredHours(), check.conversionTable()), created);
			}
		} catch (IllegalArgumentException e) {
			setErrorMessage(e.getMessage());
			return false;
		}
		return Edits.run(getShell(), workspace, command);
	}
}
