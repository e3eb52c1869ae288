package org.dangxiao.imports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dangxiao.imports.ImportPlan;
import org.dangxiao.imports.Messages;
import org.dangxiao.imports.PlannedRow;
import org.dangxiao.imports.Reason;
import org.dangxiao.imports.RejectedRows;
import org.dangxiao.imports.Sessions;
import org.dangxiao.imports.SheetInfo;
import org.dangxiao.imports.SheetRow;
import org.dangxiao.imports.readers.XlsxReader;
import org.dangxiao.model.Commands;
import org.dangxiao.model.Person;
import org.dangxiao.model.training.Attendance;
import org.dangxiao.model.training.AttendanceStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Layouts that sign-in machines, online forms and class heads send, as a tester found them with
 * files this program did not write: each once went wrong (a column taken for another, a time read
 * as 1899, a day taken from a title's date range, a footer rejected as a person).
 */
class ForeignSheetsTest {
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

	private Path csv(String name, String... lines) throws Exception {
		Path file = dir.resolve(name);
		Files.writeString(file, "\uFEFF" + String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
		return file;
	}

	private static List<Attendance> written(ImportPlan plan) {
		return plan.rows().stream().flatMap(r -> r.attendance().stream()).toList();
	}

	private static LocalDateTime at(int day, int hour, int minute) {
		return Fixture.START.plusDays(day).atTime(hour, minute);
	}

	/** A sign-in machine's export: 签到人 is the name, 签到状态 the status; 签到方式 and 签到地点 are no times. */
	@Test
	void aSignInMachinesHeader() throws Exception {
		Person a = f.roster.get(0), b = f.roster.get(1);
		ImportPlan plan = f.plan(csv("machine.csv", "序号,签到人,证件号码,签到时间,签到方式,签到地点,签到状态",
				"1," + a.name() + "," + a.citizenId().value() + ",2021-06-07 08:50:12,人脸识别,报告厅,正常",
				"2," + b.name() + "," + b.citizenId().value() + ",2021-06-07 09:10:00,刷卡,报告厅,迟到"));
		assertEquals(2, plan.count(PlannedRow.Outcome.ACCEPTED), plan.summary());
		assertEquals(List.of(AttendanceStatus.PRESENT, AttendanceStatus.LATE), written(plan).stream().map(Attendance::status).toList());
		assertEquals(Optional.of(at(0, 8, 50).plusSeconds(12)), written(plan).get(0).signIn());
	}

	/** A WeChat form: whoever submitted it came, at 提交时间; the questions are numbered. */
	@Test
	void anOnlineFormsSubmissionTimeIsTheSignIn() throws Exception {
		Person a = f.roster.get(0);
		ImportPlan plan = f.plan(csv("form.csv", "编号,提交时间,答题时长,1、姓名,2、身份证号码,3、工作单位及职务",
				"1,2021/6/8 14:52:03,35秒," + a.name() + "," + a.citizenId().value() + ",某村党支部书记"));
		Attendance x = written(plan).get(0);
		assertEquals(AttendanceStatus.PRESENT, x.status(), plan.summary());
		assertEquals(Optional.of(at(1, 14, 52).plusSeconds(3)), x.signIn());
		assertEquals(f.courses.get(3).id(), x.course(), "the afternoon course of the 8th");
	}

	/** One header row with a column per half-day: 签到时间（上午）, 上午签到 … give a record each. */
	@Test
	void halfDayColumnsInAOneRowHeader() throws Exception {
		Person a = f.roster.get(0), b = f.roster.get(1);
		ImportPlan plan = f.plan(csv("halfdays.csv", "姓名,身份证号,日期,签到时间（上午）,签到时间（下午）",
				a.name() + "," + a.citizenId().value() + ",2021-06-09,8:51,14:49"));
		assertEquals(List.of(f.courses.get(4).id(), f.courses.get(5).id()), written(plan).stream().map(Attendance::course).toList(), plan.summary());
		ImportPlan other = f.plan(csv("halfdays2.csv", "姓名,身份证号,日期,上午签到,上午签退,下午签到,下午签退",
				b.name() + "," + b.citizenId().value() + ",2021-06-09,8:51,11:31,14:49,17:35"));
		assertEquals(List.of(Optional.of(at(2, 8, 51)), Optional.of(at(2, 14, 49))), written(other).stream().map(Attendance::signIn).toList(),
				other.summary());
		assertEquals(Optional.of(at(2, 17, 35)), written(other).get(1).signOut());

		// an unknown person's row is two rejected records; the export says which half-day each is
		ImportPlan unknown = f.plan(csv("halfdays3.csv", "姓名,身份证号,日期,签到时间（上午）,签到时间（下午）", "无此人,,2021-06-09,8:51,14:49"));
		Path out = dir.resolve("未导入.xlsx");
		RejectedRows.write(unknown, out);
		List<SheetRow> back = new ArrayList<>();
		new XlsxReader().read(out, new SheetInfo(0, "x", false), back::add);
		assertEquals(List.of(Messages.Export_HEADER_SESSION, Sessions.MORNING.label(), Sessions.AFTERNOON.label()),
				back.stream().map(r -> r.cell(2).display()).toList());
		assertEquals("无此人", back.get(1).cell(3).display(), "the row as it was follows");
	}

	/**
	 * A class head's sheet: a title naming the class's dates (no day of its own), the date written in
	 * a day's first row only, ticks and 请假 in the 签到 column, and closing lines.
	 */
	@Test
	void aClassHeadsSheet() throws Exception {
		Person a = f.roster.get(0), b = f.roster.get(1), c = f.roster.get(2);
		ImportPlan plan = f.plan(csv("班主任.csv", "新任村干部培训班签到表（2021年6月7日至6月11日）,,,,",
				"日期,姓名,身份证号,上下午,签到",
				"2021年6月10日," + a.name() + "," + a.citizenId().value() + ",上午,√",
				"," + b.name() + "," + b.citizenId().value() + ",上午,请假",
				"," + c.name() + "," + c.citizenId().value() + ",上午,9:02",
				"合计：3人,,,,",
				"制表人：王老师,,审核人：李老师,,"));
		assertEquals(3, plan.rows().size(), "the closing lines are no rows: " + plan.rows());
		List<Attendance> w = written(plan);
		assertTrue(w.stream().allMatch(x -> x.course().equals(f.courses.get(6).id())), "all on the morning of the 10th: " + w);
		assertEquals(List.of(AttendanceStatus.PRESENT, AttendanceStatus.ON_LEAVE, AttendanceStatus.PRESENT), w.stream().map(Attendance::status).toList());
		assertEquals(Optional.of(at(3, 9, 2)), w.get(2).signIn());
	}

	/** Time-only cells (8:55 as a fraction of a day) on day sheets; a day's sheet not yet filled does not stop the others. */
	@Test
	void timeOnlyCellsOnDaySheets() throws Exception {
		Person a = f.roster.get(0);
		Path file = dir.resolve("班主任.xlsx");
		try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			var time = wb.createCellStyle();
			time.setDataFormat(wb.createDataFormat().getFormat("h:mm"));
			for (String day : List.of("6月8日", "6月9日")) {
				var sheet = wb.createSheet(day);
				var h = sheet.createRow(0);
				List.of("姓名", "身份证号", "签到时间").forEach(t -> h.createCell(h.getPhysicalNumberOfCells()).setCellValue(t));
				if (day.equals("6月8日")) {
					var r = sheet.createRow(1);
					r.createCell(0).setCellValue(a.name());
					r.createCell(1).setCellValue(a.citizenId().value());
					var t = r.createCell(2);
					t.setCellValue((8 * 60 + 55) / 1440.0);
					t.setCellStyle(time);
				}
			}
			wb.write(out);
		}
		ImportPlan plan = f.plan(file);
		assertEquals(1, plan.rows().size(), plan.summary());
		assertEquals(Optional.of(at(1, 8, 55)), written(plan).get(0).signIn());
		assertEquals(f.courses.get(2).id(), written(plan).get(0).course());
	}

	/** Sheets named for a half-day (6月8日上午, 6月8日下午) with ticks and no times: the name says which course. */
	@Test
	void aSheetPerHalfDay() throws Exception {
		Person a = f.roster.get(0);
		Path file = dir.resolve("半天.xlsx");
		try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			for (String name : List.of("6月8日上午", "6月8日下午")) {
				var sheet = wb.createSheet(name);
				var h = sheet.createRow(0);
				List.of("姓名", "身份证号", "签到").forEach(t -> h.createCell(h.getPhysicalNumberOfCells()).setCellValue(t));
				var r = sheet.createRow(1);
				r.createCell(0).setCellValue(a.name());
				r.createCell(1).setCellValue(a.citizenId().value());
				r.createCell(2).setCellValue("√");
			}
			wb.write(out);
		}
		ImportPlan plan = f.plan(file);
		assertEquals(List.of(f.courses.get(2).id(), f.courses.get(3).id()), written(plan).stream().map(Attendance::course).toList(), plan.summary());
	}

	/** A row without a time whose 备注 says 请假 is on leave, not absent; a note on a row with a time changes nothing. */
	@Test
	void leaveWrittenInTheNotes() throws Exception {
		Person a = f.roster.get(0), b = f.roster.get(1);
		ImportPlan plan = f.plan(csv("备注.csv", "姓名,身份证号,日期,上下午,签到时间,备注", a.name() + "," + a.citizenId().value() + ",2021-06-08,上午,,病假",
				b.name() + "," + b.citizenId().value() + ",2021-06-08,上午,8:52,请假"));
		assertEquals(List.of(AttendanceStatus.ON_LEAVE, AttendanceStatus.PRESENT), written(plan).stream().map(Attendance::status).toList(), plan.summary());
	}

	/** DingTalk writes the day as 21-06-08 星期二 beside the time of day. */
	@Test
	void dingTalksDateText() throws Exception {
		Person a = f.roster.get(0);
		ImportPlan plan = f.plan(csv("钉钉.csv", "姓名,身份证号,日期,签到时间", a.name() + "," + a.citizenId().value() + ",21-06-08 星期二,14:52"));
		assertEquals(List.of(Optional.of(at(1, 14, 52))), written(plan).stream().map(Attendance::signIn).toList(), plan.summary());
		assertEquals(f.courses.get(3).id(), written(plan).get(0).course());
	}

	/** An .xlsx whose date is merged down over the day's rows and whose name and ID are merged over a person's 上午 and 下午 rows. */
	@Test
	void mergedCellsOfAnXlsx() throws Exception {
		Person a = f.roster.get(0), b = f.roster.get(1);
		Path file = dir.resolve("合并.xlsx");
		try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			var sheet = wb.createSheet("签到");
			String[][] rows = { { "2021年新任村干部培训班签到表", "", "", "", "" }, { "日期", "姓名", "身份证号", "上下午", "签到时间" },
					{ "2021-06-09", a.name(), a.citizenId().value(), "上午", "8:50" }, { "", "", "", "下午", "14:50" },
					{ "", b.name(), b.citizenId().value(), "上午", "8:51" }, { "", "", "", "下午", "请假" } };
			for (int r = 0; r < rows.length; r++) {
				var row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					if (!rows[r][c].isEmpty()) {
						row.createCell(c).setCellValue(rows[r][c]);
					}
				}
			}
			sheet.addMergedRegion(org.apache.poi.ss.util.CellRangeAddress.valueOf("A1:E1"));
			sheet.addMergedRegion(org.apache.poi.ss.util.CellRangeAddress.valueOf("A3:A6"));
			for (String range : List.of("B3:B4", "C3:C4", "B5:B6", "C5:C6")) {
				sheet.addMergedRegion(org.apache.poi.ss.util.CellRangeAddress.valueOf(range));
			}
			wb.write(out);
		}
		ImportPlan plan = f.plan(file);
		assertEquals(4, plan.count(PlannedRow.Outcome.ACCEPTED), plan.rows().toString());
		assertEquals(List.of(a.id(), a.id(), b.id(), b.id()), written(plan).stream().map(Attendance::person).toList());
		assertEquals(List.of(f.courses.get(4).id(), f.courses.get(5).id(), f.courses.get(4).id(), f.courses.get(5).id()),
				written(plan).stream().map(Attendance::course).toList());
		assertEquals(AttendanceStatus.ON_LEAVE, written(plan).get(3).status());
	}

	/** ID numbers guarded against Excel ('…, ="…"), and a name's middle dot typed another way. */
	@Test
	void guardedIdNumbersAndNameDots() throws Exception {
		Person a = f.roster.get(0), b = f.roster.get(1), c = f.roster.get(2);
		f.ws.execute(Commands.putAll("改名", List.of(c.withName("阿依夏木·测例"))));
		ImportPlan plan = f.plan(csv("guarded.csv", "姓名,身份证号,签到时间",
				a.name() + ",'" + a.citizenId().value() + ",2021-06-07 08:50",
				b.name() + ",\"=\"\"" + b.citizenId().value() + "\"\"\",2021-06-07 08:51",
				"阿依夏木.测例,,2021-06-07 08:52",
				"阿依夏木测例,,2021-06-07 14:52"));
		assertEquals(4, plan.count(PlannedRow.Outcome.ACCEPTED), plan.rows().toString());
		assertEquals(List.of(a.id(), b.id(), c.id(), c.id()), written(plan).stream().map(Attendance::person).toList());
	}

	/** A name shared with someone off the roster: the row's 单位 says which one it is; the roster does not overrule it. */
	@Test
	void theUnitTellsNamesakesApart() throws Exception {
		Person onRoster = f.roster.get(0);
		Person other = f.outsider();
		f.ws.execute(Commands.putAll("同名", List.of(other.withName(onRoster.name()))));
		String otherUnit = f.ws.organizations().get(other.organization()).orElseThrow().name();
		String ownUnit = f.ws.organizations().get(onRoster.organization()).orElseThrow().name();
		ImportPlan plan = f.plan(csv("namesakes.csv", "姓名,单位,签到时间",
				onRoster.name() + "," + otherUnit + ",2021-06-07 08:50",
				onRoster.name() + "," + ownUnit + ",2021-06-07 14:50"));
		PlannedRow first = plan.rows().get(0), second = plan.rows().get(1);
		assertEquals(Optional.of(other.id()), first.person(), "the unit names the namesake");
		assertEquals(Set.of(Reason.NOT_ENROLLED), first.reasons());
		assertEquals(Optional.of(onRoster.id()), second.person());
		assertEquals(Set.of(Reason.SHARED_NAME), second.reasons());
	}
}
