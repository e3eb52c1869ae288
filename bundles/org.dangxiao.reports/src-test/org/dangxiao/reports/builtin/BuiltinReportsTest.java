package org.dangxiao.reports.builtin;

import static org.dangxiao.reports.builtin.Fixture.args;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.dangxiao.model.Commands;
import org.dangxiao.model.Setting;
import org.dangxiao.model.rules.FrequencyRules;
import org.dangxiao.reports.ChartSpec;
import org.dangxiao.reports.Column;
import org.dangxiao.reports.ReportException;
import org.dangxiao.reports.ReportResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every built-in report on the small workspace of {@link Fixture}, row by row, in Chinese. */
class BuiltinReportsTest {
	private static Locale original;
	@TempDir
	static Path dir;
	private static Fixture f;

	@BeforeAll
	static void open() throws Exception {
		original = Locale.getDefault();
		Fixture.chinese();
		f = new Fixture(dir.resolve("ws"));
	}

	@AfterAll
	static void close() {
		f.close();
		Fixture.reload(original);
	}

	private static List<Object> row(Object... cells) {
		return Arrays.asList(cells);
	}

	private static void assertRows(List<List<Object>> expected, ReportResult r) {
		assertEquals(expected.size(), r.rows().size(), () -> "rows: " + r.rows());
		for (int i = 0; i < expected.size(); i++) {
			List<Object> want = expected.get(i), got = r.rows().get(i);
			assertEquals(want.size(), got.size(), "cells of row " + i + ": " + got);
			for (int c = 0; c < want.size(); c++) {
				Object w = want.get(c), g = got.get(c);
				if (w instanceof BigDecimal a && g instanceof BigDecimal b) {
					assertEquals(0, a.compareTo(b), "row " + i + " cell " + c + ": " + got);
				} else if (w instanceof Double a && g instanceof Double b) {
					assertEquals(a, b, 1e-9, "row " + i + " cell " + c + ": " + got);
				} else {
					assertEquals(w, g, "row " + i + " cell " + c + ": " + got);
				}
			}
		}
	}

	private static List<String> names(ReportResult r) {
		return r.columns().stream().map(Column::name).toList();
	}

	// ---- 培训覆盖率 --------------------------------------------------------------------------

	@Test
	void coverageOfTheWholeTreeByTownship() throws ReportException {
		ReportResult r = new TrainingCoverageReport().run(f.ws, args("program", "1001"));
		assertEquals("2025年新任村干部轮训覆盖率统计表", r.title());
		assertEquals(List.of("单位", "应训", "已训", "未训", "覆盖率"), names(r));
		assertEquals(List.of(Optional.empty(), Optional.of("人数"), Optional.of("人数"), Optional.of("人数"), Optional.empty()),
				r.columns().stream().map(Column::group).toList());
		// 钱七 transferred out before the deadline and 县直机关党工委 has nobody to train: neither appears
		assertRows(List.of(row("县委（本级）", 1, 0, 1, 0.0), row("城关镇党委", 4, 2, 2, 0.5), row("河西乡党委", 2, 1, 1, 0.5),
				row("合计", 7, 3, 4, 3 / 7.0)), r);
		assertTrue(r.notes().contains("合计：应训 7 人，已训 3 人，未训 4 人，覆盖率 42.9%。应训人数不含截止日期前调出或离开的人员。"), r.notes()::toString);
		assertTrue(r.notes().contains("统计范围：全部党组织"), r.notes()::toString);
		ChartSpec chart = r.chart().orElseThrow();
		assertEquals(ChartSpec.Kind.BAR, chart.kind());
		assertEquals(List.of(4), chart.valueColumns());
		assertEquals(3, chart.maxCategories(), "the three organizations, not the total");
	}

	@Test
	void coverageWithinATownshipByBranch() throws ReportException {
		ReportResult r = new TrainingCoverageReport().run(f.ws, args("program", "1001", "organization", "2"));
		assertRows(List.of(row("城关镇第一党支部", 3, 1, 2, 1 / 3.0), row("城关镇第二党支部", 1, 1, 0, 1.0), row("合计", 4, 2, 2, 0.5)), r);
		assertTrue(r.notes().contains("统计范围：城关镇党委及下级组织"), r.notes()::toString);
	}

