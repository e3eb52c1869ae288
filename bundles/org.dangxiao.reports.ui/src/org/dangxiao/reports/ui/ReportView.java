package org.dangxiao.reports.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dangxiao.model.OrgId;
import org.dangxiao.model.WorkspaceView;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.reports.Arguments;
import org.dangxiao.reports.Column;
import org.dangxiao.reports.ReportDescriptor;
import org.dangxiao.reports.ReportException;
import org.dangxiao.reports.ReportResult;
import org.dangxiao.reports.Reports;
import org.dangxiao.ui.Async;
import org.dangxiao.ui.Widgets;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * The report centre, without the e4 part around it (so a plain shell can show it too): on the
 * left the reports of {@link Reports#all()} by category with the chosen one's description; on the
 * right its parameters, 生成, and the result — title, notes, a virtual table (500,000 rows scroll as
 * 10 do) and, when the report has one, its chart beside or below the table. Reports run in the
 * background; a {@link ReportException} is shown as its sentence in the view, never as a dialog.
 */
public final class ReportView {
	/** Refusals and failures: readable on the widget background. */
	private static final Color RED = new Color(0xC0, 0x1C, 0x1C);
	/** Rows measured for the column widths on screen. */
	private static final int MEASURED_ROWS = 200;
	private static final int MAX_COLUMN_WIDTH = 360;
	/** Up to this many columns the chart gets almost half of the width. */
	private static final int NARROW_TABLE = 6;

	/** A category of the tree: the reports that name it. */
	private record Category(String name) {
	}

	/** What a background run came back with. */
	private sealed interface Outcome {
		ReportDescriptor report();
	}

	private record Ran(ReportDescriptor report, ReportResult result, long millis) implements Outcome {
	}

	private record Refused(ReportDescriptor report, String sentence) implements Outcome {
	}

	private final WorkspaceView workspace;
	private final SashForm root;
	private final TreeViewer tree;
	private final Label description;
	private final Composite right;
	private final Label name;
	private final Group formGroup;
	private final Button run;
	private final Button stop;
	private final Label status;
	private final Label title;
	private final Label notes;
	private final Button exportExcel;
	private final Button print;
	private final Button exportPdf;
	private final SashForm results;
	private final Table table;
	private final ReportChart chart;
	private final Async<Outcome> job;
	private final Async<int[]> sortJob;
	private final List<ReportDescriptor> reports;
	/** Values chosen in the forms, by parameter kind and id, so another report starts from them. */
	private final Map<String, String> memory = new HashMap<>();
	/** The last result of each report this session, so switching back shows it again. */
	private final Map<String, ReportResult> lastResults = new HashMap<>();
	private Optional<ReportDescriptor> current = Optional.empty();
	private Optional<ParameterForm> form = Optional.empty();
	private Optional<OrgId> treeSelection = Optional.empty();
	private Optional<ReportResult> result = Optional.empty();
	/** The rows in the order shown (after a click on a header); null: the report's own order. */
	private int[] order;
	private Optional<ReportDescriptor> running = Optional.empty();
	private long startedAt;
	private Runnable ticker;

	/** The view of every report contributed through the extension point. */
	public ReportView(Composite parent, WorkspaceView workspace) {
		this(parent, workspace, Reports.all());
	}

	/** The view of {@code reports}, in the order given, grouped by category. */
	public ReportView(Composite parent, WorkspaceView workspace, List<ReportDescriptor> reports) {
		this.workspace = workspace;
		this.reports = List.copyOf(reports);
		root = new SashForm(parent, SWT.HORIZONTAL);

		Composite left = new Composite(root, SWT.NONE);
		GridLayoutFactory.swtDefaults().margins(6, 6).spacing(6, 6).applyTo(left);
		new Label(left, SWT.NONE).setText(Messages.Tree_TITLE);
		tree = new TreeViewer(left, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		Widgets.testId(tree.getTree(), "reports.tree");
		GridDataFactory.fillDefaults().grab(true, true).hint(220, 200).applyTo(tree.getTree());
		tree.setContentProvider(new ReportsContent());
		tree.setLabelProvider(LabelProvider.createTextProvider(e -> switch (e) {
		case Category c -> c.name().isBlank() ? Messages.Tree_OTHER : c.name();
		case ReportDescriptor d -> d.name();
		default -> String.valueOf(e);
		}));
		description = Widgets.testId(new Label(left, SWT.WRAP), "reports.description");
		GridDataFactory.fillDefaults().grab(true, false).hint(220, description.computeSize(SWT.DEFAULT, SWT.DEFAULT).y * 6).applyTo(description);

		right = new Composite(root, SWT.NONE);
		GridLayoutFactory.swtDefaults().margins(8, 6).spacing(8, 6).applyTo(right);
		name = Widgets.testId(new Label(right, SWT.NONE), "reports.name");
		name.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.HEADER_FONT));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(name);
		formGroup = Widgets.testId(new Group(right, SWT.NONE), "reports.form");
		formGroup.setText(Messages.Form_TITLE);
		GridLayoutFactory.swtDefaults().margins(8, 6).applyTo(formGroup);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(formGroup);

		Composite actions = new Composite(right, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).spacing(8, 0).applyTo(actions);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(actions);
		run = Widgets.testId(new Button(actions, SWT.PUSH), "reports.run");
		run.setText(Messages.Form_RUN);
		run.setToolTipText(Messages.Form_RUN_TOOLTIP);
		GridDataFactory.swtDefaults().hint(Math.max(96, run.computeSize(SWT.DEFAULT, SWT.DEFAULT).x), SWT.DEFAULT).applyTo(run);
		run.addListener(SWT.Selection, e -> run());
		stop = Widgets.testId(new Button(actions, SWT.PUSH), "reports.stop");
		stop.setText(Messages.Form_STOP);
		stop.setEnabled(false);
		stop.addListener(SWT.Selection, e -> stop());
		status = Widgets.testId(new Label(actions, SWT.WRAP), "reports.status");
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).hint(300, SWT.DEFAULT).applyTo(status);

		Label line = new Label(right, SWT.SEPARATOR | SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(line);

		Composite head = new Composite(right, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).spacing(6, 0).applyTo(head);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(head);
		title = Widgets.testId(new Label(head, SWT.NONE), "reports.title");
		title.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(title);
		exportExcel = button(head, Messages.Output_EXCEL, "reports.exportExcel", this::exportExcel);
		print = button(head, Messages.Output_PRINT, "reports.print", this::print);
		exportPdf = button(head, Messages.Output_PDF, "reports.exportPdf", this::exportPdf);
		notes = Widgets.testId(new Label(right, SWT.WRAP), "reports.notes");
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(notes);

		results = Widgets.testId(new SashForm(right, SWT.HORIZONTAL), "reports.results");
		GridDataFactory.fillDefaults().grab(true, true).applyTo(results);
		table = Widgets.testId(new Table(results, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL),
				"reports.table");
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.addListener(SWT.SetData, e -> fillItem((TableItem) e.item, e.index));
		table.addListener(SWT.KeyDown, e -> {
			if ((e.stateMask & SWT.MOD1) != 0 && (e.keyCode == 'c' || e.keyCode == 'C')) {
				copySelection();
				e.doit = false;
			}
		});
		chart = new ReportChart(results, "reports.chart");
		results.setWeights(62, 38);
		results.setMaximizedControl(table);
		root.setWeights(24, 76);

		job = new Async<>(table);
		sortJob = new Async<>(table);

		tree.setInput(reports);
		tree.expandAll();
		tree.addSelectionChangedListener(e -> selected());
		// a double click or Enter on a report (JFace reports both as a double click)
		tree.addDoubleClickListener(e -> {
			if (tree.getStructuredSelection().getFirstElement() instanceof ReportDescriptor) {
				run();
			}
		});
		showResult(Optional.empty());
		if (reports.isEmpty()) {
			name.setText(Messages.Tree_EMPTY);
			description.setText("");
			run.setEnabled(false);
			say(Messages.Tree_EMPTY, false);
		} else {
			tree.setSelection(new StructuredSelection(reports.get(0)), true);
		}
	}

	private static Button button(Composite parent, String text, String testId, Runnable action) {
		Button b = Widgets.testId(new Button(parent, SWT.PUSH), testId);
		b.setText(text);
		b.addListener(SWT.Selection, e -> action.run());
		return b;
	}

	// ---- what tests and the part use -----------------------------------------------------

	public Control control() {
		return root;
	}

	/** The result shown, with its rows in the order shown (a header click sorts them). */
	public Optional<ReportResult> result() {
		if (result.isEmpty() || order == null) {
			return result;
		}
		ReportResult r = result.get();
		List<List<Object>> rows = new ArrayList<>(order.length);
		for (int i : order) {
			rows.add(r.rows().get(i));
		}
		return Optional.of(new ReportResult(r.title(), r.notes(), r.columns(), rows, r.chart()));
	}

	public boolean hasResult() {
		return result.isPresent();
	}

	/** The report chosen in the tree. */
	public Optional<ReportDescriptor> report() {
		return current;
	}

	/** Chooses the report with {@code id}; false when there is none. */
	public boolean select(String id) {
		for (ReportDescriptor d : reports) {
			if (d.id().equals(id)) {
				tree.setSelection(new StructuredSelection(d), true);
				return true;
			}
		}
		return false;
	}

	public boolean isRunning() {
		return running.isPresent();
	}

	/** The line beside 生成: progress, the row count, or why the report could not run. */
	public String status() {
		return status.getText();
	}

	/** The organization selected in the shell's tree: organization inputs not set by hand follow it. */
	public void setSelectedOrganization(Optional<OrgId> org) {
		treeSelection = org;
		form.ifPresent(f -> f.setTreeSelection(org));
	}

	/** The workspace changed: the choices are read again; a result shown may be out of date. */
	public void workspaceChanged() {
		form.ifPresent(ParameterForm::refresh);
		if (result.isPresent() && running.isEmpty()) {
			say(Messages.Status_STALE, false);
		}
	}

	public void setFocus() {
		if (current.isPresent() && form.isPresent()) {
			form.get().focus();
		} else {
			tree.getControl().setFocus();
		}
	}

	// ---- choosing a report -----------------------------------------------------------------

	private void selected() {
		Object chosen = tree.getStructuredSelection().getFirstElement();
		if (!(chosen instanceof ReportDescriptor d)) {
			return; // a category: the form stays with the report chosen before
		}
		if (current.filter(d::equals).isPresent()) {
			return;
		}
		current = Optional.of(d);
		name.setText(d.name());
		description.setText(d.description().isBlank() ? Messages.Tree_NO_DESCRIPTION : d.description());
		description.setToolTipText(Nls.bind(Messages.Tree_CONTRIBUTOR, d.contributor()));
		form.ifPresent(f -> f.control().dispose());
		form = Optional.of(new ParameterForm(formGroup, workspace, d.report().parameters(), memory, treeSelection, this::run));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(form.get().control());
		showResult(Optional.ofNullable(lastResults.get(d.id())));
		if (running.filter(d::equals).isEmpty()) {
			say(result.isPresent() ? rowsSentence(d, result.get(), -1) : Messages.Status_READY, false);
		}
		right.layout(true, true);
		description.getParent().layout(true, true);
	}

	private final class ReportsContent implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			Map<String, Category> categories = new LinkedHashMap<>();
			for (ReportDescriptor d : reports) {
				categories.computeIfAbsent(d.category(), Category::new);
			}
			return categories.values().toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			return parent instanceof Category c ? reports.stream().filter(d -> d.category().equals(c.name())).toArray() : new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return element instanceof ReportDescriptor d ? new Category(d.category()) : null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof Category;
		}
	}

	// ---- running ---------------------------------------------------------------------------

	/** Runs the chosen report with the form's values, in the background; a newer run supersedes it. */
	public void run() {
		if (current.isEmpty() || form.isEmpty()) {
			return;
		}
		ReportDescriptor d = current.get();
		Arguments arguments = Arguments.of(form.get().values());
		running = Optional.of(d);
		startedAt = System.nanoTime();
		stop.setEnabled(true);
		right.setCursor(right.getDisplay().getSystemCursor(SWT.CURSOR_APPSTARTING));
		tick();
		job.run(() -> {
			long start = System.nanoTime();
			try {
				ReportResult r = d.report().run(workspace, arguments);
				return new Ran(d, r, (System.nanoTime() - start) / 1_000_000);
			} catch (ReportException e) {
				return new Refused(d, e.getMessage());
			}
		}, this::arrived, this::failed);
	}

	/** 正在生成…… N 秒, once a second while the report runs. */
	private void tick() {
		if (running.isEmpty() || status.isDisposed()) {
			return;
		}
		long seconds = (System.nanoTime() - startedAt) / 1_000_000_000L;
		say(Nls.bind(Messages.Status_RUNNING, running.get().name(), seconds), false);
		if (ticker != null) {
			status.getDisplay().timerExec(-1, ticker);
		}
		ticker = this::tick;
		status.getDisplay().timerExec(1000, ticker);
	}

	private void stop() {
		running.ifPresent(d -> {
			job.cancel();
			finished();
			say(Nls.bind(Messages.Status_STOPPED, d.name()), false);
		});
	}

	private void finished() {
		running = Optional.empty();
		if (ticker != null) {
			status.getDisplay().timerExec(-1, ticker);
			ticker = null;
		}
		stop.setEnabled(false);
		right.setCursor(null);
	}

	private void arrived(Outcome outcome) {
		finished();
		ReportDescriptor d = outcome.report();
		switch (outcome) {
		case Ran ran -> {
			lastResults.put(d.id(), ran.result());
			if (current.filter(d::equals).isPresent()) {
				showResult(Optional.of(ran.result()));
			}
			say(rowsSentence(d, ran.result(), ran.millis()), false);
		}
		case Refused refused -> {
			lastResults.remove(d.id());
			if (current.filter(d::equals).isPresent()) {
				showResult(Optional.empty());
			}
			say(refused.sentence(), true);
		}
		}
	}

	private void failed(RuntimeException e) {
		finished();
		ILog.of(ReportView.class).error(String.valueOf(e), e);
		say(Nls.bind(Messages.Common_UNEXPECTED, e.getMessage() == null ? e.toString() : e.getMessage()), true);
	}

	private static String rowsSentence(ReportDescriptor d, ReportResult r, long millis) {
		String s = millis < 0 ? Nls.bind(Messages.Status_SHOWN, d.name(), r.rows().size())
				: Nls.bind(Messages.Status_DONE, d.name(), r.rows().size(), String.format(java.util.Locale.ROOT, "%.1f", millis / 1000.0));
		return r.rows().isEmpty() ? s + " " + Messages.Result_EMPTY : s;
	}

	private void say(String text, boolean problem) {
		status.setText(text);
		status.setToolTipText(text);
		status.setForeground(problem ? RED : null);
		status.getParent().layout(new Control[] { status });
	}

	// ---- the result ------------------------------------------------------------------------

	private void showResult(Optional<ReportResult> shown) {
		sortJob.cancel();
		result = shown;
		order = null;
		table.setRedraw(false);
		try {
			table.setItemCount(0);
			table.setSortColumn(null);
			for (TableColumn c : table.getColumns()) {
				c.dispose();
			}
			shown.ifPresent(this::buildColumns);
			table.setItemCount(shown.map(r -> r.rows().size()).orElse(0));
			table.clearAll();
		} finally {
			table.setRedraw(true);
		}
		title.setText(shown.map(ReportResult::title).orElse(Messages.Result_NONE));
		String text = shown.map(r -> String.join("\n", r.notes())).orElse("");
		notes.setText(text);
		((org.eclipse.swt.layout.GridData) notes.getLayoutData()).exclude = text.isEmpty();
		notes.setVisible(!text.isEmpty());
		boolean any = shown.isPresent();
		exportExcel.setEnabled(any);
		print.setEnabled(any);
		exportPdf.setEnabled(any);
		if (shown.isPresent() && shown.get().chart().isPresent()) {
			ReportResult r = shown.get();
			chart.show(r, r.chart().get());
			results.setMaximizedControl(null);
			// beside the table, where the height the form leaves is enough; wide tables keep more room
			results.setWeights(r.columns().size() <= NARROW_TABLE ? new int[] { 55, 45 } : new int[] { 68, 32 });
		} else {
			results.setMaximizedControl(table);
		}
		right.layout(true, true);
	}

	private void buildColumns(ReportResult r) {
		GC gc = new GC(table);
		try {
			List<Column> columns = r.columns();
			int measured = Math.min(MEASURED_ROWS, r.rows().size());
			for (int i = 0; i < columns.size(); i++) {
				Column c = columns.get(i);
				TableColumn tc = new TableColumn(table, Cells.rightAligned(c) ? SWT.RIGHT : SWT.LEFT);
				String header = Cells.header(c);
				tc.setText(header);
				tc.setToolTipText(header);
				tc.setMoveable(true);
				int width = gc.textExtent(header).x + 30;
				for (int row = 0; row < measured; row++) {
					width = Math.max(width, gc.textExtent(Cells.text(c, Cells.cell(r.rows().get(row), i))).x + 16);
				}
				tc.setWidth(Math.min(MAX_COLUMN_WIDTH, Math.max(48, width)));
				int index = i;
				tc.addListener(SWT.Selection, e -> sortBy(tc, index));
			}
		} finally {
			gc.dispose();
		}
	}

	private void fillItem(TableItem item, int index) {
		if (result.isEmpty()) {
			return;
		}
		ReportResult r = result.get();
		int row = order == null ? index : order[index];
		if (row < 0 || row >= r.rows().size()) {
			return;
		}
		List<Object> cells = r.rows().get(row);
		String[] texts = new String[r.columns().size()];
		for (int i = 0; i < texts.length; i++) {
			texts[i] = Cells.text(r.columns().get(i), Cells.cell(cells, i));
		}
		item.setText(texts);
	}

	/** A click on a header sorts by that column, again the other way; computed in the background (500,000 rows). */
	private void sortBy(TableColumn column, int index) {
		if (result.isEmpty()) {
			return;
		}
		ReportResult r = result.get();
		int direction = table.getSortColumn() == column && table.getSortDirection() == SWT.UP ? SWT.DOWN : SWT.UP;
		Comparator<Object> cells = Cells.order(r.columns().get(index));
		say(Nls.bind(Messages.Status_SORTING, column.getText()), false);
		sortJob.run(() -> {
			Integer[] idx = new Integer[r.rows().size()];
			for (int i = 0; i < idx.length; i++) {
				idx[i] = i;
			}
			Comparator<Integer> byCell = (a, b) -> cells.compare(Cells.cell(r.rows().get(a), index), Cells.cell(r.rows().get(b), index));
			// stable, so a second sort keeps the first as the tie-break; empty cells stay last either way
			Arrays.sort(idx, direction == SWT.UP ? byCell : (a, b) -> {
				Object x = Cells.cell(r.rows().get(a), index);
				Object y = Cells.cell(r.rows().get(b), index);
				if (x == null || y == null) {
					return x == null ? (y == null ? 0 : 1) : -1;
				}
				return cells.compare(y, x);
			});
			return Arrays.stream(idx).mapToInt(Integer::intValue).toArray();
		}, sorted -> {
			if (result.filter(x -> x == r).isEmpty()) {
				return;
			}
			order = sorted;
			table.setSortColumn(column);
			table.setSortDirection(direction);
			table.deselectAll();
			table.clearAll();
			current.ifPresent(d -> say(rowsSentence(d, r, -1), false));
		}, e -> failed(e));
	}

	/** Ctrl+C: the selected rows as tab-separated text with the header, for a spreadsheet. */
	private void copySelection() {
		if (result.isEmpty() || table.getSelectionCount() == 0) {
			return;
		}
		ReportResult r = result.get();
		StringBuilder b = new StringBuilder();
		b.append(String.join("\t", r.columns().stream().map(Cells::header).toList())).append('\n');
		int[] selected = table.getSelectionIndices();
		Arrays.sort(selected);
		for (int index : selected) {
			List<Object> cells = r.rows().get(order == null ? index : order[index]);
			List<String> texts = new ArrayList<>();
			for (int i = 0; i < r.columns().size(); i++) {
				texts.add(Cells.text(r.columns().get(i), Cells.cell(cells, i)).replace('\t', ' ').replace('\n', ' '));
			}
			b.append(String.join("\t", texts)).append('\n');
		}
		Clipboard clipboard = new Clipboard(table.getDisplay());
		try {
			clipboard.setContents(new Object[] { b.toString() }, new Transfer[] { TextTransfer.getInstance() });
		} finally {
			clipboard.dispose();
		}
	}

	// ---- outputs ---------------------------------------------------------------------------

	/** 导出 Excel: a save dialog, then the register. */
	public void exportExcel() {
		result().ifPresentOrElse(r -> Outputs.exportExcel(root.getShell(), r), () -> say(Messages.Output_NO_RESULT, false));
	}

	/** 打印: the print dialog, then the pages. */
	public void print() {
		result().ifPresentOrElse(r -> Outputs.print(root.getShell(), r), () -> say(Messages.Output_NO_RESULT, false));
	}

	/** 导出 PDF: a save dialog, then the pages into that file. */
	public void exportPdf() {
		result().ifPresentOrElse(r -> Outputs.exportPdf(root.getShell(), r), () -> say(Messages.Output_NO_RESULT, false));
	}
}
