package org.dangxiao.imports.readers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.dangxiao.imports.Cell;
import org.dangxiao.imports.ImportException;
import org.dangxiao.imports.Messages;
import org.dangxiao.imports.SheetInfo;
import org.dangxiao.imports.SheetRow;
import org.dangxiao.imports.SourceReader;
import org.dangxiao.model.nls.Nls;

/**
 * .xls (Excel 97–2003) through HSSF. The format holds at most 65,536 rows a sheet, so reading a
 * workbook whole is bounded. Merged cells give their value to every cell they cover, so a name
 * merged over two rows belongs to both. An encrypted OOXML file also starts as OLE2, and is
 * recognised here as password-protected.
 */
public final class XlsReader implements SourceReader {
	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };

	@Override
	public boolean accepts(String fileName, byte[] head) {
		if (head.length < OLE2.length) {
			return false;
		}
		for (int i = 0; i < OLE2.length; i++) {
			if (head[i] != OLE2[i]) {
				return false;
			}
		}
		return true;
	}

	private static HSSFWorkbook open(Path file, POIFSFileSystem fs) throws IOException, ImportException {
		if (fs.getRoot().hasEntryCaseInsensitive("EncryptionInfo")) {
			throw new ImportException(Nls.bind(Messages.Read_ENCRYPTED, file.getFileName()));
		}
		return new HSSFWorkbook(fs.getRoot(), false);
	}

	@Override
	public List<SheetInfo> sheets(Path file) throws ImportException {
		try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true); HSSFWorkbook wb = open(file, fs)) {
			List<SheetInfo> out = new ArrayList<>();
			for (int i = 0; i < wb.getNumberOfSheets(); i++) {
				out.add(new SheetInfo(i, wb.getSheetName(i), wb.isSheetHidden(i) || wb.isSheetVeryHidden(i)));
			}
			return out;
		} catch (IOException | RuntimeException e) {
			throw Readers.failure(file, e);
		}
	}

	@Override
	public void read(Path file, SheetInfo info, RowSink sink) throws ImportException {
		try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true); HSSFWorkbook wb = open(file, fs)) {
			if (info.index() >= wb.getNumberOfSheets()) {
				throw new ImportException(Nls.bind(Messages.Read_UNKNOWN_SHEET, file.getFileName(), info.name()));
			}
			Sheet sheet = wb.getSheetAt(info.index());
			List<CellRangeAddress> merged = sheet.getMergedRegions();
			for (Row row : sheet) {
				List<Cell> cells = new ArrayList<>();
				int last = Math.min(row.getLastCellNum(), Limits.MAX_COLUMNS);
				for (int c = 0; c < last; c++) {
					cells.add(cell(file, sheet, merged, row.getRowNum(), c));
				}
				if (!sink.row(new SheetRow(row.getRowNum() + 1, cells))) {
					return;
				}
			}
		} catch (IOException | RuntimeException e) {
			throw Readers.failure(file, e);
		}
	}

	private static Cell cell(Path file, Sheet sheet, List<CellRangeAddress> merged, int r, int c) throws ImportException {
		for (CellRangeAddress m : merged) {
			if (m.isInRange(r, c) && (m.getFirstRow() != r || m.getFirstColumn() != c)) {
				return cell(file, sheet, List.of(), m.getFirstRow(), m.getFirstColumn());
			}
		}
		Row row = sheet.getRow(r);
		org.apache.poi.ss.usermodel.Cell cell = row == null ? null : row.getCell(c);
		if (cell == null) {
			return Cell.BLANK;
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		return switch (type) {
		case STRING -> Cell.text(Limits.checked(cell.getStringCellValue(), file, r + 1));
		case NUMERIC -> DateUtil.isCellDateFormatted(cell)
				? new Cell.DateTime(DateUtil.getLocalDateTime(cell.getNumericCellValue(), false, true))
				: new Cell.Number(cell.getNumericCellValue());
		case BOOLEAN -> Cell.text(cell.getBooleanCellValue() ? "TRUE" : "FALSE");
		default -> Cell.BLANK;
		};
	}
}
