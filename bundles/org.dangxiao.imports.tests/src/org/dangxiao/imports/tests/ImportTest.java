package org.dangxiao.imports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dangxiao.imports.AttendanceImport;
import org.dangxiao.imports.ClassContext;
import org.dangxiao.imports.ImportException;
import org.dangxiao.imports.ImportPlan;
import org.dangxiao.imports.ImportHistory;
import org.dangxiao.imports.Field;
import org.dangxiao.imports.Mapping;
import org.dangxiao.imports.MappingTemplates;
import org.dangxiao.imports.Messages;
import org.dangxiao.imports.PlannedRow;
import org.dangxiao.imports.Reason;
import org.dangxiao.imports.RejectedRows;
import org.dangxiao.imports.SheetInfo;
import org.dangxiao.imports.SheetRow;
import org.dangxiao.imports.readers.XlsxReader;
import org.dangxiao.model.CommandException;
import org.dangxiao.model.Commands;
import org.dangxiao.model.Person;
import org.dangxiao.model.WorkspaceSnapshot;
import org.dangxiao.model.audit.ImportBatch;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.model.training.Attendance;
import org.dangxiao.model.training.AttendanceStatus;
import org.dangxiao.model.training.Course;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** From file to committed attendance on a real H2 workspace, and every kind of bad file on the way. */
class ImportTest {
	@TempDir
	Path dir;
	Fixture f;

	@BeforeEach
	void open() throws Exception {
		f = new Fixture(dir.resolve("ws"));
	}

	@AfterEach
	void close() {
		f.close();
	}

	private ImportPlan plan(Path file) throws ImportException {
		return f.plan(file);
	}

	private Path write(String name, Charset charset, String... lines) throws Exception {
		Path file = dir.resolve(name);
		Files.writeString(file, String.join("\r\n", lines) + "\r\n", charset);
		return file;
	}

	private static Set<Reason> reasons(ImportPlan plan, int row) {
		return plan.rows().stream().filter(r -> r.row() == row).findFirst().orElseThrow().reasons();
	}

