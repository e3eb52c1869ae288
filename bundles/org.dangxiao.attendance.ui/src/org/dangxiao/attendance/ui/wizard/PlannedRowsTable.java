package org.dangxiao.attendance.ui.wizard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.dangxiao.attendance.ui.Messages;
import org.dangxiao.attendance.ui.Texts;
import org.dangxiao.imports.ClassContext;
import org.dangxiao.imports.ImportPlan;
import org.dangxiao.imports.PlannedRow;
import org.dangxiao.imports.Resolution;
import org.dangxiao.model.Organization;
import org.dangxiao.model.Person;
import org.dangxiao.model.WorkspaceView;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.model.training.Course;
import org.dangxiao.model.training.CourseId;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * Every planned row with its outcome. The table is virtual: a row (and, for a plainly accepted
 * one, the row object itself) is made only when it scrolls into view, so a plan of 500,000 rows
 * shows at once; the filters use the {@link OutcomeIndex} made with the plan. A row resolved in
 * the preview is redrawn where it is; the filter shows the new outcomes when it is chosen again.
 */
final class PlannedRowsTable {
	/** Light enough that the text stays readable; one colour per outcome that needs looking at. */
	private static final Color WARNING_BACKGROUND = new Color(255, 243, 205);
	private static final Color REJECTED_BACKGROUND = new Color(253, 224, 224);
	private static final Color SKIPPED_BACKGROUND = new Color(232, 232, 232);

	private final Table table;
	private List<PlannedRow> rows = List.of();
	private OutcomeIndex outcomes;
	/** Positions in {@link #rows} of the rows shown; null while all are shown. */
	private int[] shown;
	private Map<CourseId, String> courses = Map.of();
	private Optional<ImportPlan> plan = Optional.empty();
	private Optional<WorkspaceView> workspace = Optional.empty();

	PlannedRowsTable(Composite parent) {
		table = new Table(parent, SWT.VIRTUAL | SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setData(Panes.TEST_ID, "import.preview.table");
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		Panes.fill(table);
		column(Messages.Preview_COL_SHEET, 90, SWT.LEFT);
		column(Messages.Preview_COL_ROW, 72, SWT.RIGHT);
		column(Messages.Preview_COL_NAME, 80, SWT.LEFT);
		column(Messages.Preview_COL_COURSE, 170, SWT.LEFT);
		column(Messages.Preview_COL_SIGN_IN, 96, SWT.LEFT);
		column(Messages.Preview_COL_STATUS, 56, SWT.LEFT);
		column(Messages.Preview_COL_OUTCOME, 56, SWT.LEFT);
		column(Messages.Preview_COL_REASON, 360, SWT.LEFT);
		table.addListener(SWT.SetData, this::fill);
	}

	private void column(String title, int width, int alignment) {
		TableColumn c = new TableColumn(table, alignment);
		c.setText(title);
		c.setWidth(width);
	}

	void show(ImportPlan shownPlan, OutcomeIndex index, ClassContext context, WorkspaceView view) {
		plan = Optional.of(shownPlan);
		workspace = Optional.of(view);
		rows = shownPlan.rows();
		outcomes = index;
		courses = context.courses().stream().collect(Collectors.toMap(Course::id, Course::title));
		filter(Optional.empty());
	}

	/** Shows the rows with {@code outcome}, or all of them. */
	void filter(Optional<PlannedRow.Outcome> outcome) {
		shown = outcome.map(outcomes::of).orElse(null);
		int count = shown == null ? rows.size() : shown.length;
		table.setItemCount(count);
		// items kept from the previous filter show other rows now: ask for their data again
		table.clearAll();
		if (count > 0) {
			table.setTopIndex(0);
		}
	}

	/** The index after a resolution; the rows shown stay until a filter is chosen again. */
	void outcomes(OutcomeIndex index) {
		outcomes = index;
	}

	/** The plan position of the selected row. */
	Optional<Integer> selected() {
		int i = table.getSelectionIndex();
		if (i < 0 || i >= table.getItemCount()) {
			return Optional.empty();
		}
		return Optional.of(shown == null ? i : shown[i]);
	}

	/** Redraws the rows at these plan positions, where they are shown. */
	void refresh(List<Integer> positions) {
		for (int position : positions) {
			int i = shown == null ? position : Arrays.binarySearch(shown, position);
			if (i >= 0 && i < table.getItemCount()) {
				table.clear(i);
			}
		}
	}

	private void fill(Event e) {
		TableItem item = (TableItem) e.item;
		int position = shown == null ? e.index : shown[e.index];
		PlannedRow r = rows.get(position);
		item.setText(new String[] { r.sheet(), row(r), r.name(), r.course().map(courses::get).orElse(""),
				r.attendance().flatMap(a -> a.signIn()).map(Texts::signIn).orElse(""),
				r.attendance().map(a -> a.status().label()).orElse(""), Texts.outcome(r.outcome()), reason(position, r) });
		Color background = switch (r.outcome()) {
		case ACCEPTED -> null;
		case WARNING -> WARNING_BACKGROUND;
		case REJECTED -> REJECTED_BACKGROUND;
		case SKIPPED -> SKIPPED_BACKGROUND;
		};
		item.setBackground(background);
		// dark desktop themes draw light text, unreadable on the light backgrounds
		item.setForeground(background == null ? null : table.getDisplay().getSystemColor(SWT.COLOR_BLACK));
	}

	/** The reasons, and what the user did about them. */
	private String reason(int position, PlannedRow r) {
		List<String> parts = new ArrayList<>();
		if (!r.explanation().isEmpty()) {
			parts.add(r.explanation());
		}
		for (Resolution resolution : r.resolutions()) {
			switch (resolution) {
			case Resolution.Fix f -> parts.add(Messages.Preview_NOTE_FIXED);
			case Resolution.ChoosePerson c -> r.candidates().stream().filter(p -> p.id().equals(c.person())).findFirst()
					.ifPresent(p -> parts.add(Nls.bind(Messages.Preview_NOTE_CHOSEN, p.name(), organization(p))));
			case Resolution.AddPerson a -> parts.add(Nls.bind(Messages.Preview_NOTE_ADDED, a.draft().name(), organization(a.draft())));
			case Resolution.Skip s -> {
				// the explanation says so already
			}
			}
		}
		if (r.resolutions().isEmpty() && plan.map(p -> p.isResolved(position)).orElse(false)) {
			parts.add(Messages.Preview_NOTE_REPLANNED);
		}
		return String.join("；", parts);
	}

	private String organization(Person p) {
		return workspace.flatMap(w -> w.organizations().get(p.organization())).map(Organization::name).orElse("");
	}

	/** The sheet's row number, with the half-day when a two-row header split the row. */
	private static String row(PlannedRow r) {
		String number = Integer.toString(r.row());
		return r.session().map(s -> number + " " + s.label()).orElse(number);
	}

	Table table() {
		return table;
	}
}
