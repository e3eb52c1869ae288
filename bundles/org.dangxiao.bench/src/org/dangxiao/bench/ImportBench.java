package org.dangxiao.bench;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.dangxiao.imports.AttendanceImport;
import org.dangxiao.imports.ClassContext;
import org.dangxiao.imports.ImportPlan;
import org.dangxiao.imports.SheetInfo;
import org.dangxiao.imports.readers.XlsxReader;
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
import org.dangxiao.store.Database;
import org.dangxiao.store.JdbcWorkspace;

/**
 * ./dx bench import: a 500,000-row × 12-column sign-in .xlsx (50,000 people × 10 courses) and the
 * matching roster on an H2 workspace. Prints our parse speed against FastExcel's and POI usermodel's
 * on the same file in the same run, the end-to-end import (parse, match, check, commit) against
 * FastExcel's parse time, and whether the whole import succeeds in a 256 MB heap.
 */
public final class ImportBench {
	static final int PEOPLE = Integer.getInteger("bench.people", 50_000);
	static final int COURSES = 10;
	static final ClassId CLASS = new ClassId(2);

	private ImportBench() {
	}

	/**
	 * {@code prepare DIR}: the workspace (copied for the second run) and the file; {@code measure DIR
	 * CLASSPATH PARSE-OTHERS.java}: the figures, the other parsers in JVMs of their own; {@code tight
	 * DIR}: the whole import again on the copy, in whatever heap the JVM was given (-Xmx256m).
	 */
	public static void main(String[] args) throws Exception {
		Path dir = Files.createDirectories(Path.of(args[1]));
		switch (args[0]) {
		case "prepare" -> prepare(dir);
		case "measure" -> measure(dir, args[2], Path.of(args[3]));
		case "tight" -> tight(dir);
		default -> throw new IllegalArgumentException(args[0]);
		}
	}

