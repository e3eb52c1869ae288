package org.dangxiao.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.dangxiao.model.nls.Nls;

/**
 * A report's table written as an .xlsx register (台账), the way inspections expect to receive one:
 * the title merged across all columns (bold, larger), the notes under it, the header (two rows
 * when columns have a group: the group merged over its columns, a lone column's name spanning
 * both rows), then the rows with numbers, percentages and dates as such, so the receiver can sum
 * and sort them. Every header and data cell has a thin border; columns are wide enough for their
 * Chinese text; the header is frozen; it prints on A4 (landscape beyond six columns), one page
 * wide, the header repeated on every page, page numbers in the footer.
 *
 * <p>Streamed (SXSSF, 200 rows in memory), so 500,000 rows fit. Written to a temporary file beside
 * the target and moved into place, so a failure never leaves half a file under the user's name.
 */
public final class RegisterExport {
	/** Rows kept in memory while streaming. */
	private static final int WINDOW = 200;
	private static final int MIN_WIDTH = 6;
	private static final int MAX_WIDTH = 60;
	private static final int LANDSCAPE_BEYOND = 6;
	private static final short TITLE_POINTS = 16;
	private static final short BODY_POINTS = 11;
	/** The height of one line of 11-point text with its spacing. */
	private static final float LINE_POINTS = 15f;
	private static final String FONT = "宋体";

	private RegisterExport() {
	}

	/**
	 * Writes {@code result} to {@code xlsx}, replacing a file already there.
	 *
	 * @throws ReportException with a sentence when the name does not end in .xlsx, the folder does
	 *                         not exist or cannot be written, or the rows do not fit in a sheet;
	 *                         nothing is left behind then
	 */
	public static void write(ReportResult result, Path xlsx) throws ReportException {
		Path target = xlsx.toAbsolutePath().normalize();
		check(result, xlsx, target);
		Path folder = target.getParent();
		Path partial;
		try {
			partial = Files.createTempFile(folder, target.getFileName() + ".", ".partial");
		} catch (IOException | SecurityException e) {
			throw failed(xlsx, e);
		}
		try {
			try (OutputStream os = Files.newOutputStream(partial)) {
				writeTo(result, os);
			}
			try {
				move(partial, target);
			} catch (FileSystemException e) {
				// the file is written; only putting it in place failed: on Windows, the old one is open in Excel
				throw new ReportException(Nls.bind(Messages.Export_FAILED, xlsx, Messages.Export_IN_USE), e);
			}
		} catch (IOException | RuntimeException e) {
			throw failed(xlsx, e);
		} finally {
			try {
				Files.deleteIfExists(partial);
			} catch (IOException ignored) {
				// nothing more to do: at worst a *.partial file stays beside the target
			}
		}
	}

	private static void check(ReportResult result, Path xlsx, Path target) throws ReportException {
		Path name = target.getFileName();
		if (Files.isDirectory(target)) {
			throw new ReportException(Nls.bind(Messages.Export_IS_FOLDER, xlsx));
		}
		if (name == null || !name.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")
				|| name.toString().length() <= ".xlsx".length()) {
			throw new ReportException(Nls.bind(Messages.Export_NOT_XLSX, xlsx));
		}
		Path folder = target.getParent();
		if (folder == null || !Files.isDirectory(folder)) {
			throw new ReportException(Nls.bind(Messages.Export_NO_FOLDER, xlsx, Objects.toString(folder, "")));
		}
		long max = SpreadsheetVersion.EXCEL2007.getMaxRows() - (long) Layout.of(result).bodyStart();
		if (result.rows().size() > max) {
			throw new ReportException(Nls.bind(Messages.Export_TOO_MANY_ROWS, result.rows().size(), max));
		}
	}

