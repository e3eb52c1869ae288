package org.dangxiao.example.qrsignin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.dangxiao.imports.ImportPlan;
import org.dangxiao.imports.PlannedRow;
import org.dangxiao.imports.Reason;
import org.dangxiao.model.audit.ImportBatch;
import org.dangxiao.model.training.Attendance;
import org.dangxiao.model.training.AttendanceStatus;
import org.dangxiao.model.training.Course;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The test export imported into a class of a real H2 workspace, the way the wizard and the CLI do it. */
class QrImportTest {
	@TempDir
	Path dir;
	QrWorkspace w;

	@BeforeEach
	void open() throws Exception {
		w = new QrWorkspace(dir.resolve("ws"));
	}

	@AfterEach
	void close() {
		w.close();
	}

	/** An accepted row: who, which course (index into the class's courses), status, sign-in time. */
	private record Expected(int row, String name, int course, AttendanceStatus status, String signIn) {
	}

	private static Expected ok(int row, String name, int course, String signIn) {
		return new Expected(row, name, course, AttendanceStatus.PRESENT, signIn);
	}

	private static Expected late(int row, String name, int course, String signIn) {
		return new Expected(row, name, course, AttendanceStatus.LATE, signIn);
	}

	/** Every scan of qr-export-test.csv that must be accepted, by its line in the file. */
	static final List<Expected> ACCEPTED = List.of(
			ok(6, "王建国", 0, "2026-03-02T08:27:31"), ok(7, "李秀兰", 0, "2026-03-02T08:31:05"), ok(8, "马俊", 0, "2026-03-02T08:38:40"),
			ok(9, "张丽娟", 0, "2026-03-02T08:44:12"), ok(10, "阿依古丽·买买提", 0, "2026-03-02T08:49:58"), ok(11, "刘志强", 0, "2026-03-02T08:52:20"),
			ok(12, "陈静", 0, "2026-03-02T08:55:03"), ok(13, "赵文斌", 0, "2026-03-02T08:58:47"), late(14, "古丽娜尔·吐尔逊", 0, "2026-03-02T09:03:15"),
			late(15, "周海涛", 0, "2026-03-02T09:12:40"),
			ok(16, "王建国", 1, "2026-03-02T14:02:10"), ok(17, "李秀兰", 1, "2026-03-02T14:11:45"), ok(18, "马俊", 1, "2026-03-02T14:18:30"),
			ok(19, "张丽娟", 1, "2026-03-02T14:21:02"), ok(20, "阿依古丽·买买提", 1, "2026-03-02T14:25:55"), ok(21, "刘志强", 1, "2026-03-02T14:28:40"),
			ok(22, "陈静", 1, "2026-03-02T14:29:59"), late(23, "赵文斌", 1, "2026-03-02T14:41:20"),
			ok(24, "古丽娜尔·吐尔逊", 1, "2026-03-02T14:35:00"), // 补签 by the class head
			ok(26, "王建国", 2, "2026-03-03T07:52:18"), ok(27, "李秀兰", 2, "2026-03-03T08:40:11"), ok(29, "马俊", 2, "2026-03-03T08:47:36"),
			ok(30, "张丽娟", 2, "2026-03-03T08:53:09"), ok(31, "阿依古丽·买买提", 2, "2026-03-03T08:56:30"), ok(32, "刘志强", 2, "2026-03-03T08:59:02"),
			late(33, "陈静", 2, "2026-03-03T09:06:44"), late(36, "周海涛", 2, "2026-03-03T09:21:05"),
			ok(37, "王建国", 3, "2026-03-03T14:10:20"),
			ok(39, "马俊", 3, "2026-03-03T14:22:05"), // scanned the class's code: the course is found by the time
			ok(40, "张丽娟", 3, "2026-03-03T14:26:48"), ok(41, "阿依古丽·买买提", 3, "2026-03-03T14:15:37"), late(42, "刘志强", 3, "2026-03-03T14:38:19"),
			ok(43, "陈静", 3, "2026-03-03T14:27:00"), // 2026/3/3 14:27, read by the import
			late(44, "赵文斌", 3, "2026-03-03T15:45:10"), ok(45, "周海涛", 3, "2026-03-03T14:29:30"));

	/** The scans that must be rejected, by line, with their reasons. */
	static final Map<Integer, Set<Reason>> REJECTED = Map.of(
			25, Set.of(Reason.UNKNOWN_PERSON), // 孙立新 is nobody in the workspace
			28, Set.of(Reason.DUPLICATE_ROW), // 李秀兰 scanned twice
			34, Set.of(Reason.BAD_CHECKSUM), // 赵文斌 typed his ID number with a digit wrong
			35, Set.of(Reason.UNKNOWN_STATUS), // 代签: nobody guesses what that means
			38, Set.of(Reason.BAD_TIME)); // 14:6O:12

	@Test
	void everyScanGetsItsOutcomeAndTheAcceptedOnesAreWrittenAsOneCommand() throws Exception {
		Path file = QrWorkspace.export(dir);
		ImportPlan plan = w.plan(file);

		assertEquals(40, plan.rows().size(), "one planned row per scan; metadata and header are no rows");
		Map<Integer, Set<Reason>> rejected = new TreeMap<>();
		plan.rejected().forEach(r -> rejected.put(r.row(), r.reasons()));
		assertEquals(new TreeMap<>(REJECTED), rejected);
		assertEquals(ACCEPTED.size(), plan.count(PlannedRow.Outcome.ACCEPTED));
		assertEquals(0, plan.count(PlannedRow.Outcome.WARNING));
		assertEquals(REJECTED.size(), plan.count(PlannedRow.Outcome.REJECTED));

		List<Attendance> expected = new ArrayList<>();
		for (Expected e : ACCEPTED) {
			PlannedRow row = plan.rows().stream().filter(r -> r.row() == e.row()).findFirst().orElseThrow();
			Attendance a = new Attendance(w.trainee(e.name()).id(), w.courses.get(e.course()).id(), e.status(),
					Optional.of(LocalDateTime.parse(e.signIn())), Optional.empty(), Optional.empty());
			assertEquals(Optional.of(a), row.attendance(), "line " + e.row());
			assertEquals(Set.of(), row.reasons(), "line " + e.row());
			expected.add(a);
		}

		w.ws.execute(plan.command("扫码签到测试"));
		ImportBatch batch = w.ws.list(ImportBatch.class).get(0);
		assertEquals(QrWorkspace.EXPORT, batch.fileName());
		List<Attendance> written = new ArrayList<>();
		for (Course c : w.courses) {
			written.addAll(w.ws.list(Attendance.class, c.id()));
		}
		Comparator<Attendance> order = Comparator.comparing((Attendance a) -> a.course().value()).thenComparing(a -> a.person().value());
		assertEquals(expected.stream().map(a -> withBatch(a, batch)).sorted(order).toList(), written.stream().sorted(order).toList());

		// one undo takes the whole import back
		w.ws.history().undo();
		assertTrue(w.courses.stream().allMatch(c -> w.ws.list(Attendance.class, c.id()).isEmpty()));
		assertEquals(List.of(), w.ws.list(ImportBatch.class));
	}

	private static Attendance withBatch(Attendance a, ImportBatch batch) {
		return new Attendance(a.person(), a.course(), a.status(), a.signIn(), a.signOut(), Optional.of(batch.id()));
	}
}
