package org.dangxiao.attendance.ui.wizard;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.dangxiao.attendance.ui.Messages;
import org.dangxiao.attendance.ui.Texts;
import org.dangxiao.imports.ClassContext;
import org.dangxiao.imports.ImportPlan;
import org.dangxiao.imports.PlannedRow;
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
 * shows at once; the filters use the {@link OutcomeIndex} made with the plan.
 */
final class PlannedRowsTable {
	/** Light enough that the text stays readable; one colour per outcome that needs looking at. */
	private static final Color WARNING_BACKGROUND = new Color(255, 243, 205);
	private static final Color REJECTED_BACKGROUND = new Color(253, 224, 224);

	private final Table table;
	private List<PlannedRow> rows = List.of();
	private OutcomeIndex outcomes;
	/** Positions in {@link #rows} of the rows shown; null while all are shown. */
	private int[] shown;
	private Map<CourseId, String> courses = Map.of();

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

	void show(ImportPlan plan, OutcomeIndex index, ClassContext context) {
		rows = plan.rows();
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

	private void fill(Event e) {
		TableItem item = (TableItem) e.item;
		PlannedRow r = rows.get(shown == null ? e.index : shown[e.index]);
		item.setText(new String[] { r.sheet(), row(r), r.name(), r.course().map(courses::get).orElse(""),
				r.attendance().flatMap(a -> a.signIn()).map(Texts::signIn).orElse(""),
				r.attendance().map(a -> a.status().label()).orElse(""), Texts.outcome(r.outcome()), r.explanation() });
		Color background = switch (r.outcome()) {
		case ACCEPTED -> null;
		case WARNING -> WARNING_BACKGROUND;
		case REJECTED -> REJECTED_BACKGROUND;
		};
		item.setBackground(background);
		// dark desktop themes draw light text, unreadable on the light backgrounds
		item.setForeground(background == null ? null : table.getDisplay().getSystemColor(SWT.COLOR_BLACK));
	}

	/** The sheet's row number, with the half-day when a two-row header split the row. */
	private static String row(PlannedRow r) {
		String number = Integer.toString(r.row());
		return r.session().map(s -> number + " " + Texts.session(s)).orElse(number);
	}

	Table table() {
		return table;
	}
}
