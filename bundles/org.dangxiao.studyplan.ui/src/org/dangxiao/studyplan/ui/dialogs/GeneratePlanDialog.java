package org.dangxiao.studyplan.ui.dialogs;

import org.dangxiao.ui.FormDialog;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.dangxiao.compliance.PlanSkeleton;
import org.dangxiao.compliance.SkeletonOptions;
import org.dangxiao.model.OrgId;
import org.dangxiao.model.Organization;
import org.dangxiao.model.OrganizationTree;
import org.dangxiao.model.Workspace;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.model.rules.FrequencyRules;
import org.dangxiao.ui.Async;
import org.dangxiao.studyplan.ui.Messages;
import org.dangxiao.studyplan.ui.Scope;
import org.dangxiao.studyplan.ui.StudyEdits;
import org.dangxiao.studyplan.ui.Ui;
import org.dangxiao.ui.Edits;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;

/**
 * 生成明年计划: planned meetings for a year, from the meeting-frequency rules, for the selected
 * organization's subtree or the whole tree; one command, so one undo takes the whole plan back.
 * Says beforehand how many it will create, and asks before adding a second plan to a year that
 * already has planned meetings in the chosen scope.
 */
public final class GeneratePlanDialog extends FormDialog {
	private final Workspace workspace;
	private final Optional<Organization> selected;
	private final OrganizationTree tree;
	private final FrequencyRules rules;
	private final boolean defaultRules;
	/** How many meetings a scope gets; it depends on the rules and the organizations, not on the year or day. */
	private final Map<Optional<OrgId>, Integer> counts = new HashMap<>();
	private Spinner year;
	private Spinner themeDay;
	private Optional<Button> subtree = Optional.empty();
	private Button all;
	private Label count;
	private Async<Integer> counting;
	private int generated;
	private String summary = "";

	/** @param selected the organization selected in the tree, offered as the scope */
	public GeneratePlanDialog(Shell parent, Workspace workspace, Optional<Organization> selected) {
		super(parent);
		this.workspace = workspace;
		this.tree = workspace.organizations();
		this.selected = selected.flatMap(o -> tree.get(o.id()));
		Optional<FrequencyRules> stored = workspace.get(FrequencyRules.class, FrequencyRules.KEY);
		this.rules = stored.orElseGet(FrequencyRules::defaults);
		this.defaultRules = stored.isEmpty();
	}

	@Override
	protected String title() {
		return Messages.Generate_TITLE;
	}

	@Override
	protected String instruction() {
		return Messages.Generate_INSTRUCTION;
	}

