package org.dangxiao.training.ui.parts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.dangxiao.model.OrgId;
import org.dangxiao.model.Organization;
import org.dangxiao.model.OrganizationTree;
import org.dangxiao.model.Person;
import org.dangxiao.model.Workspace;
import org.dangxiao.model.WorkspaceEvent;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.model.people.StatusPeriod;
import org.dangxiao.model.training.Coverage;
import org.dangxiao.model.training.Enrollment;
import org.dangxiao.model.training.TrainingClass;
import org.dangxiao.model.training.TrainingProgram;
import org.dangxiao.training.Training;
import org.dangxiao.training.Training.CoverageSummary;
import org.dangxiao.ui.Async;
import org.dangxiao.training.ui.Messages;
import org.dangxiao.training.ui.Ui;
import org.dangxiao.training.ui.VirtualTable;
import org.dangxiao.training.ui.dialogs.EnrollDialog;
import org.dangxiao.ui.parts.OrganizationTreeContent;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.Range;

/**
 * 覆盖率 of the selected program: the total sentence, coverage per organization with everything
 * below it, per category, a bar chart of either, and the 应训未训 list for the organization chosen
 * in the tree. Coverage reads the whole target population, so it is computed in the background and
 * only while the tab is shown.
 */
final class CoverageTab {
	/** Below this share a unit's coverage reads in red: it needs attention before the deadline. */
	private static final double LOW = 0.6;
	private static final int EXPORT_WINDOW = 5_000;

	/** One row of the category table; {@code ""} is people without a category. */
	private record CategoryRow(String category, Coverage coverage) {
	}

	private final Workspace workspace;
	private final Consumer<List<Person>> selectionOut;
	private final CTabItem item;
	private final Label total;
	private final TreeViewer organizations;
	private final TableViewer categories;
	private final Button chartByOrganization;
	private final Chart chart;
	private final Label untrainedCount;
	private final Button enroll;
	private final Button export;
	private final VirtualTable<Person> untrained;
	private final Async<CoverageSummary> job;
	private Optional<TrainingProgram> program = Optional.empty();
	private Optional<CoverageSummary> summary = Optional.empty();
	/** Something changed while the tab was hidden: compute when it is shown. */
	private boolean stale = true;

