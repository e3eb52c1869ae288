package org.dangxiao.studyplan.ui.dialogs;

import org.dangxiao.ui.FormDialog;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.dangxiao.model.Command;
import org.dangxiao.model.Commands;
import org.dangxiao.model.ConflictException;
import org.dangxiao.model.OrgType;
import org.dangxiao.model.Workspace;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.model.rules.FrequencyRule;
import org.dangxiao.model.rules.FrequencyRule.Period;
import org.dangxiao.model.rules.FrequencyRules;
import org.dangxiao.model.study.MeetingType;
import org.dangxiao.studyplan.ui.Messages;
import org.dangxiao.studyplan.ui.Ui;
import org.dangxiao.ui.Edits;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * 会议频次规则: how many meetings of each type an organization must hold at least per period. The
 * compliance check and 生成明年计划 read this table, and localities differ from the national
 * defaults (支部工作条例), so they edit it here. Every change stays in the dialog until 保存,
 * which writes the whole table as one command: one 撤销 takes the whole session of edits back.
 */
public final class RulesDialog extends FormDialog {
	/** Once a day in a month is the most a rule can sensibly ask for. */
	private static final int MAX_COUNT = 31;
	/** Short Chinese labels would make the dialog too narrow for the instruction above it to fit on its lines. */
	private static final int MIN_TABLE_WIDTH = 560;

	private final Workspace workspace;
	/** What was stored when the dialog opened; saving replaces the whole table, so it checks nobody saved meanwhile. */
	private final Optional<FrequencyRules> stored;
	/** The rows as edited; each is a valid rule, since the edit area cannot produce an invalid one. */
	private final List<FrequencyRule> rules;
	private Table table;
	private Button remove;
	private Button defaults;
	private Combo type;
	private Combo period;
	private Spinner count;
	private Table orgTypes;
	private List<Control> editors = List.of();
	/** Set while the edit area shows a rule, so the events of its widgets are not taken for the user's edits. */
	private boolean filling;

	/** Two rows binding the same organizations to the same meeting and period: which minimum would count? */
	private record Clash(int first, int second, Set<OrgType> overlap) {
	}

	public RulesDialog(Shell parent, Workspace workspace) {
		super(parent);
		this.workspace = workspace;
		this.stored = workspace.get(FrequencyRules.class, FrequencyRules.KEY);
		this.rules = new ArrayList<>(stored.orElseGet(FrequencyRules::defaults).rules());
	}

	@Override
	protected String title() {
		return Messages.Rules_TITLE;
	}

	@Override
	protected String instruction() {
		// without a stored table the defaults apply, and saving is what makes the workspace keep its own
		return stored.isEmpty() ? Messages.Rules_INSTRUCTION_DEFAULTS : Messages.Rules_INSTRUCTION;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite form = form(parent);
		Label listLabel = new Label(form, SWT.NONE);
		listLabel.setText(Messages.Rules_LIST);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(listLabel);
		createTable(form);
		createButtons(form);
		createEditor(form);
		note(form, Messages.Rules_NOTE, "rules.note");
		showRows(rules.isEmpty() ? -1 : 0);
		fitColumns();
		return form.getParent();
	}