	@Override
	protected String okLabel() {
		return Messages.Generate_OK;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite form = form(parent);
		year = spinner(form, Messages.Generate_YEAR, LocalDate.now().getYear() + 1, 2000, 2100, "plan.year");
		themeDay = spinner(form, Messages.Generate_THEME_DAY, SkeletonOptions.DEFAULT_THEME_DAY, 1, 31, "plan.themeDay");
		themeDay.setToolTipText(Messages.Generate_THEME_DAY_TOOLTIP);

		Label scopeLabel = new Label(form, SWT.NONE);
		scopeLabel.setText(Messages.Generate_SCOPE);
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(scopeLabel);
		Composite scopes = new Composite(form, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(4, 4).applyTo(scopes);
		selected.ifPresent(o -> {
			Button b = Ui.testId(new Button(scopes, SWT.RADIO), "plan.scope.subtree");
			b.setText(Nls.bind(Messages.Generate_SCOPE_SUBTREE, o.name(), tree.subtree(o.id()).size()));
			b.setSelection(true);
			b.addListener(SWT.Selection, e -> scopeChanged());
			subtree = Optional.of(b);
		});
		all = Ui.testId(new Button(scopes, SWT.RADIO), "plan.scope.all");
		all.setText(Nls.bind(Messages.Generate_SCOPE_ALL, tree.size()));
		all.setSelection(selected.isEmpty());
		all.addListener(SWT.Selection, e -> scopeChanged());

		count = Ui.testId(new Label(form, SWT.WRAP), "plan.count");
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(420, SWT.DEFAULT).applyTo(count);
		note(form, defaultRules ? Messages.Generate_NOTE_DEFAULT_RULES : Messages.Generate_NOTE, "plan.note");
		counting = new Async<>(count);
		themeDay.addListener(SWT.Modify, e -> showCount());
		year.addListener(SWT.Modify, e -> showCount());
		scopeChanged();
		return form.getParent();
	}

	private Optional<OrgId> scope() {
		return subtree.filter(Button::getSelection).flatMap(b -> selected.map(Organization::id));
	}

	private String scopeLabel() {
		return new Scope(scope()).label(tree);
	}

	private SkeletonOptions options() {
		return new SkeletonOptions(year.getSelection(), themeDay.getSelection(), scope());
	}

	private void scopeChanged() {
		showCount();
		changed();
	}

	/** Counting generates the plan once without keeping it: off the UI thread, for a whole province's tree. */
	private void showCount() {
		Optional<OrgId> key = scope();
		Integer known = counts.get(key);
		if (known != null) {
			showCount(known);
			return;
		}
		Ui.setText(count, Messages.Generate_COUNTING);
		SkeletonOptions options = options();
		counting.run(() -> PlanSkeleton.generate(tree, rules, options, () -> 0).size(), n -> {
			counts.put(key, n);
			showCount(n);
			changed();
		}, e -> Ui.setText(count, Ui.failure(e)));
	}

	private void showCount(int n) {
		Ui.setText(count, n == 0 ? Messages.Generate_NOTHING : Nls.bind(Messages.Generate_COUNT, n, year.getSelection(), scopeLabel()));
	}

	@Override
	protected Optional<String> problem() {
		if (rules.rules().isEmpty()) {
			return Optional.of(Messages.Generate_NO_RULES);
		}
		if (tree.size() == 0) {
			return Optional.of(Messages.Generate_NO_ORGANIZATIONS);
		}
		Integer n = counts.get(scope());
		if (n != null && n == 0) {
			return Optional.of(Messages.Generate_NOTHING);
		}
		return Optional.empty();
	}

	@Override
	protected Optional<String> warning() {
		if (year.getSelection() < LocalDate.now().getYear()) {
			return Optional.of(Nls.bind(Messages.Generate_PAST_YEAR, year.getSelection()));
		}
		return Optional.empty();
	}

	@Override
	protected boolean commit() {
		SkeletonOptions options = options();
		String label = scopeLabel();
		long[] existing = new long[1];
		BusyIndicator.showWhile(getShell().getDisplay(), () -> existing[0] = new Scope(options.subtree()).planned(workspace).stream()
				.filter(p -> p.date().getYear() == options.year()).count());
		if (existing[0] > 0) {
			MessageDialog ask = new MessageDialog(getShell(), Messages.Generate_TITLE, null,
					Nls.bind(Messages.Generate_EXISTS, label, options.year(), existing[0]), MessageDialog.WARNING, 1,
					Messages.Generate_AGAIN, IDialogConstants.CANCEL_LABEL);
			if (ask.open() != 0) {
				return false;
			}
		}
		int[] n = new int[1];
		boolean[] saved = new boolean[1];
		BusyIndicator.showWhile(getShell().getDisplay(),
				() -> saved[0] = Edits.run(getShell(), workspace, StudyEdits.generatePlan(options, label, n)));
		generated = n[0];
		summary = Nls.bind(Messages.Generate_DONE, label, generated, options.year());
		return saved[0];
	}

	/** How many planned meetings were created; 0 until saved. */
	public int generated() {
		return generated;
	}

	/** 已为 … 生成 N 项 2026 年计划会议, once saved. */
	public String summary() {
		return summary;
	}
}
