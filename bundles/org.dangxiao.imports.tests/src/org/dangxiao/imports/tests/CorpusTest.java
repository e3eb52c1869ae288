package org.dangxiao.imports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.dangxiao.imports.AttendanceImport;
import org.dangxiao.imports.ClassContext;
import org.dangxiao.imports.ImportException;
import org.dangxiao.imports.ImportPlan;
import org.dangxiao.imports.PlannedRow;
import org.dangxiao.imports.Reason;
import org.dangxiao.imports.SheetInfo;
import org.dangxiao.model.Person;
import org.dangxiao.model.WorkspaceSnapshot;
import org.dangxiao.model.training.AttendanceStatus;
import org.dangxiao.model.training.CourseId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus of real-shaped files saved by LibreOffice Calc (test-corpus/, made by make-corpus.py):
 * every data row of every good and problem file is planned exactly as expected/FILE.tsv says, and
 * every broken file is refused with a sentence, changing nothing.
 */
class CorpusTest {
	@TempDir
	static Path dir;
	static Fixture f;

	@BeforeAll
	static void open() throws Exception {
		f = new Fixture(dir.resolve("ws"));
		List<String> roster = Files.readAllLines(Fixture.CORPUS.resolve("roster.tsv"));
		assertEquals(f.roster.stream().map(p -> p.id().value() + "\t" + p.name()).toList(),
				roster.subList(1, roster.size()).stream().map(l -> l.split("\t")[0] + "\t" + l.split("\t")[1]).toList(),
				"the corpus was made for this roster");
	}

	@AfterAll
	static void close() {
		f.close();
	}

	private static ImportPlan plan(String name) throws ImportException {
		var inspection = AttendanceImport.inspect(Fixture.CORPUS.resolve(name));
		return AttendanceImport.plan(f.ws, ClassContext.of(f.ws, f.trainingClass), inspection, inspection.defaultSheets(), Map.of(),
				AttendanceImport.Progress.NONE);
	}

	private static Optional<LocalDateTime> time(String s) {
		return s.isEmpty() ? Optional.empty() : Optional.of(LocalDateTime.parse(s));
	}

	private static void check(String file) throws Exception {
		ImportPlan plan = plan(file);
		List<String> lines = Files.readAllLines(Fixture.CORPUS.resolve("expected").resolve(file + ".tsv"));
		List<String> problems = new ArrayList<>();
		for (String line : lines.subList(1, lines.size())) {
			String[] e = (line + "\t").split("\t", -1);
			String sheet = e[0], name = e[2], citizenId = e[3], course = e[4], outcome = e[8], reason = e[9];
			int row = Integer.parseInt(e[1]);
			Optional<CourseId> courseId = course.isEmpty() ? Optional.empty() : Optional.of(new CourseId(900_099 + Integer.parseInt(course)));
			List<PlannedRow> found = plan.rows().stream().filter(r -> (sheet.isEmpty() || r.sheet().equals(sheet)) && r.row() == row
					&& (courseId.isEmpty() || r.course().equals(courseId))).toList();
			if (found.size() != 1) {
				problems.add(line + " -> " + found.size() + " planned rows");
				continue;
			}
			PlannedRow p = found.get(0);
			if (!p.outcome().name().equalsIgnoreCase(outcome)) {
				problems.add(line + " -> " + p.outcome() + " " + p.reasons());
				continue;
			}
			if (!reason.isEmpty() && !p.reasons().contains(Reason.valueOf(reason.toUpperCase(Locale.ROOT)))) {
				problems.add(line + " -> reasons " + p.reasons());
				continue;
			}
			if (p.attendance().isPresent()) {
				var a = p.attendance().get();
				Person person = f.ws.person(a.person()).orElseThrow();
				boolean ok = (citizenId.isEmpty() || person.citizenId().value().equals(citizenId))
						&& a.signIn().equals(time(e[5])) && a.signOut().equals(time(e[6]))
						&& (e[7].equals("?") || a.status() == AttendanceStatus.valueOf(e[7]));
				if (!ok) {
					problems.add(line + " -> " + person.name() + " " + person.citizenId() + " " + a);
				}
			}
		}
		assertEquals(List.of(), problems, file);
		assertEquals(lines.size() - 1, plan.rows().size(), file + ": nothing more was planned than the file holds");
	}

	@Test
	void signInMachineExport() throws Exception {
		check("signin-machine.xlsx");
	}

	@Test
	void classHeadWorkbookAsXls() throws Exception {
		check("class-head.xls");
	}

	@Test
	void classHeadWorkbookAsXlsx() throws Exception {
		check("class-head.xlsx");
		var sheets = AttendanceImport.inspect(Fixture.CORPUS.resolve("class-head.xlsx")).sheets();
		assertEquals(List.of("6月7日", "6月8日", "6月9日", "6月10日", "6月11日", "旧名单"), sheets.stream().map(SheetInfo::name).toList());
		assertTrue(sheets.get(5).hidden(), "the hidden sheet is known as hidden, and not read by default");
	}

	@Test
	void weChatFormsInThreeEncodingsAndDelimiters() throws Exception {
		check("wechat-form.csv");
		check("wechat-form-gb18030.csv");
		check("tab-separated.txt");
	}

	@Test
	void problemRowsGetTheirReasons() throws Exception {
		check("problems.xlsx");
	}

	@Test
	void aMillionTrailingEmptyRowsAreSkipped() throws Exception {
		check("trailing-empty.xlsx");
	}

	@Test
	void brokenFilesAreRefusedWithASentence() throws Exception {
		WorkspaceSnapshot before = f.ws.snapshot();
		for (String name : List.of("corrupt.xlsx", "bomb.xlsx", "not-a-spreadsheet.xlsx", "password.xlsx", "empty.csv", "header-only.xlsx",
				"long-cell.csv", "wrong-columns.csv")) {
			var e = assertThrows(ImportException.class, () -> plan(name), name);
			assertTrue(e.getMessage().contains(name), name + ": " + e.getMessage());
		}
		assertEquals(before, f.ws.snapshot());
	}
}
