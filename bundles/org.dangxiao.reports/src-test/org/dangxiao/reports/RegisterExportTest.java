package org.dangxiao.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dangxiao.model.nls.Nls;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegisterExportTest {
	@TempDir
	Path dir;
	private static Locale original;

	@BeforeAll
	static void chinese() {
		original = Locale.getDefault();
		Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
		Nls.load(Messages.class);
	}

	@AfterAll
	static void restore() {
		Locale.setDefault(original);
		Nls.load(Messages.class);
	}

	/** Seven columns, two groups (学时 over 应修 / 已修, 时间 over 结业日期 / 签到时间), every type. */
	private static ReportResult register(List<List<Object>> rows) {
		List<Column> columns = List.of(Column.of("姓名", Column.Type.TEXT), Column.grouped("学时", "应修", Column.Type.DECIMAL),
				Column.grouped("学时", "已修", Column.Type.DECIMAL), Column.of("次数", Column.Type.INTEGER), Column.of("完成率", Column.Type.PERCENT),
				Column.grouped("时间", "结业日期", Column.Type.DATE), Column.grouped("时间", "签到时间", Column.Type.DATE_TIME));
		return new ReportResult("2026年度干部学时台账", List.of("统计范围：县委及下级组织", "制表日期：2026-03-01"), columns, rows, Optional.empty());
	}

	private static XSSFWorkbook read(Path file) throws Exception {
		try (InputStream in = Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		}
	}

	private static Set<String> merged(Sheet sheet) {
		return sheet.getMergedRegions().stream().map(CellRangeAddress::formatAsString).collect(Collectors.toCollection(TreeSet::new));
	}

	@Test
	void aRegisterWithTitleNotesGroupedHeaderAndTypedCells() throws Exception {
		LocalDate done = LocalDate.of(2026, 1, 15);
		LocalDateTime signedIn = LocalDateTime.of(2026, 1, 10, 8, 30);
		Path file = dir.resolve("台账.xlsx");
		RegisterExport.write(register(List.of(Arrays.asList("张三", new BigDecimal("90"), new BigDecimal("30.5"), 3, 0.339, done, signedIn),
				Arrays.asList("欧阳娜娜娜娜娜娜娜娜娜娜娜娜", 90, 12.25, 1L, null, null, null), List.of("王五"))), file);

		try (XSSFWorkbook wb = read(file)) {
			XSSFSheet sheet = wb.getSheetAt(0);
			assertEquals("2026年度干部学时台账", sheet.getSheetName());
			// title, two notes, the header over rows 4 and 5: groups merged across, lone columns down
			assertEquals(new TreeSet<>(List.of("A1:G1", "A2:G2", "A3:G3", "A4:A5", "B4:C4", "D4:D5", "E4:E5", "F4:G4")), merged(sheet));
			Cell title = sheet.getRow(0).getCell(0);
			assertEquals("2026年度干部学时台账", title.getStringCellValue());
			var titleFont = wb.getFontAt(title.getCellStyle().getFontIndex());
			assertTrue(titleFont.getBold());
			assertEquals(16, titleFont.getFontHeightInPoints());
			assertEquals("统计范围：县委及下级组织", sheet.getRow(1).getCell(0).getStringCellValue());
			assertEquals(List.of("姓名", "学时", "", "次数", "完成率", "时间", ""), texts(sheet.getRow(3), 7));
			assertEquals(List.of("", "应修", "已修", "", "", "结业日期", "签到时间"), texts(sheet.getRow(4), 7));
			assertTrue(wb.getFontAt(sheet.getRow(4).getCell(1).getCellStyle().getFontIndex()).getBold());

			Row first = sheet.getRow(5);
			assertEquals("张三", first.getCell(0).getStringCellValue());
			assertEquals(90.0, first.getCell(1).getNumericCellValue());
			assertEquals(30.5, first.getCell(2).getNumericCellValue());
			assertEquals(3.0, first.getCell(3).getNumericCellValue());
			assertEquals("0", first.getCell(3).getCellStyle().getDataFormatString());
			assertEquals(CellType.NUMERIC, first.getCell(4).getCellType());
			assertEquals(0.339, first.getCell(4).getNumericCellValue(), 1e-12);
			assertEquals("0.0%", first.getCell(4).getCellStyle().getDataFormatString());
			assertTrue(DateUtil.isCellDateFormatted(first.getCell(5)));
			assertEquals(done.atStartOfDay(), first.getCell(5).getLocalDateTimeCellValue());
			assertEquals("yyyy-mm-dd", first.getCell(5).getCellStyle().getDataFormatString());
			assertTrue(DateUtil.isCellDateFormatted(first.getCell(6)));
			assertEquals(signedIn, first.getCell(6).getLocalDateTimeCellValue());
			assertEquals(12.25, sheet.getRow(6).getCell(2).getNumericCellValue());
			assertEquals(CellType.BLANK, sheet.getRow(6).getCell(4).getCellType());
			// a short row still gets its bordered empty cells, so the printed grid is whole
			Row shortRow = sheet.getRow(7);
			assertEquals(7, shortRow.getLastCellNum());
			for (Row r : List.of(sheet.getRow(3), sheet.getRow(4), first, shortRow)) {
				for (int c = 0; c < 7; c++) {
					XSSFCellStyle s = (XSSFCellStyle) r.getCell(c).getCellStyle();
					assertEquals(BorderStyle.THIN, s.getBorderTop(), "row " + r.getRowNum() + " col " + c);
					assertEquals(BorderStyle.THIN, s.getBorderLeft(), "row " + r.getRowNum() + " col " + c);
				}
			}
			// 欧阳娜娜… is 14 Chinese characters: 28 narrow ones, plus a margin
			assertEquals(30 * 256, sheet.getColumnWidth(0));
			assertTrue(sheet.getColumnWidth(5) >= 12 * 256, "a date fits");

			assertEquals(5, sheet.getPaneInformation().getHorizontalSplitPosition(), "frozen below the header");
			PrintSetup print = sheet.getPrintSetup();
			assertEquals(PrintSetup.A4_PAPERSIZE, print.getPaperSize());
			assertTrue(print.getLandscape(), "seven columns print landscape");
			assertTrue(sheet.getFitToPage());
			assertEquals(1, print.getFitWidth());
			assertEquals(0, print.getFitHeight());
			assertEquals(CellRangeAddress.valueOf("4:5"), sheet.getRepeatingRows());
			assertEquals("第 &P 页，共 &N 页", sheet.getFooter().getCenter());
		}
	}

	private static List<String> texts(Row row, int n) {
		List<String> out = new ArrayList<>();
		for (int c = 0; c < n; c++) {
			Cell cell = row.getCell(c);
			out.add(cell == null ? "" : cell.getStringCellValue());
		}
		return out;
	}

	@Test
	void withoutGroupsOneHeaderRowAndPortrait() throws Exception {
		List<Column> columns = List.of(Column.of("单位", Column.Type.TEXT), Column.of("应训", Column.Type.INTEGER), Column.of("覆盖率", Column.Type.PERCENT));
		Path file = dir.resolve("覆盖率.xlsx");
		RegisterExport.write(new ReportResult("覆盖率统计表", List.of(), columns, List.of(List.of("城关镇党委", 4, 0.5)), Optional.empty()), file);
		try (XSSFWorkbook wb = read(file)) {
			XSSFSheet sheet = wb.getSheetAt(0);
			assertEquals(Set.of("A1:C1"), merged(sheet));
			assertEquals(List.of("单位", "应训", "覆盖率"), texts(sheet.getRow(1), 3));
			assertEquals(0.5, sheet.getRow(2).getCell(2).getNumericCellValue());
			assertFalse(sheet.getPrintSetup().getLandscape());
			assertEquals(CellRangeAddress.valueOf("2:2"), sheet.getRepeatingRows());
			assertEquals(2, sheet.getPaneInformation().getHorizontalSplitPosition());
		}
	}

	@Test
	void replacesAnOldFileAndLeavesNothingElseBehind() throws Exception {
		Path file = dir.resolve("台账.xlsx");
		Files.writeString(file, "old");
		RegisterExport.write(register(List.of(List.of("张三"))), file);
		try (XSSFWorkbook wb = read(file)) {
			assertEquals("张三", wb.getSheetAt(0).getRow(5).getCell(0).getStringCellValue());
		}
		assertEquals(List.of(file), list(dir));
	}

	@Test
	void aFailureWhileWritingLeavesTheOldFileAndNoPartialOne() throws Exception {
		Path file = dir.resolve("台账.xlsx");
		Files.writeString(file, "old");
		Object bad = new Object() {
			@Override
			public String toString() {
				throw new IllegalStateException("磁盘已满");
			}
		};
		List<List<Object>> rows = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			rows.add(List.of(i == 999 ? bad : "张三"));
		}
		ReportException e = assertThrows(ReportException.class, () -> RegisterExport.write(register(rows), file));
		assertEquals("无法写入“" + file + "”：磁盘已满", e.getMessage());
		assertEquals("old", Files.readString(file));
		assertEquals(List.of(file), list(dir));
	}

	@Test
	void badTargetsGetASentenceAndNoFile() throws Exception {
		ReportResult r = register(List.of());
		Path missing = dir.resolve("没有这个文件夹").resolve("台账.xlsx");
		assertEquals("无法导出到“" + missing + "”：文件夹“" + missing.getParent() + "”不存在。",
				assertThrows(ReportException.class, () -> RegisterExport.write(r, missing)).getMessage());
		Path csv = dir.resolve("台账.csv");
		assertEquals("无法导出到“" + csv + "”：台账文件名须以 .xlsx 结尾。", assertThrows(ReportException.class, () -> RegisterExport.write(r, csv)).getMessage());
		Path folder = Files.createDirectory(dir.resolve("名单.xlsx"));
		assertEquals("无法导出到“" + folder + "”：这是一个文件夹，请给出文件名。",
				assertThrows(ReportException.class, () -> RegisterExport.write(r, folder)).getMessage());
		assertEquals(List.of(folder), list(dir));
	}

	@Test
	void tooManyRowsForASheetAreRefusedBeforeWriting() {
		// 1,048,576 rows in a sheet less the title, two notes and two header rows
		List<List<Object>> rows = java.util.Collections.nCopies(1_048_572, List.of("张三"));
		Path file = dir.resolve("台账.xlsx");
		assertEquals("报表有 1048572 行，超过一个工作表最多能容纳的 1048571 行，请缩小范围后再导出。",
				assertThrows(ReportException.class, () -> RegisterExport.write(register(rows), file)).getMessage());
		assertFalse(Files.exists(file));
	}

	@Test
	void sheetNamesAndWidths() {
		assertEquals("2026 年 第一期", RegisterExport.sheetName("2026/年:第一期"));
		assertEquals("Sheet1", RegisterExport.sheetName("[]"));
		assertEquals(31, RegisterExport.sheetName("a".repeat(40)).length());
		assertEquals(4, RegisterExport.displayWidth("张三"));
		assertEquals(6, RegisterExport.displayWidth("ab张三\nabcdef"));
		assertEquals(6, RegisterExport.displayWidth("张三 x"));
	}

	private static List<Path> list(Path folder) throws java.io.IOException {
		try (Stream<Path> s = Files.list(folder)) {
			return s.sorted().toList();
		}
	}
}
