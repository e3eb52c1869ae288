package org.dangxiao.bench;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
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
 * matching roster on an H2 workspace. Prints the time to plan the import (read, map, match,
 * check) and to commit it, each also as a ratio to a reference measured in the same run (reading
 * the file's rows with the streaming reader alone), and the heap in use after reading, which
 * must not grow with the rows.
 */
public final class ImportBench {
	static final int PEOPLE = Integer.getInteger("bench.people", 50_000);
	static final int COURSES = 10;

	private ImportBench() {
	}

	public static void main(String[] args) throws Exception {
		Path dir = Files.createDirectories(Path.of(args[0]));
		System.setProperty("bench.people", String.valueOf(PEOPLE));
		WorkspaceSnapshot snapshot = StoreBench.generate();
		try (JdbcWorkspace ws = JdbcWorkspace.open(Database.h2(Files.createDirectories(dir.resolve("ws"))))) {
			ws.replaceAll(snapshot, "bench");
			var program = new TrainingProgram(new ProgramId(1), "全省村干部轮训", 2026, TargetRule.everyone(), LocalDate.of(2026, 12, 31),
					BigDecimal.valueOf(48), Optional.empty());
			var k = new TrainingClass(new ClassId(2), program.id(), "第一期", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 6), "省委党校",
					ClassMode.PARTY_SCHOOL, PEOPLE, Optional.empty());
			List<Record> records = new ArrayList<>(List.of(program, k));
			List<Course> courses = new ArrayList<>();
			for (int c = 0; c < COURSES; c++) {
				LocalDate d = k.start().plusDays(c / 2);
				LocalTime start = c % 2 == 0 ? LocalTime.of(9, 0) : LocalTime.of(15, 0);
				courses.add(new Course(new CourseId(100 + c), k.id(), "专题课" + (c + 1), "党校教师", LocalDateTime.of(d, start),
						LocalDateTime.of(d, start.plusMinutes(150)), BigDecimal.valueOf(3)));
			}
			records.addAll(courses);
			snapshot.people().forEach(p -> records.add(new Enrollment(k.id(), p.id(), EnrollmentStatus.ENROLLED)));
			ws.execute(Commands.putAll("bench", records));

			Path file = dir.resolve("sign-in.xlsx");
			long t0 = System.nanoTime();
			write(file, snapshot.people(), courses);
			System.out.printf("Import: %,d rows × 12 columns (%,d people × %d courses), %.1f MB .xlsx written in %.1f s%n",
					PEOPLE * COURSES, PEOPLE, COURSES, Files.size(file) / 1e6, seconds(System.nanoTime() - t0));

			long[] cells = { 0 };
			long heapAfterRead[] = { 0 };
			long r0 = System.nanoTime();
			new XlsxReader().read(file, new SheetInfo(0, "签到", false), row -> {
				cells[0] += row.cells().size();
				if (row.number() % 100_000 == 0) {
					heapAfterRead[0] = Math.max(heapAfterRead[0], usedHeapAfterGc());
				}
				return true;
			});
			double reference = seconds(System.nanoTime() - r0);
			System.out.printf("  reference: stream the rows      %8.1f s (%,d cells)%n", reference, cells[0]);
			System.out.printf("  heap in use while streaming     %8.0f MB at most (sampled every 100,000 rows, after GC)%n",
					heapAfterRead[0] / 1e6);

			long p0 = System.nanoTime();
			var inspection = AttendanceImport.inspect(file);
			ImportPlan plan = AttendanceImport.plan(ws, ClassContext.of(ws, k), inspection, inspection.defaultSheets(), Map.of(),
					AttendanceImport.Progress.NONE);
			double planning = seconds(System.nanoTime() - p0);
			System.out.printf("  inspect and plan                %8.1f s (%.1f× reference): %s%n", planning, planning / reference, plan.summary());
			System.out.printf("  heap in use holding the plan    %8.0f MB%n", usedHeapAfterGc() / 1e6);

			long c0 = System.nanoTime();
			ws.execute(plan.command("bench"));
			double commit = seconds(System.nanoTime() - c0);
			System.out.printf("  commit as one command (H2)      %8.1f s (%.1f× reference), %,d attendance rows%n", commit, commit / reference,
					plan.toWrite().size());
		}
	}

	private static long usedHeapAfterGc() {
		System.gc();
		long used = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				used += pool.getUsage().getUsed();
			}
		}
		return used;
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
