package org.dangxiao.reports.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.dangxiao.model.nls.Nls;
import org.dangxiao.reports.Column;
import org.dangxiao.reports.ReportResult;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.TextLayout;
import org.eclipse.swt.printing.Printer;
import org.eclipse.swt.printing.PrinterData;
import org.eclipse.swt.widgets.Display;

/**
 * Draws a report as a register on paper (or into a PDF): the title and notes on the first page,
 * the column header (two rows where columns have a group) on every page, the rows in a ruled
 * table, and 第 N 页，共 M 页 with the title at the foot of each page. Long cells are cut with …,
 * columns shrink to the page width; the layout is {@link PageLayout}'s.
 */
public final class ReportPrinter {
	/** Told before each page is drawn; false stops the job. */
	@FunctionalInterface
	public interface Progress {
		boolean page(int page, int pages);
	}

	/** What came of a print job. */
	public sealed interface Outcome {
		record Printed(int pages) implements Outcome {
		}

		record Cancelled() implements Outcome {
		}

		record Failed(String message) implements Outcome {
		}
	}

	private static final double MARGIN_INCHES = 0.55;
	private static final int TITLE_POINTS = 14;
	private static final int TEXT_POINTS = 9;
	private static final int FOOTER_POINTS = 8;
	/** Rows measured for the natural column widths: the first ones and a spread over the rest. */
	private static final int SAMPLE = 400;
	/** A narrow table widens to the page by at most this much, a register's look; beyond, it is centred. */
	private static final double MAX_STRETCH = 1.6;
	private static final Color HEADER_FILL = new Color(0xEE, 0xEE, 0xEE);
	private static final Color RULE = new Color(0xB0, 0xB0, 0xB0);
	private static final Color FRAME = new Color(0x40, 0x40, 0x40);
	private static final Color INK = new Color(0, 0, 0);
	private static final Color WHITE = new Color(0xFF, 0xFF, 0xFF);

	private final ReportResult result;
	private final String fontName;

	/** @param fontName the face to print in; the display's own font reads Chinese on this desktop */
	public ReportPrinter(ReportResult result, String fontName) {
		this.result = result;
		this.fontName = fontName;
	}

	/** The display's font face: whatever the desktop shows Chinese with. */
	public static String defaultFontName(Display display) {
		return display.getSystemFont().getFontData()[0].getName();
	}

	/** Landscape when the table would not fit a portrait page; measured on the display. */
	public static boolean wantsLandscape(Display display, ReportResult result) {
		GC gc = new GC(display);
		Font font = new Font(display, defaultFontName(display), TEXT_POINTS, SWT.NORMAL);
		try {
			gc.setFont(font);
			int[] natural = naturalWidths(gc, result, (int) Math.round(display.getDPI().x * 0.1), Integer.MAX_VALUE);
			long total = 0;
			for (int w : natural) {
				total += w;
			}
			return PageLayout.landscape((double) total / display.getDPI().x, result.columns().size());
		} finally {
			font.dispose();
			gc.dispose();
		}
	}

	/** About how many pages the report takes, before a printer is chosen (a 9 pt row is about 1/5 inch). */
	public static int estimatePages(ReportResult result, boolean landscape) {
		double pageInches = (landscape ? 8.27 : 11.69) - 2 * MARGIN_INCHES;
		int perInch = 72;
		double row = (TEXT_POINTS * 1.45 + 5) / perInch;
		int header = (int) Math.round((grouped(result) ? 2 : 1) * row * perInch);
		int title = (int) Math.round((TITLE_POINTS * 1.6 + result.notes().size() * TEXT_POINTS * 1.45 + 12));
		PageLayout layout = PageLayout.of((int) (pageInches * perInch), title, header, (int) (FOOTER_POINTS * 1.5 + 6),
				(int) Math.round(row * perInch));
		return layout.pages(result.rows().size());
	}

	/** Prints every page, or the range {@code data} asks for, on a printer made from {@code data}. */
	public Outcome print(PrinterData data, String jobName, Progress progress) {
		Printer printer;
		try {
			printer = new Printer(data);
		} catch (org.eclipse.swt.SWTError | org.eclipse.swt.SWTException | IllegalArgumentException e) {
			return new Outcome.Failed(String.valueOf(e.getMessage()));
		}
		try {
			return print(printer, data, jobName, progress);
		} finally {
			printer.dispose();
		}
	}

