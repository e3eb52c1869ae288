package org.dangxiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dangxiao.model.Commands;
import org.dangxiao.model.Organization;
import org.dangxiao.model.WorkspaceSnapshot;
import org.dangxiao.model.study.Meeting;
import org.dangxiao.model.study.MeetingId;
import org.dangxiao.model.study.MeetingType;
import org.dangxiao.reports.ReportDescriptor;
import org.dangxiao.reports.Reports;
import org.junit.jupiter.api.Test;

/** {@code dangxiao report} on the demo workspace with the built-in reports. */
class ReportCommandTest extends CliFixture {
	static final String COMPLIANCE = "org.dangxiao.reports.meetingCompliance";
	static final String PERSON_RECORD = "org.dangxiao.reports.personRecord";

	@Test
	void listsEveryReport() {
		assertEquals(Cli.OK, run("report", "--list"), both());
		List<ReportDescriptor> all = Reports.all();
		assertFalse(all.isEmpty());
		for (ReportDescriptor d : all) {
			assertTrue(out().contains(d.id() + "\t" + d.name() + "\t" + d.category()), d.id() + " in " + out());
		}
		assertEquals(Cli.OK, run("report", COMPLIANCE, "--help"), both());
		assertTrue(out().contains("year") && out().contains("organization"), "the parameters: " + out());
	}

	@Test
	void writesAReadableRegister() throws Exception {
		Organization branch = branch();
		ws.execute(Commands.putAll("会议", List.of(new Meeting(new MeetingId(9001), MeetingType.BRANCH_COMMITTEE_MEETING, LocalDate.of(2024, 1, 9),
				branch.id(), Optional.empty(), List.of(), List.of(), ""))));
		WorkspaceSnapshot before = snapshot();
		Path xlsx = dir.resolve("会议合规.xlsx");
		assertEquals(Cli.OK, run("report", COMPLIANCE, "--out", xlsx.toString(), "--param", "year=2024", "--param", "organization=" + branch.code(),
				"--param", "asOf=2024-06-10"), both());
		assertTrue(out().contains("2024") && out().contains(xlsx.getFileName().toString()), out());
		assertEquals(before, snapshot(), "a report only reads");
		List<String> cells = new ArrayList<>();
		try (InputStream in = Files.newInputStream(xlsx); Workbook wb = new XSSFWorkbook(in)) {
			Sheet sheet = wb.getSheetAt(0);
			assertTrue(sheet.getLastRowNum() > 2, "a title, a header and rows");
			for (Row row : sheet) {
				row.forEach(c -> cells.add(c.toString()));
			}
		}
		String text = String.join("|", cells);
		assertTrue(text.contains("2024") && text.contains(branch.name()) && text.contains("支委会"), text);
		// the row count printed is the report's: one row per organization and applicable rule
		assertTrue(out().matches("(?s).*共 \\d+ 行.*"), out());
	}

	@Test
	void unknownReportsAndBadParametersAreSentences() {
		WorkspaceSnapshot before = snapshot();
		String xlsx = dir.resolve("out.xlsx").toString();
		assertEquals(Cli.FAILED, run("report", "no.such.report", "--out", xlsx));
		assertTrue(err().contains("no.such.report") && err().contains("--list"), err());
		assertEquals(Cli.FAILED, run("report"));
		assertEquals(Cli.FAILED, run("report", COMPLIANCE), "no --out");
		assertTrue(err().contains("--out"), err());
		assertEquals(Cli.FAILED, run("report", PERSON_RECORD, "--out", xlsx), "the person is required");
		assertTrue(err().contains("person"), err());
		assertEquals(Cli.FAILED, run("report", PERSON_RECORD, "--out", xlsx, "--param", "person=99999999"));
		assertTrue(err().contains("99999999"), "no such person: " + err());
		assertEquals(Cli.FAILED, run("report", COMPLIANCE, "--out", xlsx, "--param", "year=20x6"));
		assertTrue(err().contains("20x6"), err());
		assertEquals(Cli.FAILED, run("report", COMPLIANCE, "--out", xlsx, "--param", "colour=red"));
		assertTrue(err().contains("colour") && err().contains("year"), "names the parameters there are: " + err());
		assertEquals(Cli.FAILED, run("report", COMPLIANCE, "--out", xlsx, "--param", "year"));
		assertEquals(Cli.FAILED, run("report", COMPLIANCE, "--out", xlsx, "--param", "year=2024", "--param", "year=2023"));
		assertEquals(Cli.FAILED, run("report", COMPLIANCE, "--out", xlsx, "--param", "organization=无此组织"));
		assertTrue(err().contains("无此组织"), err());
		assertFalse(Files.exists(Path.of(xlsx)), "nothing written");
		assertFalse(err().contains("Exception"), err());
		assertEquals(before, snapshot());
	}

	@Test
	void anUnwritableOutputPathIsRefusedBeforeTheReportRuns() throws Exception {
		String missingFolder = dir.resolve("没有这个文件夹/out.xlsx").toString();
		assertEquals(Cli.FAILED, run("report", COMPLIANCE, "--out", missingFolder, "--param", "year=2024"));
		assertTrue(err().contains("没有这个文件夹"), err());
		assertEquals(Cli.FAILED, run("report", COMPLIANCE, "--out", dir.toString(), "--param", "year=2024"), "a folder");
		assertEquals(Cli.FAILED, run("report", COMPLIANCE, "--out", dir.resolve("out.csv").toString(), "--param", "year=2024"));
		assertTrue(err().contains(".xlsx"), err());
		Path file = Files.writeString(dir.resolve("a-file"), "x");
		assertEquals(Cli.FAILED, run("report", COMPLIANCE, "--out", file.resolve("out.xlsx").toString(), "--param", "year=2024"),
				"a file where the folder should be");
		assertEquals(List.of("a-file", "ws"), Files.list(dir).map(p -> p.getFileName().toString()).sorted().toList(), "nothing left behind");
	}
}