	private void createTable(Composite form) {
		table = Ui.testId(new Table(form, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL), "rules.table");
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		column(Messages.Col_MEETING_TYPE, 120, SWT.LEFT);
		column(Messages.Rules_COL_APPLIES_TO, 160, SWT.LEFT);
		column(Messages.Col_PERIOD, 70, SWT.LEFT);
		column(Messages.Rules_COL_MINIMUM, 60, SWT.RIGHT);
		table.addListener(SWT.Selection, e -> showSelected());
		table.addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.DEL && e.stateMask == 0) {
				removeSelected();
			}
		});
	}

	private void column(String title, int width, int alignment) {
		TableColumn c = new TableColumn(table, alignment);
		c.setText(title);
		c.setWidth(width);
		c.setData(width); // the least width, for fitColumns
	}

	/**
	 * Widens the columns to what they hold, as labels differ in length between languages. None
	 * grows past twice its set width: all organization types in one cell would push the dialog off
	 * a laptop's screen.
	 */
	private void fitColumns() {
		int needed = table.getVerticalBar().getSize().x + 4;
		for (TableColumn c : table.getColumns()) {
			int least = c.getData() instanceof Integer w ? w : c.getWidth();
			c.pack();
			c.setWidth(Math.min(Math.max(least, c.getWidth()), 2 * least));
			needed += c.getWidth();
		}
		int hint = Math.max(MIN_TABLE_WIDTH, needed);
		// room left over goes to the organization types, the column that runs long, not to the count
		TableColumn appliesTo = table.getColumn(1);
		appliesTo.setWidth(appliesTo.getWidth() + hint - needed);
		GridDataFactory.fillDefaults().grab(true, true).hint(hint, table.getHeaderHeight() + table.getItemHeight() * 8).applyTo(table);
	}

	private void createButtons(Composite form) {
		Composite buttons = new Composite(form, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(4, 4).applyTo(buttons);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
		Button add = Ui.button(buttons, Messages.Rules_ADD, "rules.add", this::add);
		add.setToolTipText(Messages.Rules_ADD_TOOLTIP);
		remove = Ui.button(buttons, Messages.Rules_REMOVE, "rules.remove", this::removeSelected);
		defaults = Ui.button(buttons, Messages.Rules_DEFAULTS, "rules.defaults", this::restoreDefaults);
		defaults.setToolTipText(Messages.Rules_DEFAULTS_TOOLTIP);
		for (Button b : List.of(add, remove, defaults)) {
			// one width for the column of buttons, the widest label's
			GridDataFactory.fillDefaults().grab(true, false).applyTo(b);
		}
	}

	/**
	 * The selected rule's fields, in the order the rule reads (支委会, 每月, 至少 1 次), with the
	 * organization types beside them rather than below, so the dialog fits a laptop's screen.
	 */
	private void createEditor(Composite form) {
		Group group = new Group(form, SWT.NONE);
		group.setText(Messages.Rules_SELECTED);
		GridLayoutFactory.swtDefaults().numColumns(3).spacing(10, 7).applyTo(group);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(group);

		new Label(group, SWT.NONE).setText(Messages.Rules_TYPE);
		type = combo(group, Arrays.stream(MeetingType.values()).map(MeetingType::label).toList(), "rules.type");
		Composite right = createOrgTypes(group);

		new Label(group, SWT.NONE).setText(Messages.Rules_PERIOD);
		period = combo(group, Arrays.stream(Period.values()).map(Period::label).toList(), "rules.period");

		new Label(group, SWT.NONE).setText(Messages.Rules_COUNT);
		Composite countRow = new Composite(group, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(6, 0).applyTo(countRow);
		count = Ui.testId(new Spinner(countRow, SWT.BORDER), "rules.count");
		count.setValues(1, 1, MAX_COUNT, 0, 1, 5);
		count.setToolTipText(Messages.Rules_COUNT_TOOLTIP);
		GridDataFactory.fillDefaults().hint(60, SWT.DEFAULT).applyTo(count);
		count.addListener(SWT.Modify, e -> edited());
		new Label(countRow, SWT.NONE).setText(Messages.Rules_COUNT_UNIT);

		// takes the height the check list needs beyond the three rows, so they stay together at the top
		Label filler = new Label(group, SWT.NONE);
		GridDataFactory.fillDefaults().span(2, 1).grab(false, true).hint(0, 0).applyTo(filler);

		// Tab goes down the fields on the left before the check list beside them
		group.setTabList(new Control[] { type, period, countRow, right });
		editors = List.of(type, period, count, orgTypes);
	}

	private Composite createOrgTypes(Composite group) {
		Composite right = new Composite(group, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(4, 4).applyTo(right);
		GridDataFactory.fillDefaults().grab(true, true).span(1, 4).indent(10, 0).applyTo(right);
		new Label(right, SWT.NONE).setText(Messages.Rules_ORG_TYPES);
		orgTypes = Ui.testId(new Table(right, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL), "rules.orgTypes");
		for (OrgType t : OrgType.values()) {
			TableItem item = new TableItem(orgTypes, SWT.NONE);
			item.setText(t.label());
			item.setData(t);
		}
		GridDataFactory.fillDefaults().grab(true, true).applyTo(orgTypes);
		orgTypes.addListener(SWT.Selection, e -> {
			if (e.detail == SWT.CHECK) {
				edited();
			}
		});
		Label hint = new Label(right, SWT.WRAP);
		hint.setText(Messages.Rules_ORG_TYPES_HINT);
		hint.setForeground(Ui.GREY);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(hint);
		return right;
	}

	private Combo combo(Composite parent, List<String> items, String testId) {
		Combo combo = Ui.testId(new Combo(parent, SWT.DROP_DOWN | SWT.READ_ONLY), testId);
		combo.setItems(items.toArray(String[]::new));
		combo.setVisibleItemCount(items.size());
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.CENTER).applyTo(combo);
		combo.addListener(SWT.Selection, e -> edited());
		return combo;
	}

	// ---- the rows --------------------------------------------------------------------------

	/** Rebuilds the table from {@link #rules} and selects row {@code select} (none when out of range). */
	private void showRows(int select) {
		table.removeAll();
		for (FrequencyRule r : rules) {
			new TableItem(table, SWT.NONE).setText(cells(r));
		}
		if (select >= 0 && select < rules.size()) {
			table.setSelection(select);
			table.showSelection();
		}
		refresh();
		showSelected();
	}

	private static String[] cells(FrequencyRule r) {
		return new String[] { r.meeting().label(), appliesTo(r.appliesTo()), r.period().label(), Integer.toString(r.minimumCount()) };
	}

	/** The types' names widest first, as the organization tree orders them; 全部 for none (and for all, which means the same). */
	private static String appliesTo(Set<OrgType> types) {
		if (types.isEmpty() || types.size() == OrgType.values().length) {
			return Messages.Rules_ALL_TYPES;
		}
		return join(types);
	}

	private static String join(Set<OrgType> types) {
		return Arrays.stream(OrgType.values()).filter(types::contains).map(OrgType::label)
				.collect(Collectors.joining(Messages.Common_LIST_SEPARATOR));
	}

	/** Shows the selected rule in the edit area; with none selected, the edit area is empty and disabled. */
	private void showSelected() {
		int i = table.getSelectionIndex();
		boolean any = i >= 0;
		remove.setEnabled(any);
		editors.forEach(c -> c.setEnabled(any));
		filling = true;
		try {
			if (!any) {
				type.deselectAll();
				period.deselectAll();
				for (TableItem item : orgTypes.getItems()) {
					item.setChecked(false);
				}
				return;
			}
			FrequencyRule r = rules.get(i);
			type.select(r.meeting().ordinal());
			period.select(r.period().ordinal());
			// a stored rule may ask for more than the spinner offers; showing it clamped would misstate it
			count.setMaximum(Math.max(MAX_COUNT, r.minimumCount()));
			count.setSelection(r.minimumCount());
			for (TableItem item : orgTypes.getItems()) {
				item.setChecked(r.appliesTo().contains((OrgType) item.getData()));
			}
		} finally {
			filling = false;
		}
	}

	/** Takes the edit area's values into the selected row. */
	private void edited() {
		int i = table.getSelectionIndex();
		if (filling || i < 0 || type.getSelectionIndex() < 0 || period.getSelectionIndex() < 0) {
			return;
		}
		FrequencyRule r = new FrequencyRule(MeetingType.values()[type.getSelectionIndex()], checkedOrgTypes(),
				Period.values()[period.getSelectionIndex()], count.getSelection());
		if (r.equals(rules.get(i))) {
			return; // a widget reporting the value just shown, not a change
		}
		rules.set(i, r);
		table.getItem(i).setText(cells(r));
		refresh();
		changed();
	}

	private Set<OrgType> checkedOrgTypes() {
		Set<OrgType> out = EnumSet.noneOf(OrgType.class);
		for (TableItem item : orgTypes.getItems()) {
			if (item.getChecked()) {
				out.add((OrgType) item.getData());
			}
		}
		return out;
	}

	/** Marks the clashing rows in red, so the rows the message names are found at a glance. */
	private void refresh() {
		Set<Integer> clashing = new TreeSet<>();
		for (Clash c : clashes(rules)) {
			clashing.add(c.first());
			clashing.add(c.second());
		}
		TableItem[] items = table.getItems();
		for (int i = 0; i < items.length; i++) {
			items[i].setForeground(clashing.contains(i) ? Ui.RED : table.getForeground());
		}
		defaults.setEnabled(!rules.equals(FrequencyRules.defaults().rules()));
	}

	private void add() {
		rules.add(newRule());
		showRows(rules.size() - 1);
		type.setFocus();
		changed();
	}

	/**
	 * A rule that clashes with none in the table, so adding one never opens with an error: the
	 * first meeting type and period not yet ruled, for all organization types until the user ticks some.
	 */
	private FrequencyRule newRule() {
		for (MeetingType m : MeetingType.values()) {
			for (Period p : Period.values()) {
				FrequencyRule candidate = new FrequencyRule(m, Set.of(), p, 1);
				if (rules.stream().noneMatch(r -> !overlap(r, candidate).isEmpty())) {
					return candidate;
				}
			}
		}
		// every meeting and period is ruled for someone: the clash message then says what to change
		return new FrequencyRule(MeetingType.values()[0], Set.of(), Period.MONTH, 1);
	}

	private void removeSelected() {
		int i = table.getSelectionIndex();
		if (i < 0) {
			return;
		}
		rules.remove(i);
		showRows(Math.min(i, rules.size() - 1));
		changed();
	}

	private void restoreDefaults() {
		MessageDialog ask = new MessageDialog(getShell(), Messages.Rules_TITLE, null, Messages.Rules_DEFAULTS_CONFIRM,
				MessageDialog.QUESTION, 1, Messages.Rules_DEFAULTS_OK, IDialogConstants.CANCEL_LABEL);
		if (ask.open() != 0) {
			return;
		}
		rules.clear();
		rules.addAll(FrequencyRules.defaults().rules());
		showRows(0);
		changed();
	}

	// ---- checks and saving -----------------------------------------------------------------

	/** Every pair of rows with the same meeting and period whose organization types overlap, in row order. */
	private static List<Clash> clashes(List<FrequencyRule> rules) {
		List<Clash> out = new ArrayList<>();
		for (int i = 0; i < rules.size(); i++) {
			for (int j = i + 1; j < rules.size(); j++) {
				Set<OrgType> both = overlap(rules.get(i), rules.get(j));
				if (!both.isEmpty()) {
					out.add(new Clash(i, j, both));
				}
			}
		}
		return out;
	}

	/** The organization types both rules bind, when they rule the same meeting and period; an empty set means all types. */
	private static Set<OrgType> overlap(FrequencyRule a, FrequencyRule b) {
		Set<OrgType> both = EnumSet.noneOf(OrgType.class);
		if (a.meeting() == b.meeting() && a.period() == b.period()) {
			for (OrgType t : OrgType.values()) {
				if (a.appliesTo(t) && b.appliesTo(t)) {
					both.add(t);
				}
			}
		}
		return both;
	}

	@Override
	protected Optional<String> problem() {
		return clashes(rules).stream().findFirst().map(c -> {
			FrequencyRule r = rules.get(c.first());
			String who = c.overlap().size() == OrgType.values().length ? Messages.Rules_ALL_ORGANIZATIONS : join(c.overlap());
			return Nls.bind(Messages.Rules_DUPLICATE, c.first() + 1, c.second() + 1, who, r.period().label(), r.meeting().label());
		});
	}

	@Override
	protected Optional<String> warning() {
		// allowed, since a locality may check nothing, but both readers of the table then do nothing
		return rules.isEmpty() ? Optional.of(Messages.Rules_EMPTY) : Optional.empty();
	}

	@Override
	protected boolean commit() {
		FrequencyRules edited = new FrequencyRules(rules);
		if (edited.equals(stored.orElseGet(FrequencyRules::defaults))) {
			return true; // nothing changed: an undo entry that changes nothing would only puzzle 撤销
		}
		return Edits.run(getShell(), workspace, save(stored, edited));
	}

	/**
	 * Writes the whole table as one command. Refused as a conflict when someone else saved the
	 * table since {@code seen}, since this would silently replace their rules; the retry offered
	 * writes the user's table over theirs once they agree.
	 */
	static Command save(Optional<FrequencyRules> seen, FrequencyRules edited) {
		return Commands.of(Messages.Rules_EDIT, c -> {
			if (!c.get(FrequencyRules.class, FrequencyRules.KEY).equals(seen)) {
				throw new ConflictException(Messages.Rules_CONFLICT,
						Optional.of(Commands.of(Messages.Rules_EDIT, again -> again.put(edited))));
			}
			c.put(edited);
		});
	}
}
