package org.dangxiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.dangxiao.model.Commands;
import org.dangxiao.model.WorkspaceSnapshot;
import org.dangxiao.model.audit.ImportBatch;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.model.training.Attendance;
import org.dangxiao.model.training.ClassId;
import org.dangxiao.model.training.ClassMode;
import org.dangxiao.model.training.Course;
import org.dangxiao.model.training.CourseId;
import org.dangxiao.model.training.Enrollment;
import org.dangxiao.model.training.EnrollmentStatus;
import org.dangxiao.model.training.ProgramId;
import org.dangxiao.model.training.TargetRule;
import org.dangxiao.model.training.TrainingClass;
import org.dangxiao.model.training.TrainingProgram;
import org.dangxiao.seed.SeedFiles;
import org.dangxiao.store.Database;
import org.dangxiao.store.JdbcWorkspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dangxiao import} on the corpus files, against a real H2 workspace: output, exit codes and what is written. */
class CliTest {
	static final Path ROOT = Path.of(System.getProperty("dangxiao.root"));
	static final Path CORPUS = ROOT.resolve("bundles/org.dangxiao.imports/test-corpus");
	@TempDir
	Path dir;
	JdbcWorkspace ws;
	final ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();

	@BeforeEach
	void workspace() throws Exception {
		ws = JdbcWorkspace.open(Database.h2(Files.createDirectories(dir.resolve("ws"))));
		WorkspaceSnapshot demo = SeedFiles.read(ROOT.resolve("seeds/demo"));
		ws.replaceAll(demo, "示范数据");
		var program = new TrainingProgram(new ProgramId(1), "2021年新任村干部培训", 2021, TargetRule.everyone(), LocalDate.of(2021, 12, 31),
				BigDecimal.TEN, Optional.empty());
		var k = new TrainingClass(new ClassId(7), program.id(), "第一期", LocalDate.of(2021, 6, 7), LocalDate.of(2021, 6, 11), "州委党校",
				ClassMode.PARTY_SCHOOL, 60, Optional.empty());
		List<Record> records = new ArrayList<>(List.of(program, k));
		List<String> lines = Files.readAllLines(CORPUS.resolve("class.tsv"));
		for (String line : lines.subList(1, lines.size())) {
			String[] f = line.split("\t");
			LocalDate d = LocalDate.parse(f[1]);
			records.add(new Course(new CourseId(100 + Integer.parseInt(f[0])), k.id(), f[4], "", LocalDateTime.of(d, LocalTime.parse(f[2])),
					LocalDateTime.of(d, LocalTime.parse(f[3])), BigDecimal.valueOf(3)));
		}
		demo.people().stream().filter(p -> !p.categories().isEmpty()).limit(40)
				.forEach(p -> records.add(new Enrollment(k.id(), p.id(), EnrollmentStatus.ENROLLED)));
		ws.execute(Commands.putAll("培训班", records));
	}

	@AfterEach
	void close() {
		ws.close();
	}

	private int run(String... args) {
		out.reset();
		err.reset();
		return new Cli(ws, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
				.run(List.of(args));
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void aCleanFileIsImported() throws Exception {
		String file = CORPUS.resolve("signin-machine.xlsx").toString();
		assertEquals(Cli.OK, run("import", file, "--class", "7", "--dry-run"), err());
		assertTrue(out().contains("160"), out());
		assertEquals(List.of(), ws.list(ImportBatch.class), "a dry run writes nothing");
		assertEquals(Cli.OK, run("import", file, "--class", "7"), err());
		assertEquals(160, ws.list(Attendance.class, ws.list(ImportBatch.class).get(0).id()).size());
		WorkspaceSnapshot after = ws.snapshot();
		assertEquals(Cli.OK, run("import", file, "--class", "7"), err());
		assertTrue(out().contains("signin-machine.xlsx"), out());
		assertEquals(after, ws.snapshot(), "importing the same content again changes nothing");
		// the same sheet zipped again (other bytes, other hash): each record replaces a stored one, and it says so
		Path again = dir.resolve("again.xlsx");
		try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(Path.of(file)));
				var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(again))) {
			zip.setLevel(1);
			for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null;) {
				zip.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
				in.transferTo(zip);
			}
		}
		assertEquals(Cli.OK, run("import", again.toString(), "--class", "7", "--dry-run"), err());
		assertTrue(out().contains(Nls.bind(Messages.Cli_REPLACING, 160)), out());
	}

	@Test
	void rejectedRowsStopTheImportUnlessPartialIsAccepted() {
		String file = CORPUS.resolve("problems.xlsx").toString();
		WorkspaceSnapshot before = ws.snapshot();
		assertEquals(Cli.REJECTED, run("import", file, "--class", "7"));
		assertTrue(out().contains("第 12 行") || out().contains("row 12"), out());
		assertEquals(before, ws.snapshot());
		assertEquals(Cli.OK, run("import", file, "--class", "7", "--accept-partial"), err());
		ImportBatch batch = ws.list(ImportBatch.class).get(0);
		assertEquals(batch.accepted(), ws.list(Attendance.class, batch.id()).size());
		assertTrue(batch.rejected() > 0);
	}

	/** A row giving a record per half-day is listed once per half-day, each saying which. */
	@Test
	void rejectedHalfDaysSayWhich() throws Exception {
		Path file = Files.writeString(dir.resolve("半天.csv"), "姓名,身份证号,日期,签到时间（上午）,签到时间（下午）\n无此人,,2021-06-08,8:51,14:49\n",
				StandardCharsets.UTF_8);
		assertEquals(Cli.REJECTED, run("import", file.toString(), "--class", "7"));
		for (var s : List.of(org.dangxiao.imports.Sessions.MORNING, org.dangxiao.imports.Sessions.AFTERNOON)) {
			assertTrue(out().contains("（" + Nls.bind(Messages.Cli_WHO_AT, "无此人", s.label()) + "）")
					|| out().contains("(" + Nls.bind(Messages.Cli_WHO_AT, "无此人", s.label()) + ")"), out());
		}
	}

	@Test
	void badArgumentsSayWhatIsWrong() {
		WorkspaceSnapshot before = ws.snapshot();
		assertEquals(Cli.FAILED, run());
		assertEquals(Cli.FAILED, run("export"));
		assertEquals(Cli.FAILED, run("import", "nowhere.xlsx", "--class", "7"));
		assertTrue(err().contains("nowhere.xlsx"), err());
		assertEquals(Cli.FAILED, run("import", CORPUS.resolve("signin-machine.xlsx").toString(), "--class", "999"));
		assertTrue(err().contains("999") && err().contains("第一期"), "lists the classes there are: " + err());
		assertEquals(Cli.FAILED, run("import", CORPUS.resolve("signin-machine.xlsx").toString(), "--class"));
		assertEquals(Cli.FAILED, run("import", CORPUS.resolve("bomb.xlsx").toString(), "--class", "7"));
		assertTrue(err().contains("bomb.xlsx"), err());
		assertEquals(Cli.FAILED, run("import", CORPUS.resolve("signin-machine.xlsx").toString(), "--class", "7", "--mapping", "无此模板"));
		assertTrue(err().contains("无此模板"), err());
		assertEquals(before, ws.snapshot());
	}
}