	private static void move(Path partial, Path target) throws IOException {
		try {
			Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** A sentence for what went wrong, from the innermost cause: no exception class names. */
	private static ReportException failed(Path xlsx, Exception e) {
		Throwable root = e;
		for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
			root = t;
			if (t instanceof AccessDeniedException denied) {
				// the folder, not the temporary file in it: that is what the user can change
				Path file = Path.of(denied.getFile());
				Path folder = Objects.requireNonNullElse(file.getParent(), file);
				return new ReportException(Nls.bind(Messages.Export_FAILED, xlsx, Nls.bind(Messages.Export_DENIED, folder)), e);
			}
			if (t instanceof NoSuchFileException) {
				return new ReportException(Nls.bind(Messages.Export_FAILED, xlsx, Messages.Export_GONE), e);
			}
		}
		if (e instanceof SecurityException) {
			return new ReportException(Nls.bind(Messages.Export_FAILED, xlsx, Nls.bind(Messages.Export_DENIED, xlsx.toAbsolutePath().getParent())), e);
		}
		String why = root.getMessage() == null || root.getMessage().isBlank() ? root.getClass().getSimpleName() : root.getMessage();
		return new ReportException(Nls.bind(Messages.Export_FAILED, xlsx, why), e);
	}

	/** Where things go: the title in row 0, the notes below, then one or two header rows. */
	record Layout(int width, int notesStart, int headerStart, int headerRows) {
		static Layout of(ReportResult result) {
			int width = Math.max(1, result.columns().size());
			boolean grouped = result.columns().stream().anyMatch(c -> c.group().isPresent());
			return new Layout(width, 1, 1 + result.notes().size(), grouped ? 2 : 1);
		}

		int bodyStart() {
			return headerStart + headerRows;
		}
	}

	/** Writes the workbook to {@code os}; the stream is left open. */
	static void writeTo(ReportResult result, OutputStream os) throws IOException {
		Layout layout = Layout.of(result);
		List<Column> columns = result.columns();
		// widths first (the rows are in memory anyway), so the notes can be given the height they wrap to
		int[] widths = widths(result, layout);
		int totalChars = 0;
		for (int w : widths) {
			totalChars += w;
		}
		SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW);
		SXSSFSheet sheet = null;
		boolean written = false;
		try {
			Styles styles = new Styles(wb);
			sheet = wb.createSheet(sheetName(result.title()));
			for (int c = 0; c < layout.width(); c++) {
				sheet.setColumnWidth(c, widths[c] * 256);
			}

			Row title = sheet.createRow(0);
			// the title's characters are wider than the columns' 11-point ones
			int titleChars = (displayWidth(result.title()) * TITLE_POINTS + BODY_POINTS - 1) / BODY_POINTS;
			title.setHeightInPoints(Math.max(TITLE_POINTS * 2f, lines(titleChars, totalChars) * TITLE_POINTS * 1.5f));
			Cell t = title.createCell(0);
			t.setCellValue(result.title());
			t.setCellStyle(styles.title);
			merge(sheet, 0, 0, 0, layout.width() - 1);

			for (int i = 0; i < result.notes().size(); i++) {
				String text = result.notes().get(i);
				Row note = sheet.createRow(layout.notesStart() + i);
				note.setHeightInPoints(lines(displayWidth(text), totalChars) * LINE_POINTS);
				Cell n = note.createCell(0);
				n.setCellValue(text);
				n.setCellStyle(styles.note);
				merge(sheet, note.getRowNum(), note.getRowNum(), 0, layout.width() - 1);
			}

			writeHeader(sheet, layout, columns, styles);

			int r = layout.bodyStart();
			for (List<Object> values : result.rows()) {
				Row row = sheet.createRow(r++);
				int lines = 1;
				for (int c = 0; c < layout.width(); c++) {
					Object value = c < values.size() ? values.get(c) : null;
					put(row.createCell(c), value, type(columns, c), styles);
					if (value instanceof String text) {
						lines = Math.max(lines, textLines(text, widths[c]));
					}
				}
				// spreadsheet programs do not grow a row for wrapped text when they open a file
				if (lines > 1) {
					row.setHeightInPoints(lines * LINE_POINTS);
				}
			}

			sheet.createFreezePane(0, layout.bodyStart());
			sheet.setRepeatingRows(new CellRangeAddress(layout.headerStart(), layout.bodyStart() - 1, -1, -1));
			printSetup(sheet, layout);
			wb.write(os);
			written = true;
		} finally {
			if (!written && sheet != null) {
				// rows still in memory would make close() log a failed flush; the file is discarded anyway
				try {
					sheet.flushRows();
				} catch (IOException | RuntimeException ignored) {
					// close() below still deletes what it can
				}
			}
			// close() also deletes SXSSF's temporary files
			wb.close();
		}
	}

	private static Column.Type type(List<Column> columns, int c) {
		return c < columns.size() ? columns.get(c).type() : Column.Type.TEXT;
	}

	/** How many lines {@code chars} narrow characters wrap to in merged cells {@code width} wide. */
	private static int lines(int chars, int width) {
		int usable = Math.max(1, width - 2);
		return Math.max(1, (chars + usable - 1) / usable);
	}

	/** The lines a text cell wraps to in a column {@code width} narrow characters wide, line breaks included. */
	private static int textLines(String text, int width) {
		int lines = 0;
		for (String line : text.split("\n", -1)) {
			lines += lines(displayWidth(line), width);
		}
		return lines;
	}

