package org.dangxiao.reports.ui;

import java.text.Collator;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dangxiao.model.OrgId;
import org.dangxiao.model.Organization;
import org.dangxiao.model.PeopleQuery;
import org.dangxiao.model.Person;
import org.dangxiao.model.PersonId;
import org.dangxiao.model.WorkspaceView;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.model.training.ProgramId;
import org.dangxiao.model.training.TrainingClass;
import org.dangxiao.model.training.TrainingProgram;
import org.dangxiao.reports.Parameter;
import org.dangxiao.ui.Widgets;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * The inputs of one report, one row per {@link Parameter}, each with the chooser its kind asks
 * for: programs and classes of the workspace in drop-downs, organizations from the tree, people by
 * name / pinyin initials / ID number, a year, a date, or text. Values are what
 * {@link org.dangxiao.reports.Arguments} reads (ids as numbers, dates as yyyy-MM-dd). What the
 * user chose is remembered per parameter id and kind, so switching reports keeps the program or
 * year already chosen. Enter in any input asks for the report.
 */
final class ParameterForm {
	private static final int PERSON_MATCHES = 20;
	private static final int SEARCH_DELAY_MS = 250;
	private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
	private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年?");

	/** One input; {@link #value()} is empty when the user left it unset (only possible for optional ones). */
	private interface Field {
		Parameter parameter();

		Optional<String> value();

		/** The workspace changed: read the choices again, keeping the chosen one when it still exists. */
		default void refresh() {
		}

		Control focusControl();

		/** Whether the next form starts from this value. */
		default boolean remember() {
			return true;
		}
	}

	private final WorkspaceView workspace;
	private final Map<String, String> memory;
	private final Runnable onEnter;
	private final Composite form;
	private final List<Field> fields = new ArrayList<>();
	private Optional<OrgId> treeSelection;
	private boolean enterPending;