	private Outcome print(Printer printer, PrinterData data, String jobName, Progress progress) {
		if (!printer.startJob(jobName)) {
			return new Outcome.Failed(Nls.bind(Messages.Print_NO_JOB, Optional.ofNullable(data.name).orElse("")));
		}
		Sheet sheet = null;
		boolean done = false;
		try {
			sheet = new Sheet(printer);
			int pages = sheet.layout.pages(result.rows().size());
			int from = 1;
			int to = pages;
			if (data.scope == PrinterData.PAGE_RANGE) {
				from = Math.max(1, data.startPage);
				to = Math.min(pages, Math.max(from, data.endPage));
			}
			int printed = 0;
			for (int page = from; page <= to; page++) {
				if (!progress.page(page, pages)) {
					printer.cancelJob();
					done = true;
					return new Outcome.Cancelled();
				}
				if (!printer.startPage()) {
					continue;
				}
				GC gc = new GC(printer);
				try {
					sheet.draw(gc, page, pages);
				} finally {
					gc.dispose();
				}
				printer.endPage();
				printed++;
			}
			printer.endJob();
			done = true;
			return new Outcome.Printed(printed);
		} catch (RuntimeException e) {
			org.eclipse.core.runtime.ILog.of(ReportPrinter.class).error(String.valueOf(e), e);
			return new Outcome.Failed(Nls.bind(Messages.Common_UNEXPECTED, String.valueOf(e.getMessage())));
		} finally {
			if (!done) {
				printer.cancelJob();
			}
			if (sheet != null) {
				sheet.dispose();
			}
		}
	}

	private static boolean grouped(ReportResult r) {
		return r.columns().stream().anyMatch(c -> c.group().isPresent());
	}

	/** The widest text of each column (header and sampled cells) plus padding, capped at {@code cap}. */
	private static int[] naturalWidths(GC gc, ReportResult r, int padding, int cap) {
		List<Column> columns = r.columns();
		int[] widths = new int[columns.size()];
		for (int i = 0; i < widths.length; i++) {
			widths[i] = gc.stringExtent(columns.get(i).name()).x;
		}
		for (List<Object> row : sample(r.rows())) {
			for (int i = 0; i < widths.length; i++) {
				String text = oneLine(Cells.text(columns.get(i), Cells.cell(row, i)));
				if (!text.isEmpty()) {
					widths[i] = Math.max(widths[i], gc.stringExtent(text).x);
				}
			}
		}
		for (int i = 0; i < widths.length; i++) {
			widths[i] = Math.min(cap, widths[i] + 2 * padding);
		}
		return widths;
	}

	private static List<List<Object>> sample(List<List<Object>> rows) {
		if (rows.size() <= 2 * SAMPLE) {
			return rows;
		}
		List<List<Object>> out = new ArrayList<>(rows.subList(0, SAMPLE));
		int step = (rows.size() - SAMPLE) / SAMPLE;
		for (int i = SAMPLE; i < rows.size(); i += step) {
			out.add(rows.get(i));
		}
		return out;
	}

	private static String oneLine(String s) {
		return s.indexOf('\n') < 0 && s.indexOf('\r') < 0 && s.indexOf('\t') < 0 ? s : s.replaceAll("[\\r\\n\\t]+", " ");
	}

	/** The text cut to {@code width} with … at its end. */
	private static String fit(GC gc, String text, int width) {
		if (text.isEmpty() || gc.stringExtent(text).x <= width) {
			return text;
		}
		int lo = 0;
		int hi = text.length();
		while (lo < hi) {
			int mid = (lo + hi + 1) / 2;
			if (gc.stringExtent(text.substring(0, mid) + "…").x <= width) {
				lo = mid;
			} else {
				hi = mid - 1;
			}
		}
		if (lo > 0 && Character.isHighSurrogate(text.charAt(lo - 1))) {
			lo--;
		}
		return lo == 0 ? "" : text.substring(0, lo) + "…";
	}

	/** Fonts, margins and column widths measured on one printer. */
	private final class Sheet {
		final Printer printer;
		final Font title;
		final Font text;
		final Font bold;
		final Font footer;
		final int left;
		final int top;
		final int width;
		final int bottom;
		final int padX;
		final int padY;
		final int rowHeight;
		final int headerRowHeight;
		final int headerHeight;
		final int titleHeight;
		final int footerHeight;
		final int[] columns;
		final int tableX;
		final int tableWidth;
		final TextLayout titleLayout;
		final TextLayout notesLayout;
		final PageLayout layout;
		final boolean grouped;

