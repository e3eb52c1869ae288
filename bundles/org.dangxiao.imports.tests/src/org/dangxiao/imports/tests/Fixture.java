package org.dangxiao.imports.tests;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.dangxiao.model.Commands;
import org.dangxiao.model.Person;
import org.dangxiao.model.WorkspaceSnapshot;
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

/**
 * A real H2 workspace with the demo seed and the class of the test corpus: 2021-06-07 to 06-11, a
 * morning course 09:00–11:30 and an afternoon course 15:00–17:30 each day (class.tsv), and a roster
 * of the first {@link #ROSTER} demo people who have a category (roster.tsv).
 */
final class Fixture implements AutoCloseable {
	static final int ROSTER = 40;
	static final LocalDate START = LocalDate.of(2021, 6, 7);
	static final Path CORPUS = Path.of(System.getProperty("dangxiao.corpus"));
	final JdbcWorkspace ws;
	final WorkspaceSnapshot demo;
	final TrainingClass trainingClass;
	final List<Course> courses = new ArrayList<>();
	final List<Person> roster;

	Fixture(Path dir) throws Exception {
		ws = JdbcWorkspace.open(Database.h2(java.nio.file.Files.createDirectories(dir)));
		demo = SeedFiles.read(Path.of(System.getProperty("dangxiao.root"), "seeds", "demo"));
		ws.replaceAll(demo, "示范数据");
		TrainingProgram program = new TrainingProgram(new ProgramId(900_001), "2021年新任村干部培训", 2021, TargetRule.everyone(),
				LocalDate.of(2021, 12, 31), BigDecimal.valueOf(48), Optional.empty());
		trainingClass = new TrainingClass(new ClassId(900_002), program.id(), "2021年新任村干部培训班第一期", START, START.plusDays(4),
				"州委党校", ClassMode.PARTY_SCHOOL, 60, Optional.empty());
		// the courses of the test corpus (class.tsv): course n has id 900_099 + n
		List<String> lines = java.nio.file.Files.readAllLines(CORPUS.resolve("class.tsv"));
		for (String line : lines.subList(1, lines.size())) {
			String[] f = line.split("\t");
			LocalDate d = LocalDate.parse(f[1]);
			courses.add(new Course(new CourseId(900_099 + Integer.parseInt(f[0])), trainingClass.id(), f[4], "党校教师",
					LocalDateTime.of(d, LocalTime.parse(f[2])), LocalDateTime.of(d, LocalTime.parse(f[3])), BigDecimal.valueOf(3)));
		}
		roster = demo.people().stream().filter(p -> !p.categories().isEmpty()).limit(ROSTER).toList();
		List<Record> records = new ArrayList<>(List.of(program, trainingClass));
		records.addAll(courses);
		roster.forEach(p -> records.add(new Enrollment(trainingClass.id(), p.id(), EnrollmentStatus.ENROLLED)));
		ws.execute(Commands.putAll("培训班", records));
	}

	/** A demo person who is not on the roster. */
	Person outsider() {
		return demo.people().stream().filter(p -> !roster.contains(p)).findFirst().orElseThrow();
	}

	/** The plan of {@code file} for the corpus class, with the sheets and mappings found by themselves. */
	org.dangxiao.imports.ImportPlan plan(Path file) throws org.dangxiao.imports.ImportException {
		var inspection = org.dangxiao.imports.AttendanceImport.inspect(file);
		return org.dangxiao.imports.AttendanceImport.plan(ws, org.dangxiao.imports.ClassContext.of(ws, trainingClass), inspection,
				inspection.defaultSheets(), java.util.Map.of(), org.dangxiao.imports.AttendanceImport.Progress.NONE);
	}

	@Override
	public void close() {
		ws.close();
	}
}