	@Test
	void coverageRefusesUnknownOrMissingPrograms() {
		assertEquals("请填写“培训项目”。", assertThrows(ReportException.class, () -> new TrainingCoverageReport().run(f.ws, args())).getMessage());
		assertEquals("没有编号为 999 的培训项目，可能已被删除。",
				assertThrows(ReportException.class, () -> new TrainingCoverageReport().run(f.ws, args("program", "999"))).getMessage());
		assertEquals("“培训项目”应为编号（正整数），而不是“一千”。",
				assertThrows(ReportException.class, () -> new TrainingCoverageReport().run(f.ws, args("program", "一千"))).getMessage());
		assertEquals("没有编号为 77 的党组织，可能已被删除。", assertThrows(ReportException.class,
				() -> new TrainingCoverageReport().run(f.ws, args("program", "1001", "organization", "77"))).getMessage());
	}

	// ---- 个人培训档案 -------------------------------------------------------------------------

	@Test
	void personalRecordWithTheYearlyCheck() throws ReportException {
		ReportResult r = new PersonRecordReport().run(f.ws, args("person", "101", "asOf", "2025-12-31"));
		assertEquals("张三个人培训档案", r.title());
		assertEquals(List.of("班次", "培训项目", "开始日期", "结束日期", "培训形式", "学员状态", "学时", "天数", "备注"), names(r));
		assertRows(List.of(row("2025年新任村干部轮训第一期", "2025年新任村干部轮训", LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 12), "党校", "结业",
				new BigDecimal("9"), 3, null), row("合计", null, null, null, null, null, new BigDecimal("9"), 3)), r);
		assertEquals("姓名：张三　单位：城关镇第一党支部　职务：村党支部书记　职级：乡科级", r.notes().get(0));
		// 乡科级: 12 days or 90 学时 a year
		assertEquals("学时要求：2025-01-01 至 2025-12-31 共 9 学时、3 天，未达到每年 12 天或 90 学时的要求，还差 81 学时或 9 天", r.notes().get(1));
		assertEquals("各年学时：2025年 9 学时", r.notes().get(2));
		assertEquals("统计截止日期：2025-12-31", r.notes().get(3));
	}

	@Test
	void aWithdrawnClassIsListedButNotCounted() throws ReportException {
		ReportResult r = new PersonRecordReport().run(f.ws, args("person", "102", "asOf", "2025-12-31"));
		assertRows(List.of(row("2025年新任村干部轮训第一期", "2025年新任村干部轮训", LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 12), "党校", "退训",
				new BigDecimal("6"), 2, "退训，不计入学时和天数"), row("合计", null, null, null, null, null, BigDecimal.ZERO, 0)), r);
		assertEquals("姓名：李四　单位：城关镇第一党支部　职务：村委会主任　职级：无", r.notes().get(0));
	}

	@Test
	void personalRecordOfSomeoneWithoutClasses() throws ReportException {
		ReportResult r = new PersonRecordReport().run(f.ws, args("person", "109", "asOf", "2025-12-31"));
		assertRows(List.of(row("合计", null, null, null, null, null, BigDecimal.ZERO, 0)), r);
		assertEquals("没有编号为 5 的人员，可能已被删除。",
				assertThrows(ReportException.class, () -> new PersonRecordReport().run(f.ws, args("person", "5"))).getMessage());
		assertEquals("“统计截止日期”应为日期（如 2026-03-01），而不是“2025-02-30”。", assertThrows(ReportException.class,
				() -> new PersonRecordReport().run(f.ws, args("person", "101", "asOf", "2025-02-30"))).getMessage());
	}

	// ---- 班次出勤率 --------------------------------------------------------------------------

	@Test
	void attendanceByClassOfAProgram() throws ReportException {
		ReportResult r = new AttendanceRateReport().run(f.ws, args("program", "1001", "asOf", "2025-12-31"));
		assertEquals("2025年新任村干部轮训各班次出勤率统计表", r.title());
		assertEquals(List.of("班次", "开始日期", "结束日期", "培训形式", "学员人数", "课程数", "应到", "实到", "请假", "缺勤", "出勤率"), names(r));
		// 第一期: 4 trainees × 3 courses; 李四 on leave once, 吴十 absent once and without a record once
		// 第二期: 3 × 2; 王五 absent once, 周九 without any record
		assertRows(List.of(
				row("2025年新任村干部轮训第一期", LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 12), "党校", 4, 3, 12, 9, 1, 2, 0.75),
				row("2025年新任村干部轮训第二期", LocalDate.of(2025, 6, 2), LocalDate.of(2025, 6, 3), "党校", 3, 2, 6, 3, 0, 3, 0.5),
				row("合计", null, null, null, null, null, 18, 12, 1, 5, 12 / 18.0)), r);
		assertTrue(r.notes().contains("合计：应到 18 人次，实到 12 人次，请假 1 人次，缺勤 5 人次，出勤率 66.7%。"), r.notes()::toString);
		assertEquals(new ChartSpec(ChartSpec.Kind.BAR, "出勤率", 0, List.of(10), 2), r.chart().orElseThrow());
	}

	@Test
	void attendanceByCourseOfAClassWhileItRuns() throws ReportException {
		ReportResult after = new AttendanceRateReport().run(f.ws, args("class", "2001", "asOf", "2025-12-31"));
		assertEquals("2025年新任村干部轮训第一期出勤率统计表", after.title());
		LocalDateTime nine = LocalDateTime.of(2025, 3, 10, 9, 0);
		BigDecimal three = new BigDecimal("3");
		assertRows(List.of(row("学习贯彻党的二十届三中全会精神", "党校教师", nine, three, 4, 4, 0, 0, 1.0),
				row("乡村振兴政策解读", "党校教师", nine.plusDays(1), three, 4, 3, 0, 1, 0.75),
				row("基层党组织建设", "党校教师", nine.plusDays(2), three, 4, 2, 1, 1, 0.5), row("合计", null, null, new BigDecimal("9"), 12, 9, 1, 2, 0.75)),
				after);
		// on the second day 吴十's missing row for the third course is still pending, not absent
		ReportResult during = new AttendanceRateReport().run(f.ws, args("class", "2001", "asOf", "2025-03-11"));
		assertEquals(row("基层党组织建设", "党校教师", nine.plusDays(2), three, 3, 2, 1, 0, 2 / 3.0), during.rows().get(2));
	}

	@Test
	void attendanceNeedsAProgramOrAClassOfIt() {
		AttendanceRateReport report = new AttendanceRateReport();
		assertEquals("请填写“培训项目”或“班次”。", assertThrows(ReportException.class, () -> report.run(f.ws, args())).getMessage());
		assertEquals("没有编号为 2999 的班次，可能已被删除。",
				assertThrows(ReportException.class, () -> report.run(f.ws, args("class", "2999"))).getMessage());
		assertEquals("“班次”应为编号（正整数），而不是“-3”。",
				assertThrows(ReportException.class, () -> report.run(f.ws, args("class", "-3"))).getMessage());
	}

	// ---- 第一议题学习台账 ----------------------------------------------------------------------

	@Test
	void firstTopicRegisterOfAYear() throws ReportException {
		ReportResult r = new FirstTopicRegisterReport().run(f.ws, args("year", "2025", "asOf", "2025-12-31"));
		assertEquals("2025年度第一议题学习台账", r.title());
		assertEquals(List.of("题目", "类别", "出处", "发表日期", "组织", "首次学习日期", "会议", "间隔天数", "状态"), names(r));
		assertEquals(List.of("学习材料", "学习材料", "学习材料", "学习材料", "", "第一议题学习", "第一议题学习", "第一议题学习", ""),
				r.columns().stream().map(c -> c.group().orElse("")).toList());
		String m1 = "在中央经济工作会议上的讲话", m2 = "关于加强基层治理的意见";
		LocalDate d1 = LocalDate.of(2025, 1, 10), d2 = LocalDate.of(2025, 3, 1);
		// the 2024 material is not in the 2025 register; 河西乡党委 studied neither
		assertRows(List.of(row(m1, "讲话", "《求是》2025年第2期", d1, "县委", LocalDate.of(2025, 1, 20), "党委会", 10, "按时学习"),
				row(m1, "讲话", "《求是》2025年第2期", d1, "城关镇党委", LocalDate.of(2025, 3, 15), "党委会", 64, "超期学习"),
				row(m1, "讲话", "《求是》2025年第2期", d1, "河西乡党委", null, null, 355, "超期未学习"),
				row(m2, "文件", "中办发", d2, "县委", null, null, 305, "超期未学习"),
				row(m2, "文件", "中办发", d2, "城关镇党委", LocalDate.of(2025, 3, 15), "党委会", 14, "按时学习"),
				row(m2, "文件", "中办发", d2, "河西乡党委", null, null, 305, "超期未学习")), r);
		assertTrue(r.notes().contains("学习材料 2 篇，共 6 条：按时学习 2，超期学习 1，尚未学习 0，超期未学习 3。"), r.notes()::toString);
		assertTrue(r.notes().contains("发表后 30 天内在党委（党组）会议第一议题学习为按时，超过为超期。"), r.notes()::toString);
	}

	@Test
	void firstTopicRegisterOfATownshipWithTheWorkspacesDays() throws Exception {
		ReportResult r = new FirstTopicRegisterReport().run(f.ws, args("year", "2025", "organization", "2", "asOf", "2025-12-31"));
		assertEquals(List.of("超期学习", "按时学习"), r.rows().stream().map(x -> x.get(8)).toList());
		f.ws.execute(Commands.putAll("超期天数", List.of(new Setting(FirstTopicRegisterReport.MAX_DAYS_KEY, "70"))));
		try {
			ReportResult longer = new FirstTopicRegisterReport().run(f.ws, args("year", "2025", "organization", "2", "asOf", "2025-12-31"));
			assertEquals(List.of("按时学习", "按时学习"), longer.rows().stream().map(x -> x.get(8)).toList());
			assertTrue(longer.notes().contains("发表后 70 天内在党委（党组）会议第一议题学习为按时，超过为超期。"));
		} finally {
			f.ws.execute(Commands.remove(new Setting(FirstTopicRegisterReport.MAX_DAYS_KEY, "70")));
		}
	}

	@Test
	void firstTopicRegisterOfAYearWithoutMaterials() throws ReportException {
		ReportResult r = new FirstTopicRegisterReport().run(f.ws, args("year", "2023"));
		assertTrue(r.rows().isEmpty());
		assertTrue(r.notes().contains("2023年没有登记学习材料。"), r.notes()::toString);
		assertEquals("“年度”应为四位年份（1900–2100，如 2026），而不是“25”。",
				assertThrows(ReportException.class, () -> new FirstTopicRegisterReport().run(f.ws, args("year", "25"))).getMessage());
	}

	// ---- 中心组学习记录 ------------------------------------------------------------------------

	@Test
	void centerGroupYearMonthByMonth() throws ReportException {
		ReportResult r = new CenterGroupReport().run(f.ws, args("organization", "2", "year", "2025", "asOf", "2025-12-31"));
		assertEquals("城关镇党委2025年度理论学习中心组学习记录", r.title());
		assertEquals(List.of("月份", "专题", "重点发言", "计划场次", "次数", "学习日期", "参加人次", "请假人次", "状态"), names(r));
		assertEquals(13, r.rows().size());
		assertEquals(row("1月", "学习贯彻党的二十届三中全会精神", "张三、李四", 1, 1, "2025-01-16", 2, 1, "已学习"), r.rows().get(0));
		assertEquals(row("2月", null, null, 0, 0, null, 0, 0, null), r.rows().get(1));
		assertEquals(row("3月", "学习贯彻全国两会精神", null, 1, 1, "2025-03-21", 2, 0, "已学习"), r.rows().get(2));
		assertEquals(row("5月", null, null, 0, 1, "2025-05-10", 1, 0, "已学习"), r.rows().get(4));
		assertEquals(row("6月", "学习党纪学习教育成果", null, 1, 0, null, 0, 0, "未按计划学习"), r.rows().get(5));
		assertEquals(row("合计", null, null, 3, 3, null, 5, 1, null), r.rows().get(12));
		assertEquals(List.of("年度学习计划：专题 3 个，计划场次 3 场。", "实际学习 3 次，参加 5 人次，请假 1 人次。", "未按计划学习的月份 1 个：6月。"),
				r.notes().subList(0, 3));
		assertEquals(List.of(3, 4), r.chart().orElseThrow().valueColumns());
		assertEquals(12, r.chart().orElseThrow().maxCategories());

		ReportResult june = new CenterGroupReport().run(f.ws, args("organization", "2", "year", "2025", "asOf", "2025-06-20"));
		assertEquals("待学习", june.rows().get(5).get(8), "June is not over yet");
	}

	@Test
	void centerGroupWithoutAPlan() throws ReportException {
		ReportResult r = new CenterGroupReport().run(f.ws, args("organization", "5", "year", "2025", "asOf", "2025-12-31"));
		assertEquals("河西乡党委尚无2025年度学习计划，下表只列实际学习。", r.notes().get(0));
		assertEquals(row("合计", null, null, 0, 0, null, 0, 0, null), r.rows().get(12));
		assertEquals("请填写“党组织”。", assertThrows(ReportException.class, () -> new CenterGroupReport().run(f.ws, args("year", "2025"))).getMessage());
	}

	// ---- 会议合规检查 -------------------------------------------------------------------------

	@Test
	void meetingComplianceOfATownshipPerOrganizationAndRule() throws ReportException {
		ReportResult r = new MeetingComplianceReport().run(f.ws, args("year", "2025", "organization", "2", "asOf", "2026-01-10"));
		assertEquals("2025年度会议频次合规检查表", r.title());
		assertEquals(List.of("组织", "规则/会议类型", "应开", "已开", "已达标", "未达标", "临期", "待开展", "状态", "未达标周期"), names(r));
		String months = String.join("、", java.util.stream.IntStream.rangeClosed(1, 12).mapToObj(m -> "2025年" + m + "月").toList());
		// 城关镇党委 is a 党委: neither rule binds it
		assertRows(List.of(row("城关镇第一党支部", "支委会（每月至少1次）", 12, 11, 11, 1, 0, 0, "未达标", "2025年12月"),
				row("城关镇第一党支部", "组织生活会（每年至少1次）", 1, 1, 1, 0, 0, 0, "已达标", null),
				row("城关镇第二党支部", "支委会（每月至少1次）", 12, 0, 0, 12, 0, 0, "未达标", months),
				row("城关镇第二党支部", "组织生活会（每年至少1次）", 1, 0, 0, 1, 0, 0, "未达标", "2025年")), r);
		assertTrue(r.notes().contains("按本工作区的会议频次规则检查。"), r.notes()::toString);
		assertTrue(r.notes().contains("共 4 项（组织 × 规则）：已达标 1，未达标 3，临期 0，待开展 0。"), r.notes()::toString);
		assertTrue(r.notes().contains("按周期计共 26 个：已达标 12，未达标 14，临期 0，待开展 0。"), r.notes()::toString);
	}

	@Test
	void meetingComplianceBeforeTheYearEnds() throws ReportException {
		// on 12-20 December's 支委会 is 临期: the period ends within 14 days and is not met
		ReportResult r = new MeetingComplianceReport().run(f.ws, args("year", "2025", "organization", "3", "asOf", "2025-12-20"));
		assertRows(List.of(row("城关镇第一党支部", "支委会（每月至少1次）", 12, 11, 11, 0, 1, 0, "临期", null),
				row("城关镇第一党支部", "组织生活会（每年至少1次）", 1, 1, 1, 0, 0, 0, "已达标", null)), r);
	}

	@Test
	void meetingComplianceWithTheDefaultRules() throws Exception {
		FrequencyRules stored = f.ws.get(FrequencyRules.class, FrequencyRules.KEY).orElseThrow();
		f.ws.execute(Commands.remove(stored));
		try {
			ReportResult r = new MeetingComplianceReport().run(f.ws, args("year", "2025", "organization", "4", "asOf", "2026-01-10"));
			assertTrue(r.notes().contains("本工作区未设会议频次规则，按默认规则（《中国共产党支部工作条例（试行）》等）检查。"), r.notes()::toString);
			// a branch has six default rules: 支部党员大会, 支委会, 党课, 主题党日, 组织生活会, 对标对表
			assertEquals(6, r.rows().size(), r.rows()::toString);
			assertTrue(r.rows().stream().allMatch(x -> "未达标".equals(x.get(8))));
		} finally {
			f.ws.execute(Commands.putAll("规则", List.of(stored)));
		}
	}

	@Test
	void reportsOnlyRead() throws ReportException {
		long before = f.ws.list(org.dangxiao.model.training.Enrollment.class).size();
		for (var d : BuiltinReports.descriptors()) {
			assertFalse(d.report().parameters().isEmpty(), d.id());
		}
		new AttendanceRateReport().run(f.ws, args("program", "1001"));
		assertEquals(before, f.ws.list(org.dangxiao.model.training.Enrollment.class).size());
	}
}