		Sheet(Printer printer) {
			this.printer = printer;
			title = new Font(printer, fontName, TITLE_POINTS, SWT.BOLD);
			text = new Font(printer, fontName, TEXT_POINTS, SWT.NORMAL);
			bold = new Font(printer, fontName, TEXT_POINTS, SWT.BOLD);
			footer = new Font(printer, fontName, FOOTER_POINTS, SWT.NORMAL);
			Point dpi = printer.getDPI();
			Rectangle client = printer.getClientArea();
			Rectangle trim = printer.computeTrim(0, 0, 0, 0);
			int marginX = (int) Math.round(dpi.x * MARGIN_INCHES);
			int marginY = (int) Math.round(dpi.y * MARGIN_INCHES);
			// the paper's edge is at -trim.x in client coordinates; margins count from the paper's edge
			left = clamp(marginX + trim.x, 0, client.width);
			int right = clamp(client.width + trim.width + trim.x - marginX, left + 1, client.width);
			top = clamp(marginY + trim.y, 0, client.height);
			bottom = clamp(client.height + trim.height + trim.y - marginY, top + 1, client.height);
			width = right - left;
			padX = Math.max(1, dpi.x * 3 / 72);
			padY = Math.max(1, dpi.y * 3 / 72);

			GC gc = new GC(printer);
			try {
				gc.setFont(text);
				rowHeight = gc.getFontMetrics().getHeight() + 2 * padY;
				int[] natural = naturalWidths(gc, result, padX, width * 45 / 100);
				gc.setFont(bold);
				for (int i = 0; i < natural.length; i++) {
					natural[i] = Math.max(natural[i], Math.min(width * 45 / 100, gc.stringExtent(result.columns().get(i).name()).x + 2 * padX));
				}
				headerRowHeight = gc.getFontMetrics().getHeight() + 2 * padY;
				columns = PageLayout.stretch(PageLayout.fit(natural, width, dpi.x * 3 / 8), width, MAX_STRETCH);
				gc.setFont(footer);
				footerHeight = gc.getFontMetrics().getHeight() + dpi.y * 8 / 72;
			} finally {
				gc.dispose();
			}
			int sum = 0;
			for (int w : columns) {
				sum += w;
			}
			tableWidth = sum;
			tableX = left + Math.max(0, (width - sum) / 2);
			grouped = ReportPrinter.grouped(result);
			headerHeight = grouped ? 2 * headerRowHeight : headerRowHeight;

			titleLayout = new TextLayout(printer);
			titleLayout.setFont(title);
			titleLayout.setWidth(width);
			titleLayout.setAlignment(SWT.CENTER);
			titleLayout.setText(result.title());
			notesLayout = new TextLayout(printer);
			notesLayout.setFont(text);
			notesLayout.setWidth(width);
			notesLayout.setText(String.join("\n", result.notes()));
			int gap = dpi.y * 8 / 72;
			int notesHeight = result.notes().isEmpty() ? 0 : notesLayout.getBounds().height + gap / 2;
			titleHeight = titleLayout.getBounds().height + gap / 2 + notesHeight + gap / 2;
			layout = PageLayout.of(bottom - top, titleHeight, headerHeight, footerHeight, rowHeight);
		}

		private static int clamp(int v, int min, int max) {
			return Math.max(min, Math.min(max, v));
		}

