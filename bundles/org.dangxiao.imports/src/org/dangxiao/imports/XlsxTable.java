package org.dangxiao.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.dangxiao.model.nls.Nls;

/**
 * A table written as an .xlsx register (台账): a title row across the columns, a bold header,
 * then the rows; numbers stay numbers and dates dates, so the receiver can sum and sort them.
 * Streamed, so a list of 500,000 untrained people fits; written beside the target and moved into
 * place, so a failure never leaves half a file under the user's name.
 */
public final class XlsxTable {
	private XlsxTable() {
	}

	/**
	 * @param rows the header row first; cells are String, Number, BigDecimal, LocalDate or
	 *             LocalDateTime (anything else is written as its text)
	 */
	public static void write(Path file, String title, List<? extends List<?>> rows) throws ImportException {
		write(file, title, Optional.of(title), rows);
	}

	/** The same with a sheet name of its own, and the title row only when {@code title} is given. */
	public static void write(Path file, String sheetName, Optional<String> title, List<? extends List<?>> rows) throws ImportException {
		Path partial = file.resolveSibling(file.getFileName() + ".partial");
		int top = title.isPresent() ? 1 : 0;
		try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
			Sheet sheet = wb.createSheet(WorkbookNames.sheetName(sheetName));
			CellStyle bold = wb.createCellStyle();
			Font font = wb.createFont();
			font.setBold(true);
			bold.setFont(font);
			CellStyle date = wb.createCellStyle();
			date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
			CellStyle dateTime = wb.createCellStyle();
			dateTime.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
			int width = Math.max(1, rows.stream().mapToInt(List::size).max().orElse(1));
			if (title.isPresent()) {
				Row titleRow = sheet.createRow(0);
				titleRow.createCell(0).setCellValue(title.get());
				titleRow.getCell(0).setCellStyle(bold);
				if (width > 1) {
					sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, width - 1));
				}
			}
			for (int r = 0; r < rows.size(); r++) {
				Row out = sheet.createRow(r + top);
				List<?> row = rows.get(r);
				for (int c = 0; c < row.size(); c++) {
					Cell cell = out.createCell(c);
					switch (row.get(c)) {
					case null -> cell.setBlank();
					case BigDecimal n -> cell.setCellValue(n.doubleValue());
					case Number n -> cell.setCellValue(n.doubleValue());
					case LocalDate d -> {
						cell.setCellValue(d);
						cell.setCellStyle(date);
					}
					case LocalDateTime d -> {
						cell.setCellValue(d);
						cell.setCellStyle(dateTime);
					}
					case java.util.Optional<?> o -> cell.setCellValue(o.map(String::valueOf).orElse(""));
					case Object o -> cell.setCellValue(o.toString());
					}
					if (r == 0) {
						cell.setCellStyle(bold);
					}
				}
			}
			sheet.createFreezePane(0, top + 1);
			sheet.getPrintSetup().setLandscape(true);
			sheet.setRepeatingRows(new CellRangeAddress(top, top, 0, width - 1));
			try (OutputStream os = Files.newOutputStream(partial)) {
				wb.write(os);
			}
			Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
		} catch (IOException | RuntimeException e) {
			try {
				Files.deleteIfExists(partial);
			} catch (IOException ignored) {
				// nothing more to clean up
			}
			throw new ImportException(Nls.bind(Messages.Export_FAILED, file, e.getMessage()), e);
		}
	}

	/** Excel's limits on a sheet name: 31 characters, none of []:*?/\ . */
	static final class WorkbookNames {
		private WorkbookNames() {
		}

		static String sheetName(String title) {
			String name = title.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
			name = name.length() > 31 ? name.substring(0, 31) : name;
			return name.isEmpty() ? "Sheet1" : name;
		}
	}
}
