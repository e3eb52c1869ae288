package org.dangxiao.example.qrsignin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.dangxiao.imports.Cell;
import org.dangxiao.imports.Field;
import org.dangxiao.imports.ImportException;
import org.dangxiao.imports.Mapping;
import org.dangxiao.imports.SheetInfo;
import org.dangxiao.imports.SheetRow;
import org.dangxiao.imports.SourceReader;
import org.dangxiao.imports.Sources;
import org.dangxiao.imports.StatusWords;
import org.dangxiao.imports.readers.CsvReader;
import org.dangxiao.model.nls.Nls;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader on the test export, on its variants, and on files that are some other reader's. */
class QrSignInReaderTest {
	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
	private static final String HEADER = "序号,签到人,证件号码,所在单位,扫码时间,签到点,活动名称,签到方式,签到状态,备注";

	@TempDir
	Path dir;

	private final QrSignInReader reader = new QrSignInReader();

	private static List<SheetRow> rows(SourceReader reader, Path file) throws ImportException {
		List<SheetRow> rows = new ArrayList<>();
		reader.read(file, reader.sheets(file).get(0), rows::add);
		return rows;
	}

	private static byte[] head(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return in.readNBytes(8192);
		}
	}

	private boolean accepts(Path file) throws IOException {
		return reader.accepts(file.getFileName().toString(), head(file));
	}

	private Path write(String name, Charset charset, boolean bom, String... lines) throws IOException {
		Path file = dir.resolve(name);
		byte[] text = (String.join("\r\n", lines) + "\r\n").getBytes(charset);
		byte[] bytes = text;
		if (bom) {
			bytes = new byte[BOM.length + text.length];
			System.arraycopy(BOM, 0, bytes, 0, BOM.length);
			System.arraycopy(text, 0, bytes, BOM.length, text.length);
		}
		Files.write(file, bytes);
		return file;
	}

	private static List<String> shown(SheetRow row) {
		return row.cells().stream().map(Cell::display).toList();
	}

	@Test
	void theTestExportBecomesRowsTheImportUnderstands() throws Exception {
		Path file = QrWorkspace.export(dir);
		assertTrue(accepts(file));
		assertEquals(List.of(new SheetInfo(0, "qr-export-test", false)), reader.sheets(file));
		List<SheetRow> rows = rows(reader, file);
		assertEquals(45, rows.size(), "4 metadata lines, the header and 40 scans");
		for (int i = 0; i < 45; i++) {
			assertEquals(i + 1, rows.get(i).number(), "rows are numbered as the file's lines");
		}
		// the metadata lines come as blank rows: 导出时间 2026-03-06 must not become the sheet's day
		assertTrue(rows.subList(0, 4).stream().allMatch(SheetRow::isBlank));
		assertEquals(List.of("序号", "姓名", "身份证号", "单位", "签到时间", "扫码地点", "课程名称", "扫码方式", "状态", "备注"), shown(rows.get(4)));

		SheetRow first = rows.get(5);
		assertEquals(new Cell.Text("王建国"), first.cell(1));
		assertEquals(new Cell.Text("652301198203154416"), first.cell(2), "an ID number is text, never a number");
		assertEquals(new Cell.DateTime(LocalDateTime.of(2026, 3, 2, 8, 27, 31)), first.cell(4), "the scan time to the second");
		assertEquals(new Cell.Text("开班式暨专题辅导：学习贯彻党的二十届四中全会精神"), first.cell(6));
		assertEquals(new Cell.Text("出勤"), first.cell(8), "正常 is the import's 出勤");
		assertEquals(Cell.BLANK, first.cell(9));

		assertEquals(new Cell.Text("652301199502121889"), rows.get(11).cell(2), "the tab that kept Excel off the number is gone");
		assertEquals(new Cell.Text("迟到"), rows.get(13).cell(8));
		SheetRow byHand = rows.get(23);
		assertEquals(List.of("古丽娜尔·吐尔逊", "出勤", "手机没电, 班主任补签"), List.of(byHand.cell(1).display(), byHand.cell(8).display(), byHand.cell(9).display()),
				"补签 counts as present; a quoted comma stays in its cell");
		assertEquals(new Cell.Text("代签"), rows.get(34).cell(8), "a word this reader does not know goes to the import unchanged");
		assertEquals(new Cell.Text("2026-03-03 14:6O:12"), rows.get(37).cell(4), "a malformed time stays text, for the import to reject");
		assertEquals(new Cell.Text("2026/3/3 14:27"), rows.get(42).cell(4), "another format stays text, for the import to read");

		// and the import's own header finding maps every column it needs
		Mapping m = Mapping.find(rows.stream().filter(r -> !r.isBlank()).toList()).orElseThrow();
		assertEquals(List.of(5), m.headerRows());
		assertEquals(List.of(Optional.of(Field.SEQUENCE), Optional.of(Field.NAME), Optional.of(Field.CITIZEN_ID), Optional.of(Field.ORGANIZATION),
				Optional.of(Field.SIGN_IN), Optional.empty(), Optional.of(Field.COURSE), Optional.empty(), Optional.of(Field.STATUS),
				Optional.of(Field.NOTE)), m.columns().stream().map(Mapping.Column::field).toList());
	}

	/**
	 * Why the plug-in exists: the general CSV reader maps this header as the plug-in does (the import
	 * knows 签到人, 扫码时间, 活动名称 and 签到状态, and leaves 签到点 and 签到方式 alone), but the export's
	 * own status words mean nothing to it, and its scan times stay text.
	 */
	@Test
	void readByTheBuiltInCsvReaderTheStatusWordsGoWrong() throws Exception {
		Path file = QrWorkspace.export(dir);
		List<SheetRow> rows = rows(new CsvReader(), file);
		Mapping m = Mapping.find(rows).orElseThrow();
		assertEquals(List.of(Optional.of(Field.SEQUENCE), Optional.of(Field.NAME), Optional.of(Field.CITIZEN_ID), Optional.of(Field.ORGANIZATION),
				Optional.of(Field.SIGN_IN), Optional.empty(), Optional.of(Field.COURSE), Optional.empty(), Optional.of(Field.STATUS),
				Optional.of(Field.NOTE)), m.columns().stream().map(Mapping.Column::field).toList());
		assertEquals(Optional.empty(), StatusWords.of("补签"), "补签 (signed in by a class head) is this system's word");
		assertTrue(rows.stream().anyMatch(r -> r.cell(8).display().equals("补签")), "the built-in reader hands it on unchanged");
	}

	@Test
	void variantsOfTheExportAreAcceptedAndReadAlike() throws Exception {
		String row = "1,王建国,'652301198203154416,三工镇二工村党支部,2026-03-02 08:27:31,州委党校报告厅,乡村振兴政策解读,微信扫码,正常,";
		// without the metadata lines and without a BOM: the header alone says what the file is
		Path bare = write("bare.csv", StandardCharsets.UTF_8, false, HEADER, row);
		// saved again by Excel on a Chinese Windows: GB18030, and the marker line kept
		Path gb = write("gb.csv", Charset.forName("GB18030"), false, "# 扫码签到导出 v2", HEADER, row);
		// a v1 export: fewer columns, LF line ends, a .txt name
		Path v1 = dir.resolve("v1.txt");
		Files.writeString(v1, "签到人,证件号码,扫码时间,签到点,活动名称,签到方式\n王建国,=\"652301198203154416\",2026-03-02 08:27:31,报告厅,乡村振兴政策解读,微信扫码\n");
		for (Path file : List.of(bare, gb, v1)) {
			assertTrue(accepts(file), file.toString());
			List<SheetRow> rows = rows(reader, file).stream().filter(r -> !r.isBlank()).toList();
			assertEquals(2, rows.size(), file.toString());
			SheetRow data = rows.get(1);
			int id = shown(rows.get(0)).indexOf("身份证号");
			int time = shown(rows.get(0)).indexOf("签到时间");
			assertEquals(new Cell.Text("王建国"), data.cell(shown(rows.get(0)).indexOf("姓名")), file.toString());
			assertEquals(new Cell.Text("652301198203154416"), data.cell(id), file.toString());
			assertEquals(new Cell.DateTime(LocalDateTime.of(2026, 3, 2, 8, 27, 31)), data.cell(time), file.toString());
		}
	}

	/** A column this reader does not know keeps its header, unless the import would take it for a field another column gives. */
	@Test
	void unknownColumnsCannotStealAField() throws Exception {
		Path file = write("v3.csv", StandardCharsets.UTF_8, true, "# 扫码签到导出 v3", "签到人,证件号码,扫码时间,打卡时间,单位名称,手机号码",
				"王建国,652301198203154416,2026-03-02 08:27:31,https://example.invalid/p.jpg,三工镇党委,13800000000");
		List<String> header = shown(rows(reader, file).get(1));
		assertEquals(List.of("姓名", "身份证号", "签到时间", "导出列 打卡时间", "单位名称", "手机号码"), header);
		Mapping m = Mapping.find(rows(reader, file).stream().filter(r -> !r.isBlank()).toList()).orElseThrow();
		assertEquals(1, m.columns(Field.SIGN_IN).size());
		assertEquals(1, m.columns(Field.ORGANIZATION).size(), "单位名称 still names the organization: no other column does");
	}

	@Test
	void otherFilesAreDeclinedAndLeftToTheBuiltInCsvReader() throws Exception {
		List<Path> others = new ArrayList<>(List.of(
				// a WeChat form export
				write("问卷星.csv", StandardCharsets.UTF_8, true, "序号,提交时间,姓名,身份证号,工作单位", "1,2021/6/7 8:52:10,王建国,652301198203154416,三工镇党委"),
				// a sign-in machine's CSV
				write("考勤机.csv", StandardCharsets.UTF_8, false, "工号,姓名,签到时间,签退时间", "1,王建国,2021-06-07 08:52,2021-06-07 11:31"),
				// GB18030 with semicolons and a title
				write("签到表.csv", Charset.forName("GB18030"), false, "2021年6月7日签到表;;", "姓名;签到;状态", "王建国;8:52;√"),
				// tab-separated text
				write("名单.txt", StandardCharsets.UTF_8, false, "姓名\t身份证号", "王建国\t652301198203154416"),
				// a header naming 扫码时间 but nobody
				write("扫码统计.csv", StandardCharsets.UTF_8, false, "扫码时间,次数", "2026-03-02 08:27:31,1")));
		// the import's own test corpus, when the build says where the project is
		Path corpus = Path.of(System.getProperty("dangxiao.root", "/nonexistent"), "bundles", "org.dangxiao.imports", "test-corpus");
		if (Files.isDirectory(corpus)) {
			try (Stream<Path> files = Files.list(corpus)) {
				files.filter(f -> f.toString().matches(".*\\.(csv|txt|tsv)$")).forEach(others::add);
			}
		}
		for (Path file : others) {
			assertFalse(accepts(file), file.toString());
			assertTrue(new CsvReader().accepts(file.getFileName().toString(), head(file)), file.toString());
		}
		// the export itself under a name no CSV has, and a binary file with the export's first line
		Path export = QrWorkspace.export(dir);
		assertFalse(reader.accepts("扫码签到.xlsx", head(export)));
		byte[] zip = { 'P', 'K', 3, 4, 0, 0 };
		assertFalse(reader.accepts("a.csv", zip));
		assertFalse(reader.accepts("a.csv", new byte[0]));
	}

	/** Inside OSGi the extension point asks this reader first; the built-in CSV reader still gets the rest. */
	@Test
	void theExtensionPointHandsTheExportToThisReader() throws Exception {
		Assumptions.assumeTrue(QrWorkspace.inOsgi(), "a plain JVM has no extension registry");
		assertTrue(Sources.all().stream().anyMatch(s -> s.id().equals("org.dangxiao.example.qrsignin.source") && s.priority() == 10));
		assertInstanceOf(QrSignInReader.class, Sources.readerFor(QrWorkspace.export(dir)));
		Path other = write("考勤机.csv", StandardCharsets.UTF_8, false, "工号,姓名,签到时间", "1,王建国,2021-06-07 08:52");
		assertInstanceOf(CsvReader.class, Sources.readerFor(other));
	}

	@Test
	void damagedFilesGiveASentence() throws Exception {
		Path empty = Files.createFile(dir.resolve("空.csv"));
		var e = assertThrows(ImportException.class, () -> rows(reader, empty));
		assertEquals(Nls.bind(Messages.Read_EMPTY, "空.csv"), e.getMessage());

		Path cut = write("截断.csv", StandardCharsets.UTF_8, true, "# 扫码签到导出 v2", HEADER, "1,王建国,652301198203154416,\"三工镇");
		e = assertThrows(ImportException.class, () -> rows(reader, cut));
		assertEquals(Nls.bind(Messages.Read_UNCLOSED_QUOTE, "截断.csv", 3), e.getMessage());

		Path huge = write("超长.csv", StandardCharsets.UTF_8, true, "# 扫码签到导出 v2", HEADER, "1,王建国,652301198203154416,,2026-03-02 08:27:31,,,,,"
				+ "备".repeat(CsvRecords.MAX_CELL_CHARS + 1));
		e = assertThrows(ImportException.class, () -> rows(reader, huge));
		assertEquals(Nls.bind(Messages.Read_CELL_TOO_LONG, "超长.csv", 3, CsvRecords.MAX_CELL_CHARS), e.getMessage());
	}

	@Test
	void readingStopsWhenTheSinkSaysSo() throws Exception {
		Path file = QrWorkspace.export(dir);
		List<SheetRow> seen = new ArrayList<>();
		reader.read(file, reader.sheets(file).get(0), row -> {
			seen.add(row);
			return seen.size() < 7;
		});
		assertEquals(7, seen.size());
	}
}
