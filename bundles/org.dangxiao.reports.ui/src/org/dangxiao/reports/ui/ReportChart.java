package org.dangxiao.reports.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.dangxiao.reports.ChartSpec;
import org.dangxiao.reports.Column;
import org.dangxiao.reports.ReportResult;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;

/**
 * A report's chart (SWTChart), as its {@link ChartSpec} asks: one series per value column, one
 * category per row (the first {@code maxCategories} rows, in the report's order), bars or lines.
 * Percentages plot as 0–100.
 */
public final class ReportChart {
	/** The first is the bar colour of the training coverage chart; the others stay apart from it in print and on screen. */
	private static final Color[] PALETTE = { new Color(0xC8, 0x37, 0x2D), new Color(0x2F, 0x6E, 0xB5), new Color(0xE0, 0x9A, 0x1F),
			new Color(0x3A, 0x8F, 0x4F), new Color(0x7A, 0x4E, 0xA8), new Color(0x5F, 0x6B, 0x73) };
	/** Longer category labels are cut: the whole name is in the table beside the chart. */
	private static final int LABEL_CHARS = 10;
	/** Labels of more bars than this overlap unless they are turned. */
	private static final int UPRIGHT_LABELS = 6;
	/** With more bars still, slanted labels overlap their neighbours: they stand upright. */
	private static final int STEEP_LABELS = 12;

	private final Chart chart;

	public ReportChart(Composite parent, String testId) {
		chart = org.dangxiao.ui.Widgets.testId(new Chart(parent, SWT.NONE), testId);
		chart.setBackground(chart.getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
		chart.getLegend().setPosition(SWT.BOTTOM);
		// the default blue axes shout; the widget's text colour reads like the table beside the chart
		Color text = chart.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND);
		chart.getTitle().setForeground(text);
		for (IAxis axis : chart.getAxisSet().getAxes()) {
			axis.getTitle().setForeground(text);
			axis.getTick().setForeground(text);
		}
		chart.getAxisSet().getXAxis(0).enableCategory(true);
	}

	private static String shortened(String label) {
		return label.codePointCount(0, label.length()) <= LABEL_CHARS ? label
				: label.substring(0, label.offsetByCodePoints(0, LABEL_CHARS - 1)) + "…";
	}

	public Chart control() {
		return chart;
	}

	/** Draws {@code spec} over {@code result}'s rows. */
	public void show(ReportResult result, ChartSpec spec) {
		for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
			chart.getSeriesSet().deleteSeries(s.getId());
		}
		List<Column> columns = result.columns();
		int count = Math.min(spec.maxCategories(), result.rows().size());
		String[] categories = new String[Math.max(1, count)];
		categories[0] = "";
		for (int r = 0; r < count; r++) {
			List<Object> row = result.rows().get(r);
			categories[r] = spec.labelColumn() >= 0 && spec.labelColumn() < columns.size()
					? shortened(Cells.text(columns.get(spec.labelColumn()), Cells.cell(row, spec.labelColumn())))
					: Integer.toString(r + 1);
		}
		boolean allPercent = true;
		List<Integer> valueColumns = new ArrayList<>();
		for (int c : spec.valueColumns()) {
			if (c >= 0 && c < columns.size()) {
				valueColumns.add(c);
				allPercent &= columns.get(c).type() == Column.Type.PERCENT;
			}
		}
		int n = 0;
		for (int c : valueColumns) {
			double[] values = new double[categories.length];
			for (int r = 0; r < count; r++) {
				OptionalDouble v = Cells.number(columns.get(c), Cells.cell(result.rows().get(r), c));
				values[r] = v.orElse(0);
			}
			Color color = PALETTE[n % PALETTE.length];
			String id = "series" + n;
			if (spec.kind() == ChartSpec.Kind.LINE) {
				ILineSeries<?> line = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, id);
				line.setLineColor(color);
				line.setLineWidth(2);
				line.setLineStyle(LineStyle.SOLID);
				line.setSymbolColor(color);
				line.setSymbolType(ILineSeries.PlotSymbolType.CIRCLE);
				line.setSymbolSize(3);
				line.setYSeries(values);
				line.setDescription(Cells.header(columns.get(c)));
			} else {
				IBarSeries<?> bars = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, id);
				bars.setBarColor(color);
				bars.setYSeries(values);
				bars.setDescription(Cells.header(columns.get(c)));
				if (valueColumns.size() == 1 && count <= 20) {
					bars.getLabel().setFormat(allPercent ? "0.0" : "#,##0.##");
					bars.getLabel().setVisible(true);
				}
			}
			n++;
		}
		chart.getTitle().setText(spec.title());
		chart.getTitle().setVisible(!spec.title().isBlank());
		chart.getLegend().setVisible(valueColumns.size() > 1);
		IAxis x = chart.getAxisSet().getXAxis(0);
		x.getTitle().setText(spec.labelColumn() >= 0 && spec.labelColumn() < columns.size() ? Cells.header(columns.get(spec.labelColumn())) : "");
		x.setCategorySeries(categories);
		x.getTick().setTickLabelAngle(categories.length > STEEP_LABELS ? 90 : categories.length > UPRIGHT_LABELS ? 45 : 0);
		IAxis y = chart.getAxisSet().getYAxis(0);
		y.getTitle().setText(allPercent ? Messages.Chart_PERCENT
				: valueColumns.size() == 1 ? Cells.header(columns.get(valueColumns.get(0))) : "");
		chart.getAxisSet().adjustRange();
		Range r = y.getRange();
		if (allPercent) {
			y.setRange(new Range(0, Math.max(105, r.upper)));
		} else if (r.lower > 0) {
			// bars measure from zero; a range starting at the smallest value exaggerates differences
			y.setRange(new Range(0, r.upper * 1.08));
		} else {
			y.setRange(new Range(r.lower, r.upper == r.lower ? r.lower + 1 : r.upper + (r.upper - r.lower) * 0.08));
		}
		chart.redraw();
	}
}
