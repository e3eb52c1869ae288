package org.dangxiao.example.qrsignin;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.dangxiao.imports.AttendanceImport;
import org.dangxiao.imports.ClassContext;
import org.dangxiao.imports.ImportException;
import org.dangxiao.imports.ImportPlan;
import org.dangxiao.imports.Mapping;
import org.dangxiao.imports.SheetInfo;
import org.dangxiao.imports.SheetRow;
import org.dangxiao.model.CitizenId;
import org.dangxiao.model.Commands;
import org.dangxiao.model.Gender;
import org.dangxiao.model.OrgId;
import org.dangxiao.model.OrgType;
import org.dangxiao.model.Organization;
import org.dangxiao.model.Person;
import org.dangxiao.model.PersonId;
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
import org.dangxiao.store.Database;
import org.dangxiao.store.JdbcWorkspace;

/**
 * A real H2 workspace with the class of the test export {@code qr-export-test.csv}:
 * 2026年新任村干部培训班第一期, 2026-03-02 to 03-03, four courses (09:00–11:30 and 14:30–17:00 each
 * day) and a roster of the ten trainees the export names. 孙立新, who also scanned, is nobody in
 * the workspace.
 */
final class QrWorkspace implements AutoCloseable {
	static final String EXPORT = "qr-export-test.csv";
	static final LocalDate START = LocalDate.of(2026, 3, 2);
	/** name, ID number, gender: the roster, in the export's order (序号 of their first scan). */
	static final List<String[]> TRAINEES = List.of(new String[] { "王建国", "652301198203154416" },
			new String[] { "李秀兰", "652301198607222622" }, new String[] { "马俊", "652323199001081530" },
			new String[] { "张丽娟", "652323198811300243" }, new String[] { "阿依古丽·买买提", "652301199305173065" },
			new String[] { "刘志强", "652302197909042119" }, new String[] { "陈静", "652301199502121889" },
			new String[] { "赵文斌", "652325198706190356" }, new String[] { "古丽娜尔·吐尔逊", "652327199110271427" },
			new String[] { "周海涛", "652301198404033717" });
	static final String[] COURSE_TITLES = { "开班式暨专题辅导：学习贯彻党的二十届四中全会精神", "乡村振兴政策解读", "基层党组织建设实务", "村级财务管理与监督" };

	final JdbcWorkspace ws;
	final TrainingClass trainingClass;
	final List<Course> courses = new ArrayList<>();
	final List<Person> roster = new ArrayList<>();