		void draw(GC gc, int page, int pages) {
			gc.setForeground(INK);
			gc.setBackground(WHITE);
			int y = top;
			if (page == 1) {
				titleLayout.draw(gc, left, y);
				y += titleLayout.getBounds().height + printer.getDPI().y * 4 / 72;
				if (!result.notes().isEmpty()) {
					notesLayout.draw(gc, left, y);
					y += notesLayout.getBounds().height + printer.getDPI().y * 4 / 72;
				}
				y = top + titleHeight;
			}
			drawHeader(gc, y);
			y += headerHeight;
			int first = layout.firstRow(page);
			int end = layout.endRow(page, result.rows().size());
			gc.setFont(text);
			List<Column> cols = result.columns();
			int lineHeight = gc.getFontMetrics().getHeight();
			for (int r = first; r < end; r++) {
				List<Object> row = result.rows().get(r);
				int x = tableX;
				for (int i = 0; i < columns.length; i++) {
					Column c = cols.get(i);
					String s = fit(gc, oneLine(Cells.text(c, Cells.cell(row, i))), columns[i] - 2 * padX);
					if (!s.isEmpty()) {
						int w = Cells.rightAligned(c) ? gc.stringExtent(s).x : 0;
						int tx = Cells.rightAligned(c) ? x + columns[i] - padX - w : x + padX;
						gc.drawString(s, tx, y + (rowHeight - lineHeight) / 2, true);
					}
					x += columns[i];
				}
				y += rowHeight;
				gc.setForeground(RULE);
				gc.drawLine(tableX, y, tableX + tableWidth, y);
				gc.setForeground(INK);
			}
			if (result.rows().isEmpty()) {
				gc.drawString(Messages.Result_EMPTY, tableX + padX, y + padY, true);
				y += rowHeight;
			}
			// column rules and the frame around header and rows
			int tableTop = page == 1 ? top + titleHeight : top;
			gc.setForeground(RULE);
			int x = tableX;
			for (int i = 0; i < columns.length - 1; i++) {
				x += columns[i];
				gc.drawLine(x, tableTop + (grouped ? 0 : headerHeight), x, y);
			}
			gc.setForeground(FRAME);
			gc.drawRectangle(tableX, tableTop, tableWidth, y - tableTop);
			gc.drawLine(tableX, tableTop + headerHeight, tableX + tableWidth, tableTop + headerHeight);
			drawFooter(gc, page, pages);
		}

		/** One header row, or two: a group's name over its columns, a lone column's name across both. */
		private void drawHeader(GC gc, int y) {
			gc.setBackground(HEADER_FILL);
			gc.fillRectangle(tableX, y, tableWidth, headerHeight);
			gc.setFont(bold);
			List<Column> cols = result.columns();
			int x = tableX;
			int i = 0;
			while (i < cols.size()) {
				Optional<String> group = cols.get(i).group();
				if (group.isEmpty()) {
					centered(gc, cols.get(i).name(), x, y, columns[i], headerHeight);
					gc.setForeground(RULE);
					gc.drawLine(x + columns[i], y, x + columns[i], y + headerHeight);
					gc.setForeground(INK);
					x += columns[i];
					i++;
					continue;
				}
				int start = x;
				int j = i;
				while (j < cols.size() && cols.get(j).group().equals(group)) {
					centered(gc, cols.get(j).name(), x, y + headerRowHeight, columns[j], headerRowHeight);
					x += columns[j];
					gc.setForeground(RULE);
					gc.drawLine(x, y + headerRowHeight, x, y + headerHeight);
					gc.setForeground(INK);
					j++;
				}
				centered(gc, group.get(), start, y, x - start, headerRowHeight);
				gc.setForeground(RULE);
				gc.drawLine(start, y + headerRowHeight, x, y + headerRowHeight);
				gc.drawLine(x, y, x, y + headerRowHeight);
				gc.setForeground(INK);
				i = j;
			}
			gc.setBackground(WHITE);
		}

		private void centered(GC gc, String s, int x, int y, int w, int h) {
			String shown = fit(gc, s, w - 2 * padX);
			Point size = gc.stringExtent(shown);
			gc.drawString(shown, x + (w - size.x) / 2, y + (h - size.y) / 2, true);
		}

		private void drawFooter(GC gc, int page, int pages) {
			gc.setFont(footer);
			gc.setForeground(FRAME);
			int y = bottom - gc.getFontMetrics().getHeight();
			String number = Nls.bind(Messages.Print_PAGE, page, pages);
			Point size = gc.stringExtent(number);
			gc.drawString(number, left + (width - size.x) / 2, y, true);
			String name = fit(gc, page == 1 ? result.title() : Nls.bind(Messages.Print_CONTINUED, result.title()), width / 2 - size.x / 2 - padX * 4);
			gc.drawString(name, left, y, true);
			gc.setForeground(INK);
		}

		void dispose() {
			titleLayout.dispose();
			notesLayout.dispose();
			title.dispose();
			text.dispose();
			bold.dispose();
			footer.dispose();
		}
	}
}