	CoverageTab(CTabFolder folder, Workspace workspace, Consumer<List<Person>> selectionOut) {
		this.workspace = workspace;
		this.selectionOut = selectionOut;
		item = new CTabItem(folder, SWT.NONE);
		item.setText(Messages.Coverage_TAB);
		item.setToolTipText(Messages.Coverage_TAB_TOOLTIP);
		Composite pane = new Composite(folder, SWT.NONE);
		item.setControl(pane);
		GridLayoutFactory.swtDefaults().margins(6, 6).spacing(8, 6).applyTo(pane);

		total = Ui.testId(new Label(pane, SWT.WRAP), "training.coverage.total");
		total.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.HEADER_FONT));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(total);

		SashForm vertical = new SashForm(pane, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(vertical);
		SashForm top = new SashForm(vertical, SWT.HORIZONTAL);

		Composite orgPane = titled(top, Messages.Coverage_BY_ORGANIZATION);
		organizations = new TreeViewer(orgPane, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		Ui.testId(organizations.getTree(), "training.coverage.organizations");
		organizations.getTree().setHeaderVisible(true);
		organizations.getTree().setLinesVisible(true);
		organizations.getTree().setToolTipText(Messages.Coverage_BY_ORGANIZATION_TOOLTIP);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(organizations.getTree());
		organizations.setUseHashlookup(true);
		organizations.setContentProvider(new OrganizationTreeContent());
		treeColumn(Messages.Col_ORGANIZATION, 200, SWT.LEFT, Organization::name);
		treeColumn(Messages.Col_TARGET, 60, SWT.RIGHT, o -> coverageOf(o).map(c -> Integer.toString(c.target())).orElse(""));
		treeColumn(Messages.Col_TRAINED, 60, SWT.RIGHT, o -> coverageOf(o).map(c -> Integer.toString(c.trained())).orElse(""));
		treeColumn(Messages.Col_UNTRAINED, 60, SWT.RIGHT, o -> coverageOf(o).map(c -> Integer.toString(c.target() - c.trained())).orElse(""));
		treeColumn(Messages.Col_RATIO, 70, SWT.RIGHT, o -> coverageOf(o).map(Ui::percent).orElse(""));
		organizations.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer viewer, Object parent, Object element) {
				// units outside the program's target only clutter the tree
				return element instanceof Organization o && coverageOf(o).filter(c -> c.target() > 0).isPresent();
			}
		});
		organizations.addSelectionChangedListener(e -> showUntrained());

		Composite catPane = titled(top, Messages.Coverage_BY_CATEGORY);
		categories = new TableViewer(catPane, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		Ui.testId(categories.getTable(), "training.coverage.categories");
		categories.getTable().setHeaderVisible(true);
		categories.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(categories.getTable());
		Function<CategoryRow, Optional<Color>> low = r -> r.coverage().ratio() < LOW ? Optional.of(Ui.RED) : Optional.empty();
		Ui.column(categories, Messages.Col_CATEGORY, 140, SWT.LEFT, CategoryRow.class, r -> categoryName(r.category()));
		Ui.column(categories, Messages.Col_TARGET, 60, SWT.RIGHT, CategoryRow.class, r -> Integer.toString(r.coverage().target()));
		Ui.column(categories, Messages.Col_TRAINED, 60, SWT.RIGHT, CategoryRow.class, r -> Integer.toString(r.coverage().trained()));
		Ui.column(categories, Messages.Col_RATIO, 70, SWT.RIGHT, CategoryRow.class, r -> Ui.percent(r.coverage()), low);
		categories.setContentProvider(ArrayContentProvider.getInstance());

		Composite chartPane = new Composite(top, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 0).spacing(8, 4).applyTo(chartPane);
		chartByOrganization = Ui.testId(new Button(chartPane, SWT.RADIO), "training.coverage.chartByOrganization");
		chartByOrganization.setText(Messages.Coverage_CHART_BY_ORGANIZATION);
		chartByOrganization.setSelection(true);
		Button chartByCategory = Ui.testId(new Button(chartPane, SWT.RADIO), "training.coverage.chartByCategory");
		chartByCategory.setText(Messages.Coverage_CHART_BY_CATEGORY);
		chartByOrganization.addListener(SWT.Selection, e -> showChart());
		chartByCategory.addListener(SWT.Selection, e -> showChart());
		chart = Ui.testId(new Chart(chartPane, SWT.NONE), "training.coverage.chart");
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(320, 220).applyTo(chart);
		setUpChart();
		top.setWeights(38, 24, 38);

		Composite untrainedPane = new Composite(vertical, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).margins(0, 4).spacing(8, 4).applyTo(untrainedPane);
		untrainedCount = Ui.testId(new Label(untrainedPane, SWT.NONE), "training.untrained.count");
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(untrainedCount);
		enroll = Ui.button(untrainedPane, Messages.Untrained_ENROLL, "training.untrained.enroll", this::enrollSelected);
		enroll.setToolTipText(Messages.Untrained_ENROLL_TOOLTIP);
		export = Ui.button(untrainedPane, Messages.Untrained_EXPORT, "training.untrained.export", this::exportUntrained);
		export.setToolTipText(Messages.Untrained_EXPORT_TOOLTIP);
		untrained = new VirtualTable<Person>(untrainedPane, SWT.MULTI, "training.untrained")
				.column(Messages.Col_NAME, 130, SWT.LEFT, Person::name)
				.column(Messages.Col_GENDER, 50, SWT.LEFT, p -> p.gender().label())
				.column(Messages.Col_CITIZEN_ID, 170, SWT.LEFT, p -> Ui.masked(p.citizenId()))
				.column(Messages.Col_ORGANIZATION, 240, SWT.LEFT, p -> Ui.organization(workspace, p.organization()))
				.column(Messages.Col_POST, 130, SWT.LEFT, Person::post)
				.column(Messages.Col_CATEGORIES, 200, SWT.LEFT, p -> Ui.joinList(p.categories()));
		GridDataFactory.fillDefaults().span(3, 1).grab(true, true).applyTo(untrained.table());
		untrained.table().addListener(SWT.Selection, e -> {
			enroll.setEnabled(program.isPresent() && untrained.selectionCount() > 0);
			selectionOut.accept(untrained.selected());
		});
		vertical.setWeights(55, 45);
		job = new Async<>(total);
		showEmpty();
	}

	private static Composite titled(Composite parent, String title) {
		Composite pane = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(2, 0).spacing(0, 4).applyTo(pane);
		new Label(pane, SWT.NONE).setText(title);
		return pane;
	}

	private void treeColumn(String title, int width, int alignment, Function<Organization, String> text) {
		TreeViewerColumn c = new TreeViewerColumn(organizations, alignment);
		c.getColumn().setText(title);
		c.getColumn().setWidth(width);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof Organization o ? text.apply(o) : "";
			}

			@Override
			public Color getForeground(Object element) {
				return element instanceof Organization o && coverageOf(o).filter(x -> x.ratio() < LOW).isPresent() ? Ui.RED : null;
			}
		});
	}

	private void setUpChart() {
		chart.getTitle().setVisible(false);
		chart.getLegend().setVisible(false);
		chart.setBackground(chart.getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
		IAxis x = chart.getAxisSet().getXAxis(0);
		x.getTitle().setText(Messages.Coverage_AXIS_ORGANIZATION);
		x.enableCategory(true);
		IAxis y = chart.getAxisSet().getYAxis(0);
		y.getTitle().setText(Messages.Coverage_AXIS_RATIO);
		// the default blue axes shout; dark grey text reads like the tables beside the chart
		Color text = chart.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND);
		for (IAxis axis : chart.getAxisSet().getAxes()) {
			axis.getTitle().setForeground(text);
			axis.getTick().setForeground(text);
		}
		IBarSeries<?> bars = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, "coverage");
		bars.setBarColor(Ui.BAR);
		bars.getLabel().setFormat("0.0");
		bars.getLabel().setVisible(true);
	}

	CTabItem item() {
		return item;
	}

	private Shell shell() {
		return total.getShell();
	}

	private boolean visible() {
		return item.getParent().getSelection() == item;
	}

	/** Shows {@code p}'s coverage; true when it was computed anew (another program than before). */
	boolean show(Optional<TrainingProgram> p) {
		boolean other = !p.map(TrainingProgram::id).equals(program.map(TrainingProgram::id));
		program = p;
		if (other) {
			summary = Optional.empty();
			organizations.setSelection(StructuredSelection.EMPTY);
			stale = true;
			refresh();
		}
		return other;
	}

	void changed(WorkspaceEvent e) {
		if (e.affects(TrainingProgram.class) || e.affects(TrainingClass.class) || e.affects(Enrollment.class) || e.affects(Person.class)
				|| e.affects(Organization.class) || e.affects(StatusPeriod.class)) {
			stale = true;
			refresh();
		}
	}

	/** The tab was brought to the front. */
	void shown() {
		refresh();
	}

	private void refresh() {
		if (program.isEmpty()) {
			job.cancel();
			showEmpty();
			return;
		}
		if (!stale || !visible()) {
			return;
		}
		stale = false;
		TrainingProgram p = program.get();
		if (summary.isEmpty()) {
			total.setText(Nls.bind(Messages.Coverage_COMPUTING, p.name()));
			relayoutTotal();
		}
		job.run(() -> Training.coverage(workspace, p.id()), this::showSummary);
	}

	private void showEmpty() {
		summary = Optional.empty();
		total.setText(Messages.Coverage_NO_PROGRAM);
		relayoutTotal();
		organizations.setInput(null);
		categories.setInput(List.of());
		untrained.setRows(List.of(), Person::id);
		untrainedCount.setText("");
		enroll.setEnabled(false);
		export.setEnabled(false);
		showChart();
	}

	private void relayoutTotal() {
		total.getParent().layout(new Control[] { total });
	}

	private void showSummary(CoverageSummary s) {
		summary = Optional.of(s);
		TrainingProgram p = program.orElseThrow();
		Coverage c = s.total();
		total.setText(Nls.bind(Messages.Coverage_TOTAL, c.target(), c.trained(), Ui.percent(c), p.name(), p.deadline()));
		total.setForeground(c.target() > 0 && c.ratio() < LOW ? Ui.RED : null);
		relayoutTotal();

		Object[] expanded = organizations.getExpandedElements();
		Optional<OrgId> selected = selectedOrganization().map(Organization::id);
		OrganizationTree tree = workspace.organizations();
		organizations.getTree().setRedraw(false);
		try {
			organizations.setInput(tree);
			if (expanded.length == 0) {
				organizations.expandToLevel(2);
			} else {
				organizations.setExpandedElements(expanded);
			}
			selected.flatMap(tree::get).ifPresent(o -> organizations.setSelection(new StructuredSelection(o), true));
		} finally {
			organizations.getTree().setRedraw(true);
		}

		List<CategoryRow> rows = new ArrayList<>();
		s.byCategory().forEach((cat, cov) -> rows.add(new CategoryRow(cat, cov)));
		// the most people first: the categories the program is mainly about
		rows.sort(Comparator.comparingInt((CategoryRow r) -> r.coverage().target()).reversed());
		categories.setInput(rows);
		showChart();
		showUntrained();
	}

	private Optional<Coverage> coverageOf(Organization o) {
		return summary.map(CoverageSummary::bySubtree).map(m -> m.get(o.id()));
	}

	private Optional<Organization> selectedOrganization() {
		return organizations.getStructuredSelection().getFirstElement() instanceof Organization o ? Optional.of(o) : Optional.empty();
	}

	private static String categoryName(String category) {
		return category.isEmpty() ? Messages.Coverage_NO_CATEGORY : category;
	}

	/** Bars of the coverage ratio per top-level organization (the root's children) or per category. */
	private void showChart() {
		List<String> names = new ArrayList<>();
		List<Double> values = new ArrayList<>();
		boolean byOrganization = chartByOrganization.getSelection();
		summary.ifPresent(s -> {
			if (byOrganization) {
				OrganizationTree tree = workspace.organizations();
				tree.root().ifPresent(root -> tree.children(root.id()).forEach(o -> {
					Coverage c = s.bySubtree().get(o.id());
					if (c != null && c.target() > 0) {
						names.add(o.name());
						values.add(c.ratio() * 100);
					}
				}));
			} else {
				s.byCategory().entrySet().stream().filter(e -> e.getValue().target() > 0)
						.sorted(Map.Entry.<String, Coverage>comparingByValue(Comparator.comparingInt(Coverage::target)).reversed())
						.forEach(e -> {
							names.add(categoryName(e.getKey()));
							values.add(e.getValue().ratio() * 100);
						});
			}
		});
		if (names.isEmpty()) {
			names.add(Messages.Coverage_NO_DATA);
			values.add(0.0);
		}
		IAxis x = chart.getAxisSet().getXAxis(0);
		x.getTitle().setText(byOrganization ? Messages.Coverage_AXIS_ORGANIZATION : Messages.Coverage_AXIS_CATEGORY);
		x.setCategorySeries(names.toArray(String[]::new));
		// long Chinese names overlap when there are many bars
		x.getTick().setTickLabelAngle(names.size() > 6 ? 45 : 0);
		chart.getSeriesSet().getSeries("coverage").setYSeries(values.stream().mapToDouble(Double::doubleValue).toArray());
		x.adjustRange();
		chart.getAxisSet().getYAxis(0).setRange(new Range(0, 105));
		chart.redraw();
	}

	/** 应训未训 within the organization chosen in the tree (all of the program's target when none is). */
	private void showUntrained() {
		if (program.isEmpty() || summary.isEmpty()) {
			return;
		}
		TrainingProgram p = program.get();
		Optional<Organization> within = selectedOrganization();
		Optional<OrgId> org = within.map(Organization::id);
		BusyIndicator.showWhile(shell().getDisplay(), () -> {
			int count = workspace.countUntrained(p.id(), org);
			untrained.setPaged(new VirtualTable.Paged<>() {
				@Override
				public int size() {
					return count;
				}

				@Override
				public List<Person> window(int offset, int limit) {
					return workspace.findUntrained(p.id(), org, offset, limit);
				}
			});
		});
		untrainedCount.setText(within.map(o -> Nls.bind(Messages.Untrained_COUNT_IN, o.name(), untrained.size()))
				.orElse(Nls.bind(Messages.Untrained_COUNT, untrained.size())));
		untrainedCount.getParent().layout(new Control[] { untrainedCount });
		export.setEnabled(untrained.size() > 0);
		enroll.setEnabled(false);
	}

	private void enrollSelected() {
		List<Person> chosen = untrained.selected();
		if (program.isEmpty() || chosen.isEmpty()) {
			return;
		}
		new EnrollDialog(shell(), workspace, chosen, program.map(TrainingProgram::id)).open();
	}

	/** Every untrained person of the organization shown, read in windows with the progress shown. */
	private void exportUntrained() {
		if (program.isEmpty()) {
			return;
		}
		TrainingProgram p = program.get();
		Optional<Organization> within = selectedOrganization();
		Optional<OrgId> org = within.map(Organization::id);
		String title = within.map(o -> Nls.bind(Messages.Untrained_EXPORT_TITLE_IN, p.name(), o.name()))
				.orElse(Nls.bind(Messages.Untrained_EXPORT_TITLE, p.name()));
		Ui.exportXlsx(shell(), title, title, monitor -> {
			int count = workspace.countUntrained(p.id(), org);
			List<List<Object>> rows = new ArrayList<>(count + 1);
			rows.add(List.of(Messages.Col_NUMBER, Messages.Col_NAME, Messages.Col_GENDER, Messages.Col_CITIZEN_ID, Messages.Col_ORGANIZATION,
					Messages.Col_POST, Messages.Col_RANK, Messages.Col_CATEGORIES));
			Map<OrgId, String> orgNames = new java.util.HashMap<>();
			for (int offset = 0; offset < count; offset += EXPORT_WINDOW) {
				if (monitor.isCanceled()) {
					throw new InterruptedException();
				}
				monitor.subTask(Nls.bind(Messages.Untrained_EXPORT_PROGRESS, offset, count));
				List<Person> window = workspace.findUntrained(p.id(), org, offset, EXPORT_WINDOW);
				for (Person x : window) {
					rows.add(List.of(BigDecimal.valueOf(rows.size()), x.name(), x.gender().label(), x.citizenId().value(),
							orgNames.computeIfAbsent(x.organization(), o -> Ui.organization(workspace, o)), x.post(), x.rank().orElse(""),
							Ui.joinList(x.categories())));
				}
				if (window.size() < EXPORT_WINDOW) {
					break;
				}
			}
			return rows;
		});
	}

	void focus() {
		organizations.getControl().setFocus();
	}
}