	QrWorkspace(Path dir) throws IOException {
		ws = JdbcWorkspace.open(Database.h2(Files.createDirectories(dir)));
		Organization root = new Organization(new OrgId(1), "6523", "中共昌吉回族自治州委员会", OrgType.PARTY_COMMITTEE, Optional.empty());
		Organization town = new Organization(new OrgId(2), "6523-01", "三工镇党委", OrgType.PARTY_COMMITTEE, Optional.of(root.id()));
		for (int i = 0; i < TRAINEES.size(); i++) {
			CitizenId id = CitizenId.of(TRAINEES.get(i)[1]);
			// the 17th digit of the ID number: odd for men
			Gender gender = (TRAINEES.get(i)[1].charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
			roster.add(new Person(new PersonId(i + 1), TRAINEES.get(i)[0], gender, "", id, town.id(), "村党支部委员", Optional.empty(),
					Set.of("新任乡村干部")));
		}
		ws.replaceAll(new WorkspaceSnapshot(List.of(root, town), roster), "扫码签到测试");

		TrainingProgram program = new TrainingProgram(new ProgramId(900_001), "2026年新任村干部培训", 2026, TargetRule.everyone(),
				LocalDate.of(2026, 12, 31), BigDecimal.valueOf(48), Optional.empty());
		trainingClass = new TrainingClass(new ClassId(900_002), program.id(), "2026年新任村干部培训班第一期", START, START.plusDays(1), "州委党校",
				ClassMode.PARTY_SCHOOL, 60, Optional.empty());
		for (int i = 0; i < COURSE_TITLES.length; i++) {
			LocalDate day = START.plusDays(i / 2);
			LocalDateTime start = day.atTime(i % 2 == 0 ? 9 : 14, i % 2 == 0 ? 0 : 30);
			courses.add(new Course(new CourseId(900_100 + i), trainingClass.id(), COURSE_TITLES[i], "党校教师", start, start.plusMinutes(150),
					BigDecimal.valueOf(3)));
		}
		List<Record> records = new ArrayList<>(List.of(program, trainingClass));
		records.addAll(courses);
		roster.forEach(p -> records.add(new Enrollment(trainingClass.id(), p.id(), EnrollmentStatus.ENROLLED)));
		ws.execute(Commands.putAll("培训班", records));
	}

	Person trainee(String name) {
		return roster.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
	}

	/** The plan of {@code file} for the class, as the wizard and the CLI make it. */
	ImportPlan plan(Path file) throws ImportException {
		AttendanceImport.Inspection inspection = inspect(file);
		return AttendanceImport.plan(ws, ClassContext.of(ws, trainingClass), inspection, inspection.defaultSheets(), Map.of(),
				AttendanceImport.Progress.NONE);
	}

	/**
	 * {@link AttendanceImport#inspect} inside OSGi, where the extension point must hand the file to
	 * this plug-in's reader. A plain JVM has no extension registry, so the import would only know
	 * its built-in readers: there the inspection is made the same way with this reader.
	 */
	static AttendanceImport.Inspection inspect(Path file) throws ImportException {
		if (inOsgi()) {
			AttendanceImport.Inspection inspection = AttendanceImport.inspect(file);
			if (!(inspection.reader() instanceof QrSignInReader)) {
				throw new AssertionError("the extension point gave " + inspection.reader().getClass().getName() + " for " + file.getFileName());
			}
			return inspection;
		}
		QrSignInReader reader = new QrSignInReader();
		List<SheetInfo> sheets = reader.sheets(file);
		Map<String, Optional<Mapping>> mappings = new java.util.LinkedHashMap<>();
		Map<String, List<SheetRow>> tops = new java.util.LinkedHashMap<>();
		for (SheetInfo s : sheets) {
			List<SheetRow> top = new ArrayList<>();
			reader.read(file, s, row -> {
				if (!row.isBlank()) {
					top.add(row);
				}
				return top.size() < 40;
			});
			tops.put(s.name(), List.copyOf(top));
			mappings.put(s.name(), Mapping.find(top));
		}
		return new AttendanceImport.Inspection(file, reader, sheets, mappings, tops);
	}

	/**
	 * Whether the tests run inside OSGi (tycho-surefire) rather than on a plain class path: a
	 * bundle's class loader is an {@code org.osgi.framework.BundleReference}, as OSGi's own
	 * FrameworkUtil.getBundle knows it (by name here: the plug-in does not import OSGi).
	 */
	static boolean inOsgi() {
		for (Class<?> c = QrSignInReader.class.getClassLoader().getClass(); c != null; c = c.getSuperclass()) {
			for (Class<?> i : c.getInterfaces()) {
				if (i.getName().equals("org.osgi.framework.BundleReference")) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * A copy of a file of this bundle in {@code dir}: from the test class path, or from the bundle's
	 * folder that the build names in {@code -Dqrsignin.bundle}.
	 */
	static Path copy(String testResource, String bundlePath, Path dir) throws IOException {
		Path target = dir.resolve(testResource);
		try (InputStream in = QrWorkspace.class.getResourceAsStream(testResource)) {
			if (in != null) {
				Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
				return target;
			}
		}
		String bundle = System.getProperty("qrsignin.bundle");
		if (bundle == null) {
			throw new AssertionError(testResource + " is neither on the test class path nor is -Dqrsignin.bundle given");
		}
		return Files.copy(Path.of(bundle, bundlePath), target, StandardCopyOption.REPLACE_EXISTING);
	}

	static Path export(Path dir) throws IOException {
		return copy(EXPORT, "src-test/org/dangxiao/example/qrsignin/" + EXPORT, dir);
	}

	@Override
	public void close() {
		ws.close();
	}
}