	private static void prepare(Path dir) throws Exception {
		System.setProperty("bench.people", String.valueOf(PEOPLE));
		WorkspaceSnapshot snapshot = StoreBench.generate();
		List<Course> courses = new ArrayList<>();
		try (JdbcWorkspace ws = JdbcWorkspace.open(Database.h2(Files.createDirectories(dir.resolve("ws"))))) {
			ws.replaceAll(snapshot, "bench");
			var program = new TrainingProgram(new ProgramId(1), "全省村干部轮训", 2026, TargetRule.everyone(), LocalDate.of(2026, 12, 31),
					BigDecimal.valueOf(48), Optional.empty());
			var k = new TrainingClass(CLASS, program.id(), "第一期", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 6), "省委党校",
					ClassMode.PARTY_SCHOOL, PEOPLE, Optional.empty());
			List<Record> records = new ArrayList<>(List.of(program, k));
			for (int c = 0; c < COURSES; c++) {
				LocalDate d = k.start().plusDays(c / 2);
				LocalTime start = c % 2 == 0 ? LocalTime.of(9, 0) : LocalTime.of(15, 0);
				courses.add(new Course(new CourseId(100 + c), k.id(), "专题课" + (c + 1), "党校教师", LocalDateTime.of(d, start),
						LocalDateTime.of(d, start.plusMinutes(150)), BigDecimal.valueOf(3)));
			}
			records.addAll(courses);
			snapshot.people().forEach(p -> records.add(new Enrollment(k.id(), p.id(), EnrollmentStatus.ENROLLED)));
			ws.execute(Commands.putAll("bench", records));
		}
		copy(dir.resolve("ws"), Files.createDirectories(dir.resolve("ws-tight")));
		Path file = dir.resolve("sign-in.xlsx");
		long t0 = System.nanoTime();
		write(file, snapshot.people(), courses);
		System.out.printf("Import: %,d rows × 12 columns (%,d people × %d courses), %.1f MB .xlsx written in %.1f s%n",
				PEOPLE * COURSES, PEOPLE, COURSES, Files.size(file) / 1e6, seconds(System.nanoTime() - t0));
	}

	private static void copy(Path from, Path to) throws Exception {
		try (var files = Files.list(from)) {
			for (Path f : files.toList()) {
				Files.copy(f, to.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			}
		}
	}

	/**
	 * Seconds another parser takes, run as "java -Xmx12g -cp CLASSPATH ParseOthers.java ENGINE FILE";
	 * empty when it fails (POI's usermodel runs out of a 4 GB heap on this file).
	 */
	private static java.util.OptionalDouble others(String engine, String classpath, Path source, Path file) throws Exception {
		Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx12g", "-cp", classpath,
				source.toString(), engine, file.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
		String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
		var last = out.lines().filter(l -> l.matches("\\d+ \\d+ [0-9.E-]+")).reduce((a, b) -> b);
		if (p.waitFor() != 0 || last.isEmpty()) {
			return java.util.OptionalDouble.empty();
		}
		return java.util.OptionalDouble.of(Double.parseDouble(last.get().split(" ")[2]));
	}

	private static void measure(Path dir, String classpath, Path source) throws Exception {
		Path file = dir.resolve("sign-in.xlsx");
		long[] cells = { 0 };
		long r0 = System.nanoTime();
		new XlsxReader().read(file, new SheetInfo(0, "签到", false), row -> {
			cells[0] += row.cells().size();
			return true;
		});
		double ours = seconds(System.nanoTime() - r0);
		int rows = PEOPLE * COURSES + 2;
		double fast = others("fastexcel", classpath, source, file).orElseThrow(() -> new IllegalStateException("FastExcel failed"));
		var usermodel = others("poi-usermodel", classpath, source, file);
		System.out.printf("  parse only, rows per second (the same file, this run):%n");
		System.out.printf("    FastExcel 1.3.0 (reference)     %,10.0f rows/s  %6.1f s%n", rows / fast, fast);
		if (usermodel.isPresent()) {
			System.out.printf("    POI 5.4.1 usermodel             %,10.0f rows/s  %6.1f s  (%.2f× FastExcel's speed)%n", rows / usermodel.getAsDouble(),
					usermodel.getAsDouble(), fast / usermodel.getAsDouble());
		} else {
			System.out.printf("    POI 5.4.1 usermodel             failed: out of memory in a 12 GB heap%n");
		}
		System.out.printf("    ours (XlsxReader, Aalto SAX)    %,10.0f rows/s  %6.1f s  (%.2f× FastExcel's speed) -> %s%n", rows / ours, ours,
				fast / ours, ours <= fast ? "met" : "NOT met");
		try (JdbcWorkspace ws = JdbcWorkspace.open(Database.h2(dir.resolve("ws"))); HeapPeak heap = new HeapPeak()) {
			double[] phases = endToEnd(ws, file);
			double total = phases[0] + phases[1];
			System.out.printf("  end to end: parse, match, check, commit to H2  %6.1f s (%.2f× FastExcel's parse; target 2×) -> %s%n", total,
					total / fast, total <= 2 * fast ? "met" : "NOT met");
			System.out.printf("    of which: read and plan %.1f s, commit %.1f s%n", phases[0], phases[1]);
			System.out.printf("  peak heap in use (-Xmx%d MB)  %6.0f MB%n", Runtime.getRuntime().maxMemory() >> 20, heap.peak() / 1e6);
		}
	}

	private static void tight(Path dir) throws Exception {
		try (JdbcWorkspace ws = JdbcWorkspace.open(Database.h2(dir.resolve("ws-tight"))); HeapPeak heap = new HeapPeak()) {
			double[] phases = endToEnd(ws, dir.resolve("sign-in.xlsx"));
			System.out.printf("  the whole import under -Xmx%d MB: done in %.1f s, peak heap in use %.0f MB -> met%n",
					Runtime.getRuntime().maxMemory() >> 20, phases[0] + phases[1], heap.peak() / 1e6);
		}
	}

	/** Seconds to read and plan, and to commit. */
	private static double[] endToEnd(JdbcWorkspace ws, Path file) throws Exception {
		long t0 = System.nanoTime();
		var inspection = AttendanceImport.inspect(file);
		TrainingClass k = ws.get(TrainingClass.class, CLASS).orElseThrow();
		ImportPlan plan = AttendanceImport.plan(ws, ClassContext.of(ws, k), inspection, inspection.defaultSheets(), Map.of(),
				AttendanceImport.Progress.NONE);
		long t1 = System.nanoTime();
		ws.execute(plan.command("bench"));
		if (plan.toWrite().size() != PEOPLE * COURSES) {
			throw new IllegalStateException(plan.summary());
		}
		return new double[] { seconds(t1 - t0), seconds(System.nanoTime() - t1) };
	}

	/**
	 * The most heap in use at once, sampled every 20 ms. (The pools' own peaks are each pool's
	 * highest at any time; their sum can exceed -Xmx.)
	 */
	private static final class HeapPeak implements AutoCloseable {
		private final java.util.concurrent.atomic.AtomicLong peak = new java.util.concurrent.atomic.AtomicLong();
		private final Thread sampler = Thread.ofPlatform().daemon().start(() -> {
			var memory = ManagementFactory.getMemoryMXBean();
			while (!Thread.currentThread().isInterrupted()) {
				peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
				try {
					Thread.sleep(20);
				} catch (InterruptedException e) {
					return;
				}
			}
		});

		long peak() {
			return peak.get();
		}

		@Override
		public void close() {
			sampler.interrupt();
		}
	}

	private static void write(Path file, List<Person> people, List<Course> courses) throws Exception {
		try (SXSSFWorkbook wb = new SXSSFWorkbook(500); OutputStream out = Files.newOutputStream(file)) {
			wb.setCompressTempFiles(true);
			Sheet sheet = wb.createSheet("签到");
			CellStyle time = wb.createCellStyle();
			time.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
			sheet.createRow(0).createCell(0).setCellValue("全省村干部轮训第一期签到表");
			String[] header = { "序号", "姓名", "性别", "身份证号", "单位", "职务", "手机号", "课程名称", "签到时间", "签退时间", "状态", "备注" };
			Row h = sheet.createRow(1);
			for (int i = 0; i < header.length; i++) {
				h.createCell(i).setCellValue(header[i]);
			}
			int r = 2;
			for (Course c : courses) {
				for (Person p : people) {
					Row row = sheet.createRow(r);
					row.createCell(0).setCellValue(r - 1);
					row.createCell(1).setCellValue(p.name());
					row.createCell(2).setCellValue(p.gender() == org.dangxiao.model.Gender.MALE ? "男" : "女");
					row.createCell(3).setCellValue(p.citizenId().value());
					row.createCell(4).setCellValue("第" + p.organization().value() + "村党支部");
					row.createCell(5).setCellValue(p.post());
					row.createCell(6).setCellValue("1390000" + String.format("%04d", r % 10_000));
					row.createCell(7).setCellValue(c.title());
					var in = row.createCell(8);
					in.setCellValue(c.start().minusMinutes(r % 30));
					in.setCellStyle(time);
					var outCell = row.createCell(9);
					outCell.setCellValue(c.end().plusMinutes(r % 7));
					outCell.setCellStyle(time);
					row.createCell(10).setCellValue(r % 23 == 0 ? "请假" : r % 17 == 0 ? "迟到" : "出勤");
					row.createCell(11).setCellValue("");
					r++;
				}
			}
			wb.write(out);
		}
	}

	static double seconds(long nanos) {
		return nanos / 1e9;
	}
}
