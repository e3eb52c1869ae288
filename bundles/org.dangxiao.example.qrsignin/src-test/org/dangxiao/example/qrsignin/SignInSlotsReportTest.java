package org.dangxiao.example.qrsignin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dangxiao.model.Commands;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.model.training.Attendance;
import org.dangxiao.model.training.AttendanceStatus;
import org.dangxiao.reports.Arguments;
import org.dangxiao.reports.ChartSpec;
import org.dangxiao.reports.Column;
import org.dangxiao.reports.Parameter;
import org.dangxiao.reports.ReportException;
import org.dangxiao.reports.ReportResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 扫码签到时段分布 on the attendance the test export brings into a real H2 workspace. */
class SignInSlotsReportTest {
	@TempDir
	Path dir;
	QrWorkspace w;
	final SignInSlotsReport report = new SignInSlotsReport();

	@BeforeEach
	void open() throws Exception {
		w = new QrWorkspace(dir.resolve("ws"));
	}

	@AfterEach
	void close() {
		w.close();
	}

	private void importExport() throws Exception {
		w.ws.execute(w.plan(QrWorkspace.export(dir)).command("扫码签到测试"));
	}

	private ReportResult run(Map<String, String> values) throws ReportException {
		return report.run(w.ws, Arguments.of(values));
	}

	private String classId() {
		return Long.toString(w.trainingClass.id().value());
	}

	/** The table as label → count, in the table's order. */
	private static List<String> table(ReportResult r) {
		return r.rows().stream().map(row -> row.get(0) + "=" + row.get(1)).toList();
	}

	private static String before(int from, int to) {
		return Nls.bind(Messages.Slot_BEFORE, from, to);
	}

	private static String after(int from, int to) {
		return Nls.bind(Messages.Slot_AFTER, from, to);
	}

	@Test
	void theScansOfTheTestExportFallIntoTheirSlots() throws Exception {
		importExport();
		// 周海涛 was on leave for the afternoon course: a record without a sign-in time, left out and said so
		w.ws.execute(Commands.add(new Attendance(w.trainee("周海涛").id(), w.courses.get(1).id(), AttendanceStatus.ON_LEAVE, Optional.empty(),
				Optional.empty(), Optional.empty())));

		ReportResult r = run(Map.of("class", classId()));
		assertEquals(Nls.bind(Messages.Report_TITLE, "2026年新任村干部培训班第一期"), r.title());
		assertEquals(List.of(Column.of(Messages.Report_SLOT, Column.Type.TEXT), Column.of(Messages.Report_COUNT, Column.Type.INTEGER),
				Column.of(Messages.Report_SHARE, Column.Type.PERCENT)), r.columns());
		// every slot from the earliest scan (王建国, 67 minutes early) to the latest (赵文斌, 75 minutes late), the empty ones too
		assertEquals(List.of(Nls.bind(Messages.Slot_EARLIER, 60) + "=1", before(50, 60) + "=0", before(40, 50) + "=0", before(30, 40) + "=1",
				before(20, 30) + "=3", before(10, 20) + "=8", before(0, 10) + "=14", after(0, 10) + "=4", after(10, 20) + "=2",
				after(20, 30) + "=1", after(30, 40) + "=0", after(40, 50) + "=0", after(50, 60) + "=0", Nls.bind(Messages.Slot_LATER, 60) + "=1"),
				table(r));
		assertEquals(35L, r.rows().stream().mapToLong(row -> (Long) row.get(1)).sum(), "the 35 accepted scans");
		assertEquals(0.4, (Double) r.rows().get(6).get(2), 1e-9, "14 of 35 came in the last ten minutes");
		assertEquals(List.of(Nls.bind(Messages.Report_NOTE_CLASS, "2026年新任村干部培训班第一期", "2026-03-02", "2026-03-03", 4),
				Nls.bind(Messages.Report_NOTE_COUNTED, 35, 1), Nls.bind(Messages.Report_NOTE_RULE, 10, 60)), r.notes());
		assertEquals(Optional.of(new ChartSpec(ChartSpec.Kind.BAR, Messages.Report_CHART, 0, List.of(1), 14)), r.chart());
	}

	@Test
	void oneCourseInFiveMinuteSlots() throws Exception {
		importExport();
		ReportResult r = run(Map.of("class", classId(), "course", "村级财务", "slot", "５")); // full-width, as typed on a Chinese IME
		assertEquals(Nls.bind(Messages.Report_TITLE_COURSE, "2026年新任村干部培训班第一期", "村级财务"), r.title());
		assertEquals(List.of(before(15, 20) + "=1", before(10, 15) + "=1", before(5, 10) + "=1", before(0, 5) + "=3", after(0, 5) + "=0",
				after(5, 10) + "=1", after(10, 15) + "=0", after(15, 20) + "=0", after(20, 25) + "=0", after(25, 30) + "=0",
				Nls.bind(Messages.Slot_LATER, 30) + "=1"), table(r));
	}

	@Test
	void aClassWithoutSignInsGivesAnEmptyTableThatSaysWhy() throws Exception {
		ReportResult r = run(Map.of("class", classId()));
		assertEquals(List.of(), r.rows());
		assertEquals(Optional.empty(), r.chart());
		assertEquals(Messages.Report_NOTE_NONE, r.notes().get(r.notes().size() - 1));
	}

	@Test
	void badArgumentsGiveASentence() {
		List<String> messages = new ArrayList<>();
		for (Map<String, String> values : List.of(Map.of("class", "424242"), Map.of("class", classId(), "course", "外语"),
				Map.of("class", classId(), "slot", "0"), Map.of("class", classId(), "slot", "十"), Map.<String, String>of())) {
			messages.add(assertThrows(ReportException.class, () -> run(values)).getMessage());
		}
		assertEquals(List.of(Nls.bind(Messages.Report_NO_CLASS, 424242), Nls.bind(Messages.Report_NO_COURSE, "2026年新任村干部培训班第一期", "外语"),
				Nls.bind(Messages.Report_BAD_SLOT, Messages.Report_SLOT_MINUTES, "0"), Nls.bind(Messages.Report_BAD_SLOT, Messages.Report_SLOT_MINUTES, "十"),
				Nls.bind(org.dangxiao.reports.Messages.Arguments_MISSING, Messages.Report_CLASS)), messages);
	}

	@Test
	void theParametersAreWhatAFormAsksFor() {
		assertEquals(List.of(new Parameter("class", Messages.Report_CLASS, Parameter.Kind.CLASS, true, Optional.empty()),
				new Parameter("course", Messages.Report_COURSE, Parameter.Kind.TEXT, false, Optional.empty()),
				new Parameter("slot", Messages.Report_SLOT_MINUTES, Parameter.Kind.TEXT, false, Optional.of("10"))), report.parameters());
	}
}