	/** A GB18030 file with semicolons, a title row, and one row of every kind of problem. */
	@Test
	void everyRowGetsItsOutcomeAndReason() throws Exception {
		Person a = f.roster.get(0), b = f.roster.get(1), c = f.roster.get(2), d = f.roster.get(3);
		Person outsider = f.outsider();
		String badId = a.citizenId().value().substring(0, 17) + (a.citizenId().value().endsWith("0") ? "1" : "0");
		Path file = write("签到.csv", Charset.forName("GB18030"),
				"2021年新任村干部培训班第一期签到表;;;;", // row 1: a title
				"名字;公民身份号码;所在党组织;签到时间;出勤情况", // row 2: the header
				a.name() + ";" + a.citizenId().value() + ";;2021/6/7 8:52;出勤", // 3 accepted
				b.name().charAt(0) + "　" + b.name().substring(1) + ";;;2021年6月7日 14:58;√", // 4 by name, ideographic space
				c.name() + ";" + badId + ";;2021/6/7 8:40;出勤", // 5 bad check digit
				"查无此人;;;2021/6/7 8:40;出勤", // 6 unknown
				a.name() + ";" + a.citizenId().value() + ";;2021/6/7 8:53;出勤", // 7 duplicate of 3
				outsider.name() + ";" + outsider.citizenId().value() + ";;2021/6/7 8:40;出勤", // 8 not enrolled
				d.name() + ";" + d.citizenId().value() + ";;2021/6/20 8:40;出勤", // 9 outside the class
				d.name() + ";" + d.citizenId().value() + ";;2021/6/8 8:40;公出", // 10 unknown status
				d.name() + ";6.52301E+17;;2021/6/9 9:10;迟到", // 11 damaged ID, found by name: a warning
				";;;;", // 12 blank: skipped
				d.name() + ";" + d.citizenId().value() + ";;2021/6/10 8:40;请假"); // 13 accepted
		ImportPlan plan = plan(file);
		assertEquals(Set.of(), reasons(plan, 3));
		assertEquals(Set.of(), reasons(plan, 4));
		assertEquals(Set.of(Reason.BAD_CHECKSUM), reasons(plan, 5));
		assertEquals(Set.of(Reason.UNKNOWN_PERSON), reasons(plan, 6));
		assertEquals(Set.of(Reason.DUPLICATE_ROW), reasons(plan, 7));
		assertEquals(Set.of(Reason.NOT_ENROLLED), reasons(plan, 8));
		assertTrue(reasons(plan, 9).contains(Reason.OUTSIDE_CLASS_DATES), reasons(plan, 9).toString());
		assertEquals(Set.of(Reason.UNKNOWN_STATUS), reasons(plan, 10));
		assertTrue(reasons(plan, 11).contains(Reason.DAMAGED_ID), reasons(plan, 11).toString()); // and maybe SHARED_NAME
		assertEquals(Set.of(), reasons(plan, 13));
		assertEquals(10, plan.rows().size(), "the blank row is no row");
		assertEquals(3, plan.count(PlannedRow.Outcome.ACCEPTED));
		assertEquals(1, plan.count(PlannedRow.Outcome.WARNING));
		assertEquals(6, plan.count(PlannedRow.Outcome.REJECTED));
		Attendance first = plan.rows().get(0).attendance().orElseThrow();
		assertEquals(new Attendance(a.id(), f.courses.get(0).id(), AttendanceStatus.PRESENT, Optional.of(LocalDateTime.of(2021, 6, 7, 8, 52)),
				Optional.empty(), Optional.empty()), first);
		assertEquals(f.courses.get(1).id(), plan.rows().get(1).attendance().orElseThrow().course(), "14:58 is the afternoon course");
		assertEquals(f.courses.get(4).id(), plan.rows().get(8).attendance().orElseThrow().course(), "9:10 on the 9th");
		assertEquals(AttendanceStatus.ON_LEAVE, plan.rows().get(9).attendance().orElseThrow().status());
		assertFalse(plan.rejected().get(0).cells().isEmpty(), "rejected rows keep what the file said");

		// the rejected rows go out as an .xlsx with their reasons, and read back in
		Path out = dir.resolve("未导入.xlsx");
		RejectedRows.write(plan, out);
		List<SheetRow> back = new ArrayList<>();
		new XlsxReader().read(out, new SheetInfo(0, "x", false), back::add);
		assertEquals(1 + 6, back.size());
		assertEquals("5", back.get(1).cell(1).display());
		assertEquals(c.name(), back.get(1).cell(2).display());
		assertEquals(Reason.BAD_CHECKSUM.label(), back.get(1).cell(back.get(0).cells().size() - 1).display());

		// commit as one command; undo and redo it; importing the same content again changes nothing
		WorkspaceSnapshot before = f.ws.snapshot();
		var event = f.ws.execute(plan.command("tester"));
		assertTrue(event.affects(Attendance.class) && event.affects(ImportBatch.class));
		ImportBatch batch = f.ws.list(ImportBatch.class).get(0);
		assertEquals(new ImportBatch(batch.id(), "签到.csv", AttendanceImport.sha256(file), "tester", batch.at(), 4, 6, 1), batch);
		List<Attendance> written = f.ws.list(Attendance.class, batch.id());
		assertEquals(4, written.size());
		assertTrue(written.stream().allMatch(x -> x.batch().equals(Optional.of(batch.id()))));
		WorkspaceSnapshot after = f.ws.snapshot();
		f.ws.history().undo();
		assertEquals(before, f.ws.snapshot());
		f.ws.history().redo();
		assertEquals(after, f.ws.snapshot());
		ImportPlan again = plan(file);
		assertEquals(Optional.of(batch), again.earlierImport(f.ws));
		var e = assertThrows(CommandException.class, () -> f.ws.execute(again.command("tester")));
		assertTrue(e.getMessage().contains("签到.csv"), e.getMessage());
		assertEquals(after, f.ws.snapshot(), "a re-import changes nothing");
	}