	/**
	 * Each column's width in narrow characters: its widest cell or header name (a group's name
	 * shared out over its columns), plus a margin, within {@value #MIN_WIDTH}…{@value #MAX_WIDTH}.
	 */
	static int[] widths(ReportResult result, Layout layout) {
		List<Column> columns = result.columns();
		int[] widths = new int[layout.width()];
		int c = 0;
		while (c < columns.size()) {
			Optional<String> group = columns.get(c).group();
			int end = c;
			while (group.isPresent() && end + 1 < columns.size() && group.equals(columns.get(end + 1).group())) {
				end++;
			}
			// a long group name over narrow columns: each column takes its share
			int share = group.map(g -> displayWidth(g)).orElse(0);
			share = (share + end - c) / (end - c + 1);
			for (int i = c; i <= end; i++) {
				widths[i] = Math.max(displayWidth(columns.get(i).name()), share);
			}
			c = end + 1;
		}
		for (List<Object> row : result.rows()) {
			for (int i = 0; i < row.size(); i++) {
				widths[i] = Math.max(widths[i], width(row.get(i), type(columns, i)));
			}
		}
		for (int i = 0; i < widths.length; i++) {
			widths[i] = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[i] + 2));
		}
		return widths;
	}

	/** The width of a cell's shown text in narrow characters, as {@link #put} will show it. */
	private static int width(Object value, Column.Type type) {
		return switch (value) {
		case null -> 0;
		case Optional<?> o -> width(o.orElse(null), type);
		case LocalDateTime d -> type == Column.Type.DATE ? 10 : 16;
		case LocalDate d -> type == Column.Type.DATE_TIME ? 16 : 10;
		case Number n -> switch (type) {
			case PERCENT -> 7;
			case INTEGER -> Long.toString(Math.round(n.doubleValue())).length() + 1;
			default -> (n instanceof BigDecimal b ? b.stripTrailingZeros().toPlainString() : n.toString()).length() + 2;
		};
		case Boolean b -> 5;
		default -> displayWidth(value.toString());
		};
	}

	private static void writeHeader(Sheet sheet, Layout layout, List<Column> columns, Styles styles) {
		int top = layout.headerStart();
		Row upper = sheet.createRow(top);
		Row lower = layout.headerRows() == 2 ? sheet.createRow(top + 1) : upper;
		for (int c = 0; c < layout.width(); c++) {
			// every header cell gets the bordered style, merged parts included, so the borders are whole
			upper.createCell(c).setCellStyle(styles.header);
			if (lower != upper) {
				lower.createCell(c).setCellStyle(styles.header);
			}
		}
		int c = 0;
		while (c < columns.size()) {
			Column column = columns.get(c);
			Optional<String> group = column.group();
			if (group.isEmpty() || lower == upper) {
				// a lone column's name spans both header rows
				upper.getCell(c).setCellValue(column.name());
				if (lower != upper) {
					merge(sheet, top, top + 1, c, c);
				}
				c++;
				continue;
			}
			int end = c;
			while (end + 1 < columns.size() && group.equals(columns.get(end + 1).group())) {
				end++;
			}
			upper.getCell(c).setCellValue(group.get());
			merge(sheet, top, top, c, end);
			for (int i = c; i <= end; i++) {
				lower.getCell(i).setCellValue(columns.get(i).name());
			}
			c = end + 1;
		}
	}

	/** Writes {@code value} typed and styled by its column: numbers and dates as such, the rest as text. */
	private static void put(Cell cell, Object value, Column.Type type, Styles styles) {
		switch (value) {
		case null -> cell.setCellStyle(styles.text);
		case Optional<?> o -> put(cell, o.orElse(null), type, styles);
		case LocalDateTime d -> {
			cell.setCellValue(d);
			cell.setCellStyle(type == Column.Type.DATE ? styles.date : styles.dateTime);
		}
		case LocalDate d -> {
			cell.setCellValue(d);
			cell.setCellStyle(type == Column.Type.DATE_TIME ? styles.dateTime : styles.date);
		}
		case Number n -> {
			double v = n instanceof BigDecimal b ? b.doubleValue() : n.doubleValue();
			cell.setCellValue(v);
			boolean whole = v == Math.rint(v);
			cell.setCellStyle(switch (type) {
			case PERCENT -> styles.percent;
			case INTEGER -> whole ? styles.integer : styles.decimal;
			case DECIMAL -> styles.decimal;
			// a number in a text or date column: shown as it is
			default -> whole && !(n instanceof BigDecimal || n instanceof Double || n instanceof Float) ? styles.integer : styles.decimal;
			});
		}
		case Boolean b -> {
			cell.setCellValue(b);
			cell.setCellStyle(styles.text);
		}
		default -> {
			cell.setCellValue(value.toString());
			cell.setCellStyle(styles.text);
		}
		}
	}

	private static void printSetup(Sheet sheet, Layout layout) {
		PrintSetup print = sheet.getPrintSetup();
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setLandscape(layout.width() > LANDSCAPE_BEYOND);
		sheet.setFitToPage(true);
		print.setFitWidth((short) 1);
		// 0: as many pages down as the rows need
		print.setFitHeight((short) 0);
		sheet.setHorizontallyCenter(true);
		sheet.getFooter().setCenter(Messages.Export_PAGE);
	}

	private static void merge(Sheet sheet, int firstRow, int lastRow, int firstCol, int lastCol) {
		if (firstRow != lastRow || firstCol != lastCol) {
			sheet.addMergedRegionUnsafe(new CellRangeAddress(firstRow, lastRow, firstCol, lastCol));
		}
	}

	/**
	 * The width of {@code s} in narrow (Latin) characters: Chinese characters and full-width forms
	 * take two, the longest line counts.
	 */
	static int displayWidth(String s) {
		int max = 0;
		int line = 0;
		for (int i = 0; i < s.length();) {
			int cp = s.codePointAt(i);
			i += Character.charCount(cp);
			if (cp == '\n') {
				max = Math.max(max, line);
				line = 0;
			} else {
				line += wide(cp) ? 2 : 1;
			}
		}
		return Math.max(max, line);
	}

	private static boolean wide(int cp) {
		return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
				|| (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
				|| (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
	}

	/** Excel's limits on a sheet name: 31 characters, none of []:*?/\ , not blank. */
	static String sheetName(String title) {
		String name = title.replaceAll("[\\[\\]:*?/\\\\']", " ").strip();
		name = name.length() > 31 ? name.substring(0, 31).strip() : name;
		return name.isEmpty() ? "Sheet1" : name;
	}

	/** The few styles a register needs, made once per workbook. */
	private static final class Styles {
		final CellStyle title;
		final CellStyle note;
		final CellStyle header;
		final CellStyle text;
		final CellStyle integer;
		final CellStyle decimal;
		final CellStyle percent;
		final CellStyle date;
		final CellStyle dateTime;

		Styles(SXSSFWorkbook wb) {
			DataFormat formats = wb.createDataFormat();
			Font plain = wb.createFont();
			plain.setFontName(FONT);
			plain.setFontHeightInPoints(BODY_POINTS);
			Font bold = wb.createFont();
			bold.setFontName(FONT);
			bold.setFontHeightInPoints(BODY_POINTS);
			bold.setBold(true);
			Font big = wb.createFont();
			big.setFontName(FONT);
			big.setFontHeightInPoints(TITLE_POINTS);
			big.setBold(true);

			title = wb.createCellStyle();
			title.setFont(big);
			title.setAlignment(HorizontalAlignment.CENTER);
			title.setVerticalAlignment(VerticalAlignment.CENTER);
			title.setWrapText(true);

			note = wb.createCellStyle();
			note.setFont(plain);
			note.setAlignment(HorizontalAlignment.LEFT);
			note.setVerticalAlignment(VerticalAlignment.TOP);
			note.setWrapText(true);

			header = bordered(wb, bold);
			header.setAlignment(HorizontalAlignment.CENTER);
			header.setWrapText(true);
			header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			header.setFillPattern(FillPatternType.SOLID_FOREGROUND);

			text = bordered(wb, plain);
			// a text longer than the widest column wraps instead of being cut off
			text.setWrapText(true);
			integer = bordered(wb, plain);
			integer.setDataFormat(formats.getFormat("0"));
			decimal = bordered(wb, plain);
			decimal.setDataFormat(formats.getFormat("0.0#"));
			percent = bordered(wb, plain);
			percent.setDataFormat(formats.getFormat("0.0%"));
			date = bordered(wb, plain);
			date.setDataFormat(formats.getFormat("yyyy-mm-dd"));
			date.setAlignment(HorizontalAlignment.CENTER);
			dateTime = bordered(wb, plain);
			dateTime.setDataFormat(formats.getFormat("yyyy-mm-dd hh:mm"));
			dateTime.setAlignment(HorizontalAlignment.CENTER);
		}

		private static CellStyle bordered(SXSSFWorkbook wb, Font font) {
			CellStyle s = wb.createCellStyle();
			s.setFont(font);
			s.setBorderTop(BorderStyle.THIN);
			s.setBorderBottom(BorderStyle.THIN);
			s.setBorderLeft(BorderStyle.THIN);
			s.setBorderRight(BorderStyle.THIN);
			s.setVerticalAlignment(VerticalAlignment.CENTER);
			return s;
		}
	}
}
