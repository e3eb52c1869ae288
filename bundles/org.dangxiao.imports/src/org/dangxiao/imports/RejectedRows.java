package org.dangxiao.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.dangxiao.model.nls.Nls;

/**
 * The rows an import left out, as an .xlsx the class head can correct and send back: the sheet,
 * the row number, the row as it was, and the reasons. Written as a stream, so any number of rows fits.
 */
public final class RejectedRows {
	private RejectedRows() {
	}

	public static void write(ImportPlan plan, Path file) throws ImportException {
		List<PlannedRow> rows = plan.rejected();
		int width = rows.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
		Path partial = file.resolveSibling(file.getFileName() + ".partial");
		try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
			Sheet sheet = wb.createSheet(Messages.Export_HEADER_REASON);
			CellStyle bold = wb.createCellStyle();
			Font font = wb.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row header = sheet.createRow(0);
			header.createCell(0).setCellValue(Messages.Export_HEADER_SHEET);
			header.createCell(1).setCellValue(Messages.Export_HEADER_ROW);
			for (int c = 0; c < width; c++) {
				header.createCell(2 + c).setCellValue(org.apache.poi.ss.util.CellReference.convertNumToColString(c));
			}
			header.createCell(2 + width).setCellValue(Messages.Export_HEADER_REASON);
			header.forEach(cell -> cell.setCellStyle(bold));
			int r = 1;
			for (PlannedRow row : rows) {
				Row out = sheet.createRow(r++);
				out.createCell(0).setCellValue(row.sheet());
				out.createCell(1).setCellValue(row.row());
				for (int c = 0; c < row.cells().size(); c++) {
					out.createCell(2 + c).setCellValue(row.cells().get(c));
				}
				out.createCell(2 + width).setCellValue(row.explanation());
			}
			sheet.createFreezePane(0, 1);
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
}