	/**
	 * @param memory        the values chosen before, by {@link #key}; updated by {@link #values()}
	 * @param treeSelection the organization selected in the shell's tree: the default for organizations
	 */
	ParameterForm(Composite parent, WorkspaceView workspace, List<Parameter> parameters, Map<String, String> memory,
			Optional<OrgId> treeSelection, Runnable onEnter) {
		this.workspace = workspace;
		this.memory = memory;
		this.onEnter = onEnter;
		this.treeSelection = treeSelection;
		form = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(10, 6).applyTo(form);
		if (parameters.isEmpty()) {
			Label none = new Label(form, SWT.WRAP);
			none.setText(Messages.Form_NO_PARAMETERS);
			GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(none);
		}
		ProgramField program = null;
		for (Parameter p : parameters) {
			Label label = new Label(form, SWT.NONE);
			label.setText(Nls.bind(p.required() ? Messages.Form_LABEL_REQUIRED : Messages.Form_LABEL, p.label()));
			Field f = switch (p.kind()) {
			case PROGRAM -> program = new ProgramField(p);
			case CLASS -> new ClassField(p, Optional.ofNullable(program));
			case ORGANIZATION -> new OrganizationField(p);
			case PERSON -> new PersonField(p);
			case YEAR -> new YearField(p);
			case DATE -> new DateField(p);
			case TEXT -> new TextField(p);
			};
			if (p.kind() == Parameter.Kind.PERSON) {
				GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).indent(0, 4).applyTo(label);
			} else {
				GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.CENTER).applyTo(label);
			}
			fields.add(f);
		}
	}

	Composite control() {
		return form;
	}

	static String key(Parameter p) {
		return p.kind() + ":" + p.id();
	}

	/** The values to run the report with, by parameter id; remembers them for the next form. */
	Map<String, String> values() {
		Map<String, String> out = new LinkedHashMap<>();
		for (Field f : fields) {
			Optional<String> v = f.value();
			v.ifPresent(x -> out.put(f.parameter().id(), x));
			if (f.remember()) {
				memory.put(key(f.parameter()), v.orElse(""));
			}
		}
		return out;
	}

	void refresh() {
		fields.forEach(Field::refresh);
	}

	/** A new selection in the shell's tree: organization inputs the user has not set follow it. */
	void setTreeSelection(Optional<OrgId> org) {
		treeSelection = org;
		for (Field f : fields) {
			if (f instanceof OrganizationField o) {
				o.follow(org);
			}
		}
	}

	void focus() {
		if (!fields.isEmpty()) {
			fields.get(0).focusControl().setFocus();
		}
	}

	// ---- helpers ---------------------------------------------------------------------------

	/** What was chosen before, else the parameter's default. */
	private Optional<String> initial(Parameter p) {
		String remembered = memory.get(key(p));
		if (remembered != null) {
			return remembered.isEmpty() ? Optional.empty() : Optional.of(remembered);
		}
		return p.defaultValue().map(String::strip).filter(s -> !s.isEmpty());
	}

	private static Optional<Long> number(Optional<String> s) {
		return s.filter(x -> x.matches("\\d{1,18}")).map(Long::parseLong);
	}

	/** Enter and the default-selection a widget sends for it come together: run once. */
	private void enter() {
		if (enterPending) {
			return;
		}
		enterPending = true;
		form.getDisplay().asyncExec(() -> {
			enterPending = false;
			if (!form.isDisposed()) {
				onEnter.run();
			}
		});
	}

	private <C extends Control> C onEnter(C control) {
		control.addListener(SWT.Traverse, e -> {
			if (e.detail == SWT.TRAVERSE_RETURN) {
				e.doit = false;
				enter();
			}
		});
		control.addListener(SWT.DefaultSelection, e -> enter());
		return control;
	}

	private String testId(Parameter p) {
		return "reports.param." + p.id();
	}

	private static GridDataFactory wide() {
		return GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT);
	}

	/** A check box before an optional year or date without default: unticked leaves it unset. */
	private Optional<Button> specify(Composite row, Parameter p, boolean set) {
		if (p.required() || p.defaultValue().isPresent()) {
			return Optional.empty();
		}
		Button b = Widgets.testId(new Button(row, SWT.CHECK), testId(p) + ".set");
		b.setText(Messages.Form_SPECIFY);
		b.setSelection(set);
		return Optional.of(b);
	}

	private Composite row(int columns) {
		Composite row = new Composite(form, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(columns).spacing(6, 0).applyTo(row);
		wide().applyTo(row);
		return row;
	}

	// ---- programs and classes --------------------------------------------------------------

	/**
	 * A read-only drop-down of workspace records (programs, classes): 不限 first when the parameter is
	 * optional, a hint when there is nothing to choose, the remembered or default id selected.
	 */
	private abstract class ChoiceField<T> implements Field {
		final Parameter p;
		final Combo combo;
		private List<T> shown = List.of();

		ChoiceField(Parameter p) {
			this.p = p;
			combo = onEnter(Widgets.testId(new Combo(form, SWT.DROP_DOWN | SWT.READ_ONLY), testId(p)));
			wide().applyTo(combo);
		}

		/** The records to offer, in the order shown. */
		abstract List<T> load();

		abstract long id(T record);

		abstract String label(T record);

		/** What the drop-down says when a required choice has nothing to offer. */
		abstract String nothing();

		@Override
		public Parameter parameter() {
			return p;
		}

		Optional<Long> chosen() {
			int i = combo.getSelectionIndex() - (p.required() ? 0 : 1);
			return i >= 0 && i < shown.size() ? Optional.of(id(shown.get(i))) : Optional.empty();
		}

		@Override
		public Optional<String> value() {
			return chosen().map(String::valueOf);
		}

		void fill(Optional<Long> select) {
			shown = load();
			List<String> items = new ArrayList<>();
			if (!p.required()) {
				items.add(Messages.Form_ANY);
			}
			shown.forEach(x -> items.add(label(x)));
			if (shown.isEmpty() && p.required()) {
				items.add(nothing());
			}
			combo.setItems(items.toArray(String[]::new));
			combo.setVisibleItemCount(Math.min(20, Math.max(1, items.size())));
			int index = -1;
			for (int i = 0; i < shown.size() && select.isPresent(); i++) {
				if (id(shown.get(i)) == select.get()) {
					index = i + (p.required() ? 0 : 1);
				}
			}
			combo.select(index >= 0 ? index : 0);
			combo.setEnabled(!shown.isEmpty());
		}

		@Override
		public void refresh() {
			fill(chosen());
		}

		@Override
		public Control focusControl() {
			return combo;
		}
	}

	private final class ProgramField extends ChoiceField<TrainingProgram> {
		private final List<Runnable> listeners = new ArrayList<>();

		ProgramField(Parameter p) {
			super(p);
			fill(number(initial(p)));
			combo.addListener(SWT.Selection, e -> listeners.forEach(Runnable::run));
		}

		/** Newest year first, then by name in pinyin order. */
		@Override
		List<TrainingProgram> load() {
			Collator collator = Collator.getInstance(Locale.CHINA);
			return workspace.list(TrainingProgram.class).stream()
					.sorted(Comparator.comparingInt(TrainingProgram::year).reversed().thenComparing(TrainingProgram::name, collator))
					.toList();
		}

		@Override
		long id(TrainingProgram x) {
			return x.id().value();
		}

		@Override
		String label(TrainingProgram x) {
			return Nls.bind(Messages.Form_PROGRAM_ITEM, x.name(), x.year());
		}

		@Override
		String nothing() {
			return Messages.Form_NO_PROGRAMS;
		}

		@Override
		public void refresh() {
			super.refresh();
			listeners.forEach(Runnable::run);
		}
	}

	private final class ClassField extends ChoiceField<TrainingClass> {
		private final Optional<ProgramField> program;
		private Map<ProgramId, String> programs = Map.of();

		ClassField(Parameter p, Optional<ProgramField> program) {
			super(p);
			this.program = program;
			fill(number(initial(p)));
			// the classes of the program chosen above, when the report asks for both
			program.ifPresent(x -> x.listeners.add(() -> fill(chosen())));
		}

		/** The latest classes first. */
		@Override
		List<TrainingClass> load() {
			Optional<Long> within = program.flatMap(ProgramField::chosen);
			Map<ProgramId, String> names = new HashMap<>();
			workspace.list(TrainingProgram.class).forEach(x -> names.put(x.id(), x.name()));
			programs = names;
			return (within.isPresent() ? workspace.list(TrainingClass.class, new ProgramId(within.get())) : workspace.list(TrainingClass.class))
					.stream().sorted(Comparator.comparing(TrainingClass::start).reversed().thenComparing(k -> k.id().value())).toList();
		}

		@Override
		long id(TrainingClass k) {
			return k.id().value();
		}

		@Override
		String label(TrainingClass k) {
			return Nls.bind(Messages.Form_CLASS_ITEM, k.name(), programs.getOrDefault(k.program(), ""), k.start());
		}

		@Override
		String nothing() {
			return Messages.Form_NO_CLASSES;
		}
	}

	// ---- organizations ---------------------------------------------------------------------

	private final class OrganizationField implements Field {
		private final Parameter p;
		private final Text shownName;
		private final Button choose;
		private Optional<OrgId> chosen;
		/** Chosen here (or remembered from before): the tree's selection no longer moves it. */
		private boolean set;

		OrganizationField(Parameter p) {
			this.p = p;
			Composite row = row(p.required() ? 2 : 3);
			shownName = Widgets.testId(new Text(row, SWT.BORDER | SWT.READ_ONLY), testId(p));
			GridDataFactory.fillDefaults().grab(true, false).applyTo(shownName);
			onEnter(shownName);
			choose = Widgets.testId(new Button(row, SWT.PUSH), testId(p) + ".choose");
			choose.setText(Messages.Form_CHOOSE);
			choose.addListener(SWT.Selection, e -> open());
			if (!p.required()) {
				Button any = Widgets.testId(new Button(row, SWT.PUSH), testId(p) + ".any");
				any.setText(Messages.Form_CLEAR);
				any.addListener(SWT.Selection, e -> {
					chosen = Optional.empty();
					set = true;
					show();
				});
			}
			Optional<OrgId> remembered = number(initial(p)).map(OrgId::new).filter(workspace.organizations()::contains);
			// 不限 chosen for an optional input of the same id says nothing to a required one
			set = remembered.isPresent() || memory.containsKey(key(p)) && !p.required();
			chosen = remembered.or(() -> set ? Optional.empty() : fallback(treeSelection));
			show();
		}

		/** The tree's selection, else (for a required input) the whole workspace: the root. */
		private Optional<OrgId> fallback(Optional<OrgId> tree) {
			Optional<OrgId> selected = tree.filter(workspace.organizations()::contains);
			if (selected.isPresent() || !p.required()) {
				return selected;
			}
			return workspace.organizations().root().map(Organization::id);
		}

		void follow(Optional<OrgId> tree) {
			if (!set) {
				chosen = fallback(tree);
				show();
			}
		}

		private void open() {
			OrganizationDialog dialog = new OrganizationDialog(form.getShell(), workspace.organizations(), p.label(), chosen);
			if (dialog.open() == OrganizationDialog.OK) {
				chosen = dialog.chosen();
				set = true;
				show();
			}
		}

		private void show() {
			Optional<Organization> o = chosen.flatMap(workspace.organizations()::get);
			shownName.setText(o.map(Organization::name).orElse(p.required() ? Messages.Form_NO_ORGANIZATION : Messages.Form_ANY));
			// the path tells apart the many 第一党支部 of a county
			shownName.setToolTipText(o.map(x -> String.join(" / ", workspace.organizations().path(x.id()).stream().map(Organization::name).toList()))
					.orElse(null));
		}

		@Override
		public Parameter parameter() {
			return p;
		}

		@Override
		public Optional<String> value() {
			return chosen.map(id -> Long.toString(id.value()));
		}

		@Override
		public void refresh() {
			if (chosen.isPresent() && !workspace.organizations().contains(chosen.get())) {
				chosen = set ? Optional.empty() : fallback(treeSelection);
			}
			show();
		}

		@Override
		public Control focusControl() {
			return choose;
		}

		@Override
		public boolean remember() {
			return set;
		}
	}

	// ---- people ----------------------------------------------------------------------------

	private final class PersonField implements Field {
		private final Parameter p;
		private final Text search;
		private final Table matches;
		private final Label chosenLabel;
		private final List<Person> shown = new ArrayList<>();
		private Optional<Person> chosen;
		private Runnable pending;

		PersonField(Parameter p) {
			this.p = p;
			Composite box = new Composite(form, SWT.NONE);
			GridLayoutFactory.fillDefaults().spacing(0, 4).applyTo(box);
			wide().applyTo(box);
			search = Widgets.testId(new Text(box, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL), testId(p));
			search.setMessage(Messages.Form_PERSON_HINT);
			GridDataFactory.fillDefaults().grab(true, false).applyTo(search);
			matches = Widgets.testId(new Table(box, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL), testId(p) + ".matches");
			GridDataFactory.fillDefaults().grab(true, false).hint(360, matches.getItemHeight() * 4).exclude(true).applyTo(matches);
			// shown while there is something typed: the form stays short and leaves the height to the result
			matches.setVisible(false);
			chosenLabel = Widgets.testId(new Label(box, SWT.NONE), testId(p) + ".chosen");
			GridDataFactory.fillDefaults().grab(true, false).applyTo(chosenLabel);
			chosen = number(initial(p)).map(PersonId::new).flatMap(workspace::person);
			search.addModifyListener(e -> schedule());
			search.addListener(SWT.KeyDown, e -> {
				if (e.keyCode == SWT.ARROW_DOWN && matches.getItemCount() > 0) {
					matches.setFocus();
					if (matches.getSelectionIndex() < 0) {
						matches.setSelection(0);
						picked();
					}
					e.doit = false;
				}
			});
			// Enter in the search box takes the first match when none is picked yet, then runs
			search.addListener(SWT.Traverse, e -> {
				if (e.detail == SWT.TRAVERSE_RETURN && chosen.isEmpty() && !shown.isEmpty()) {
					matches.setSelection(0);
					picked();
				}
			});
			onEnter(search);
			matches.addListener(SWT.Selection, e -> picked());
			onEnter(matches);
			showChosen();
		}

		private void schedule() {
			if (pending != null) {
				search.getDisplay().timerExec(-1, pending);
			}
			pending = () -> {
				pending = null;
				if (!search.isDisposed()) {
					find();
				}
			};
			search.getDisplay().timerExec(SEARCH_DELAY_MS, pending);
		}

		/** Up to 20 people whose name, pinyin initials or ID number match, in pinyin order. */
		private void find() {
			String typed = search.getText().strip();
			shown.clear();
			matches.removeAll();
			boolean visible = !typed.isEmpty();
			if (matches.getVisible() != visible) {
				((org.eclipse.swt.layout.GridData) matches.getLayoutData()).exclude = !visible;
				matches.setVisible(visible);
				matches.requestLayout();
			}
			if (typed.isEmpty()) {
				return;
			}
			shown.addAll(workspace.findPeople(new PeopleQuery(Optional.empty(), true, typed), 0, PERSON_MATCHES));
			for (Person x : shown) {
				new TableItem(matches, SWT.NONE).setText(describe(x));
			}
			if (shown.isEmpty()) {
				new TableItem(matches, SWT.NONE).setText(Nls.bind(Messages.Form_PERSON_NO_MATCH, typed));
			}
		}

		private String describe(Person x) {
			String org = workspace.organizations().get(x.organization()).map(Organization::name).orElse("");
			String id = x.citizenId().value();
			String masked = id.length() > 8 ? id.substring(0, 4) + "*".repeat(id.length() - 8) + id.substring(id.length() - 4) : id;
			return Nls.bind(Messages.Form_PERSON_ROW, x.name(), org, masked);
		}

		private void picked() {
			int i = matches.getSelectionIndex();
			if (i >= 0 && i < shown.size()) {
				chosen = Optional.of(shown.get(i));
				showChosen();
			}
		}

		private void showChosen() {
			chosenLabel.setText(chosen.map(x -> Nls.bind(Messages.Form_PERSON_CHOSEN, describe(x))).orElse(Messages.Form_PERSON_NONE));
			chosenLabel.requestLayout();
		}

		@Override
		public Parameter parameter() {
			return p;
		}

		@Override
		public Optional<String> value() {
			return chosen.map(x -> Long.toString(x.id().value()));
		}

		@Override
		public void refresh() {
			chosen = chosen.flatMap(x -> workspace.person(x.id()));
			showChosen();
		}

		@Override
		public Control focusControl() {
			return search;
		}
	}

	// ---- year, date, text ------------------------------------------------------------------

	private final class YearField implements Field {
		private final Parameter p;
		private final Spinner spinner;
		private final Optional<Button> set;

		YearField(Parameter p) {
			this.p = p;
			Optional<Integer> given = initial(p).map(YEAR::matcher).filter(Matcher::matches).map(m -> Integer.parseInt(m.group(1)))
					.filter(y -> y >= 1900 && y <= 2100);
			Composite row = row(p.required() || p.defaultValue().isPresent() ? 1 : 2);
			set = specify(row, p, given.isPresent());
			spinner = onEnter(Widgets.testId(new Spinner(row, SWT.BORDER), testId(p)));
			spinner.setValues(given.orElse(Year.now().getValue()), 1900, 2100, 0, 1, 10);
			GridDataFactory.swtDefaults().hint(90, SWT.DEFAULT).applyTo(spinner);
			set.ifPresent(b -> {
				spinner.setEnabled(b.getSelection());
				b.addListener(SWT.Selection, e -> spinner.setEnabled(b.getSelection()));
			});
		}

		@Override
		public Parameter parameter() {
			return p;
		}

		@Override
		public Optional<String> value() {
			if (set.isPresent() && !set.get().getSelection()) {
				return Optional.empty();
			}
			return Optional.of(Integer.toString(spinner.getSelection()));
		}

		@Override
		public Control focusControl() {
			return spinner;
		}
	}

	private final class DateField implements Field {
		private final Parameter p;
		private final DateTime date;
		private final Optional<Button> set;

		DateField(Parameter p) {
			this.p = p;
			Optional<LocalDate> given = initial(p).flatMap(ParameterForm::parseDate);
			Composite row = row(p.required() || p.defaultValue().isPresent() ? 1 : 2);
			set = specify(row, p, given.isPresent());
			date = onEnter(Widgets.testId(new DateTime(row, SWT.DATE | SWT.MEDIUM | SWT.DROP_DOWN | SWT.BORDER), testId(p)));
			LocalDate d = given.orElse(LocalDate.now());
			date.setDate(d.getYear(), d.getMonthValue() - 1, d.getDayOfMonth());
			set.ifPresent(b -> {
				date.setEnabled(b.getSelection());
				b.addListener(SWT.Selection, e -> date.setEnabled(b.getSelection()));
			});
		}

		@Override
		public Parameter parameter() {
			return p;
		}

		@Override
		public Optional<String> value() {
			if (set.isPresent() && !set.get().getSelection()) {
				return Optional.empty();
			}
			return Optional.of(LocalDate.of(date.getYear(), date.getMonth() + 1, date.getDay()).toString());
		}

		@Override
		public Control focusControl() {
			return date;
		}
	}

	private final class TextField implements Field {
		private final Parameter p;
		private final Text text;

		TextField(Parameter p) {
			this.p = p;
			text = onEnter(Widgets.testId(new Text(form, SWT.BORDER | SWT.SINGLE), testId(p)));
			text.setText(initial(p).orElse(""));
			wide().applyTo(text);
		}

		@Override
		public Parameter parameter() {
			return p;
		}

		@Override
		public Optional<String> value() {
			String s = text.getText().strip();
			return s.isEmpty() ? Optional.empty() : Optional.of(s);
		}

		@Override
		public Control focusControl() {
			return text;
		}
	}

	/** 2026-03-01, 2026/3/1, 2026.3.1 or 2026年3月1日, as a default may be written. */
	static Optional<LocalDate> parseDate(String s) {
		Matcher m = DATE.matcher(s.strip());
		if (!m.matches()) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
		} catch (DateTimeException e) {
			return Optional.empty();
		}
	}
}