	/** A failure inside the commit (a course removed after planning) leaves the workspace as it was. */
	@Test
	void aFailedCommitWritesNothing() throws Exception {
		Person a = f.roster.get(0);
		Path file = write("a.csv", StandardCharsets.UTF_8, "姓名,身份证号,签到时间", a.name() + "," + a.citizenId().value() + ",2021/6/7 8:52",
				a.name() + "," + a.citizenId().value() + ",2021/6/11 15:02");
		ImportPlan plan = plan(file);
		assertEquals(2, plan.toWrite().size());
		Course last = f.courses.get(9);
		f.ws.execute(Commands.remove(last));
		WorkspaceSnapshot before = f.ws.snapshot();
		assertThrows(CommandException.class, () -> f.ws.execute(plan.command("tester")));
		assertEquals(before, f.ws.snapshot());
		assertEquals(List.of(), f.ws.list(ImportBatch.class));
	}

	private void refused(Path file, String expected) {
		WorkspaceSnapshot before = f.ws.snapshot();
		var e = assertThrows(ImportException.class, () -> plan(file), file.toString());
		assertEquals(expected, e.getMessage());
		assertEquals(before, f.ws.snapshot());
	}

	/** A copy of {@code good} named {@code name} whose sheets hold what {@code sheet} writes. */
	private Path withSheet(Path good, String name, IoConsumer<OutputStream> sheet) throws Exception {
		Path file = dir.resolve(name);
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(good)); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
			for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
				out.putNextEntry(new ZipEntry(entry.getName()));
				if (entry.getName().startsWith("xl/worksheets/")) {
					sheet.accept(out);
				} else {
					in.transferTo(out);
				}
			}
		}
		return file;
	}

	private interface IoConsumer<T> {
		void accept(T t) throws IOException;
	}

	private Path xlsx(String name, String[]... rows) throws Exception {
		Path file = dir.resolve(name);
		try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			var sheet = wb.createSheet("签到");
			for (int r = 0; r < rows.length; r++) {
				var row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			wb.write(out);
		}
		return file;
	}

	@Test
	void brokenFilesGiveAClearMessageAndCommitNothing() throws Exception {
		Path empty = Files.write(dir.resolve("空.csv"), new byte[0]);
		refused(empty, Nls.bind(Messages.Read_EMPTY, "空.csv"));

		Path png = Files.write(dir.resolve("照片.xlsx"), new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13 });
		refused(png, Nls.bind(Messages.Read_NOT_A_SPREADSHEET, "照片.xlsx"));

		Path good = xlsx("好.xlsx", new String[] { "姓名", "身份证号", "签到时间" }, new String[] { "张三", "", "2021/6/7 8:52" });
		byte[] bytes = Files.readAllBytes(good);
		Path half = Files.write(dir.resolve("半截.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
		var e = assertThrows(ImportException.class, () -> plan(half));
		assertTrue(e.getMessage().contains("半截.xlsx"), e.getMessage());

		refused(xlsx("只有表头.xlsx", new String[] { "姓名", "身份证号", "签到时间" }), Nls.bind(Messages.Read_NO_ROWS, "只有表头.xlsx", "签到"));
		refused(xlsx("商品.xlsx", new String[] { "商品", "价格", "数量" }, new String[] { "苹果", "3", "5" }),
				Nls.bind(Messages.Read_NO_HEADER, "商品.xlsx", "签到"));

		Path longCell = write("长.csv", StandardCharsets.UTF_8, "姓名,备注", "张三," + "很".repeat(10_000));
		refused(longCell, Nls.bind(Messages.Read_CELL_TOO_LONG, "长.csv", 2, 10_000));

		// a zip bomb: the sheet inflates to 400 MB of spaces from well under 1 MB
		Path bomb = withSheet(good, "炸弹.xlsx", out -> {
			byte[] spaces = new byte[1 << 20];
			java.util.Arrays.fill(spaces, (byte) ' ');
			for (int i = 0; i < 400; i++) {
				out.write(spaces);
			}
		});
		assertTrue(Files.size(bomb) < 1 << 20, "a small file: " + Files.size(bomb));
		refused(bomb, Nls.bind(Messages.Read_TOO_BIG, "炸弹.xlsx"));

		// hostile sheet XML: an entity reading another file, and entities doubling into a billion
		// characters; neither is expanded, and the message names the sheet, not the parser
		Path secret = Files.writeString(dir.resolve("secret.txt"), "机密内容");
		String header = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>姓名</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>签到时间</t></is></c></row>";
		String laughs = "<!ENTITY a \"哈哈哈哈哈哈哈哈哈哈\">" + java.util.stream.IntStream.range(0, 9)
				.mapToObj(i -> "<!ENTITY " + (char) ('b' + i) + " \"" + ("&" + (char) ('a' + i) + ";").repeat(10) + "\">").collect(Collectors.joining());
		for (String[] entity : new String[][] { { "外部实体.xlsx", "<!ENTITY x SYSTEM \"" + secret.toUri() + "\">", "&x;" },
				{ "实体膨胀.xlsx", laughs, "&j;" } }) {
			Path hostile = withSheet(good, entity[0], out -> out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE worksheet [" + entity[1]
					+ "]><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + header
					+ "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>" + entity[2] + "</t></is></c></row></sheetData></worksheet>")
					.getBytes(StandardCharsets.UTF_8)));
			refused(hostile, Nls.bind(Messages.Read_BAD_XML, entity[0], "签到", 1));
		}

		// a shared string (how Excel stores text) as long as the refused cell of the CSV above
		refused(xlsx("长.xlsx", new String[] { "姓名", "备注" }, new String[] { "张三", "很".repeat(10_000) }),
				Nls.bind(Messages.Read_CELL_TOO_LONG, "长.xlsx", 2, 10_000));

		// password-protected, as Excel writes it: an OLE2 container holding the encrypted package
		Path locked = dir.resolve("加密.xlsx");
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
			enc.confirmPassword("secret");
			try (OutputStream os = enc.getDataStream(fs)) {
				Files.copy(good, os);
			}
			try (OutputStream out = Files.newOutputStream(locked)) {
				fs.writeFilesystem(out);
			}
		}
		refused(locked, Nls.bind(Messages.Read_ENCRYPTED, "加密.xlsx"));
	}

	/** UTF-8 with and without BOM, GB18030, and the three delimiters read the same rows. */
	@Test
	void encodingsAndDelimitersAreFound() throws Exception {
		Person a = f.roster.get(0);
		String[] lines = { "姓名,身份证号,签到时间", a.name() + "," + a.citizenId().value() + ",2021/6/7 8:52" };
		List<Path> files = List.of(write("utf8.csv", StandardCharsets.UTF_8, lines),
				write("bom.csv", StandardCharsets.UTF_8, "\uFEFF" + lines[0], lines[1]),
				write("gb.csv", Charset.forName("GB18030"), lines),
				write("tab.txt", StandardCharsets.UTF_8, lines[0].replace(',', '\t'), lines[1].replace(',', '\t')),
				write("semi.csv", Charset.forName("GB18030"), lines[0].replace(',', ';'), lines[1].replace(',', ';')));
		for (Path file : files) {
			ImportPlan plan = plan(file);
			assertEquals(1, plan.count(PlannedRow.Outcome.ACCEPTED), file.toString() + " " + plan.rows());
			assertEquals(a.id(), plan.toWrite().get(0).person(), file.toString());
		}
	}

	/** A column no synonym knows is mapped once by the user, saved, and mapped by itself the next time. */
	@Test
	void aSavedMappingIsAppliedToTheSameSourceAgain() throws Exception {
		Person a = f.roster.get(0);
		Path file = write("扫码.csv", StandardCharsets.UTF_8, "姓名,身份证号,签到时间,到课", a.name() + "," + a.citizenId().value() + ",2021/6/7 8:52,迟到");
		var first = AttendanceImport.inspect(file, Optional.of(f.ws));
		Mapping found = first.mappings().get("扫码").orElseThrow();
		assertEquals(Optional.empty(), found.columns().get(3).field(), "到课 is no synonym");
		Mapping mine = found.with(3, Optional.of(Field.STATUS), Optional.empty());
		f.ws.execute(MappingTemplates.save("扫码签到", mine));
		var again = AttendanceImport.inspect(file, Optional.of(f.ws));
		assertEquals(mine, again.mappings().get("扫码").orElseThrow());
		ImportPlan plan = AttendanceImport.plan(f.ws, ClassContext.of(f.ws, f.trainingClass), again, again.defaultSheets(), Map.of(),
				AttendanceImport.Progress.NONE);
		assertEquals(AttendanceStatus.LATE, plan.toWrite().get(0).status());
		assertEquals(List.of("扫码签到"), MappingTemplates.all(f.ws).stream().map(MappingTemplates.Template::name).toList());
		f.ws.history().undo();
		assertEquals(found, AttendanceImport.inspect(file, Optional.of(f.ws)).mappings().get("扫码").orElseThrow(), "saving is undoable");
	}

	/** The history lists imports newest first, and takes a whole import back even after other commands. */
	@Test
	void aWholeImportIsTakenBackFromTheHistory() throws Exception {
		Person a = f.roster.get(0), b = f.roster.get(1);
		Path first = write("第一天.csv", StandardCharsets.UTF_8, "姓名,身份证号,签到时间", a.name() + "," + a.citizenId().value() + ",2021/6/7 8:52");
		Path second = write("第二天.csv", StandardCharsets.UTF_8, "姓名,身份证号,签到时间", b.name() + "," + b.citizenId().value() + ",2021/6/8 8:52");
		assertEquals(0, plan(first).replacing(f.ws), "nothing stored yet");
		f.ws.execute(plan(first).command("tester"));
		WorkspaceSnapshot afterFirst = f.ws.snapshot();
		// another file with the first day's record again: the plan says it replaces a stored one
		Path both = write("两天.csv", StandardCharsets.UTF_8, "姓名,身份证号,签到时间", a.name() + "," + a.citizenId().value() + ",2021/6/7 8:53",
				b.name() + "," + b.citizenId().value() + ",2021/6/8 8:52");
		assertEquals(1, plan(both).replacing(f.ws));
		f.ws.execute(plan(second).command("tester"));
		List<ImportBatch> history = ImportHistory.all(f.ws);
		assertEquals(List.of("第二天.csv", "第一天.csv"), history.stream().map(ImportBatch::fileName).toList());
		f.ws.execute(Commands.editPerson(a, a.withPost("另一个命令")));
		f.ws.execute(ImportHistory.remove(history.get(0)));
		assertEquals(List.of(), f.ws.list(Attendance.class, history.get(0).id()));
		assertEquals(1, f.ws.list(Attendance.class, history.get(1).id()).size(), "the other import stays");
		assertEquals(List.of(history.get(1)), ImportHistory.all(f.ws));
		assertThrows(CommandException.class, () -> f.ws.execute(ImportHistory.remove(history.get(0))), "once is enough");
		f.ws.history().undo();
		assertEquals(2, ImportHistory.all(f.ws).size(), "taking back is undoable");
		f.ws.history().undo();
		f.ws.history().undo();
		assertEquals(afterFirst, f.ws.snapshot());
	}
}
