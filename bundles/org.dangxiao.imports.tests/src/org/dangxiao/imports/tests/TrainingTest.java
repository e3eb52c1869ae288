package org.dangxiao.imports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.dangxiao.imports.SheetInfo;
import org.dangxiao.imports.SheetRow;
import org.dangxiao.imports.XlsxTable;
import org.dangxiao.imports.readers.XlsxReader;
import org.dangxiao.model.CommandException;
import org.dangxiao.model.Commands;
import org.dangxiao.model.OrgId;
import org.dangxiao.model.Person;
import org.dangxiao.model.PersonId;
import org.dangxiao.model.training.Attendance;
import org.dangxiao.model.training.AttendanceStatus;
import org.dangxiao.model.training.ClassId;
import org.dangxiao.model.training.Course;
import org.dangxiao.model.training.Enrollment;
import org.dangxiao.model.training.EnrollmentStatus;
import org.dangxiao.model.training.TrainingClass;
import org.dangxiao.training.Training;
import org.dangxiao.training.record.Requirements;
import org.dangxiao.training.record.TrainingRecord;
import org.dangxiao.training.schedule.Proposal;
import org.dangxiao.training.schedule.Scheduler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rotation training on a real H2 workspace with the demo seed: rosters, completion, coverage, scheduling, records. */
class TrainingTest {
	@TempDir
	Path dir;
	Fixture f;

	@BeforeEach
	void open() throws Exception {
		f = new Fixture(dir.resolve("ws"));
	}

	@AfterEach
	void close() {
		f.close();
	}

	private List<PersonId> outsiders(int n) {
		return f.demo.people().stream().filter(p -> !f.roster.contains(p)).limit(n).map(Person::id).toList();
	}

	private Map<PersonId, EnrollmentStatus> statuses() {
		Map<PersonId, EnrollmentStatus> out = new HashMap<>();
		Training.roster(f.ws, f.trainingClass.id()).forEach(e -> out.put(e.person(), e.status()));
		return out;
	}

	@Test
	void enrollingRespectsCapacityAndIsOneUndo() {
		assertEquals(60 - Fixture.ROSTER, Training.freeSeats(f.ws, f.trainingClass));
		var refused = assertThrows(CommandException.class, () -> f.ws.execute(Training.enroll(f.trainingClass, outsiders(21))));
		assertTrue(refused.getMessage().contains("20") && refused.getMessage().contains("21"), refused.getMessage());
		assertEquals(Fixture.ROSTER, Training.roster(f.ws, f.trainingClass.id()).size(), "a refused enrolment writes nothing");
		// those already on the roster are left as they are, and do not take a second seat
		List<PersonId> again = Stream.concat(outsiders(20).stream(), Stream.of(f.roster.get(0).id())).toList();
		f.ws.execute(Training.enroll(f.trainingClass, again));
		assertEquals(60, Training.roster(f.ws, f.trainingClass.id()).size());
		assertEquals(0, Training.freeSeats(f.ws, f.trainingClass));
		f.ws.history().undo();
		assertEquals(Fixture.ROSTER, Training.roster(f.ws, f.trainingClass.id()).size());
		// a withdrawn trainee frees the seat
		f.ws.execute(Training.setStatus(f.trainingClass, List.of(f.roster.get(0).id()), EnrollmentStatus.WITHDRAWN));
		assertEquals(60 - Fixture.ROSTER + 1, Training.freeSeats(f.ws, f.trainingClass));
	}

	@Test
	void completionCreditsHoursFromAttendanceAndCoverageFollows() throws Exception {
		Person full = f.roster.get(0), leave = f.roster.get(1), absent = f.roster.get(2);
		List<Attendance> rows = new ArrayList<>();
		for (int i = 0; i < f.courses.size(); i++) {
			Course c = f.courses.get(i);
			rows.add(new Attendance(full.id(), c.id(), i == 3 ? AttendanceStatus.LATE : AttendanceStatus.PRESENT, Optional.of(c.start()),
					Optional.empty(), Optional.empty()));
			// two half days of ten on leave: 6 of 30 学时 is more than 1/7
			rows.add(new Attendance(leave.id(), c.id(), i < 2 ? AttendanceStatus.ON_LEAVE : AttendanceStatus.PRESENT, Optional.empty(),
					Optional.empty(), Optional.empty()));
		}
		f.ws.execute(Commands.putAll("考勤", rows));
		LocalDate after = Fixture.START.plusDays(10);
		var credits = Training.credits(f.ws, f.trainingClass, after);
		var byPerson = new HashMap<PersonId, org.dangxiao.training.record.Credit>();
		credits.forEach(c -> byPerson.put(c.person(), c));
		assertEquals(0, new BigDecimal(30).compareTo(byPerson.get(full.id()).hours()), "ten courses of 3 学时, late still counts");
		assertEquals(0, new BigDecimal(24).compareTo(byPerson.get(leave.id()).hours()));
		assertTrue(byPerson.get(leave.id()).withdrawalFlagged());

		var before = statuses();
		var before_coverage = Training.coverage(f.ws, f.trainingClass.program());
		f.ws.execute(Training.complete(f.ws, f.trainingClass, after));
		var now = statuses();
		assertEquals(EnrollmentStatus.COMPLETED, now.get(full.id()));
		assertEquals(EnrollmentStatus.WITHDRAWN, now.get(leave.id()));
		assertEquals(EnrollmentStatus.WITHDRAWN, now.get(absent.id()), "no attendance at all once the class ended");
		var coverage = Training.coverage(f.ws, f.trainingClass.program());
		assertEquals(before_coverage.total().trained() + 1, coverage.total().trained());
		assertEquals(coverage.total().target() - coverage.total().trained(), f.ws.countUntrained(f.trainingClass.program(), Optional.empty()));
		OrgId root = f.ws.organizations().root().orElseThrow().id();
		assertEquals(coverage.total(), coverage.bySubtree().get(root));
		assertFalse(f.ws.findUntrained(f.trainingClass.program(), Optional.empty(), 0, 100_000).contains(full));

		// the whole completion is one undo, and running it again with nothing to change says so
		assertThrows(CommandException.class, () -> f.ws.execute(Training.complete(f.ws, f.trainingClass, after)));
		f.ws.history().undo();
		assertEquals(before, statuses());

		// the personal record credits the class
		f.ws.history().redo();
		TrainingRecord record = Training.record(f.ws, full.id(), after);
		assertEquals(1, record.entries().size());
		assertEquals(0, new BigDecimal(30).compareTo(record.entries().get(0).hours()));
		assertEquals(EnrollmentStatus.COMPLETED, record.entries().get(0).status());
		String sentence = Requirements.standard().check(full, record, after, Optional.empty()).message();
		assertTrue(sentence.contains("30"), sentence);
	}

	@Test
	void aScheduleIsAppliedAsOneCommandWithinCapacityAndUnitLimits() {
		TrainingClass next = f.trainingClass.copyAsTemplate(new ClassId(900_003), "第二期", Fixture.START.plusDays(14));
		TrainingClass small = new TrainingClass(new ClassId(900_004), next.program(), "第三期", next.start().plusDays(7), next.end().plusDays(7),
				next.place(), next.mode(), 12, Optional.empty());
		f.ws.execute(Commands.putAll("班次", List.of(next, small)));
		var request = Training.scheduleRequest(f.ws, next.program(), 1, 3);
		// the roster of the first class is already placed: nobody is proposed twice
		assertTrue(request.trainees().stream().noneMatch(t -> f.roster.stream().anyMatch(p -> p.id().equals(t.person()))));
		Proposal proposal = Scheduler.propose(request);
		assertTrue(proposal.violations().isEmpty());
		assertTrue(proposal.placed() > 0);
		f.ws.execute(Training.apply(proposal));
		// the first class's free seats count too
		List<Enrollment> first = Training.roster(f.ws, f.trainingClass.id()), second = Training.roster(f.ws, next.id()),
				third = Training.roster(f.ws, small.id());
		assertEquals(proposal.placed(), first.size() - Fixture.ROSTER + second.size() + third.size());
		assertTrue(first.size() <= 60 && second.size() <= next.capacity() && third.size() <= small.capacity());
		for (List<Enrollment> roster : List.of(second, third)) { // the first class also holds the 40 placed by hand
			Map<OrgId, Integer> perUnit = new HashMap<>();
			for (Enrollment e : roster) {
				OrgId org = f.ws.person(e.person()).orElseThrow().organization();
				OrgId unit = f.ws.organizations().path(org).get(Math.min(1, f.ws.organizations().path(org).size() - 1)).id();
				assertTrue(perUnit.merge(unit, 1, Integer::sum) <= 3, "at most 3 of one unit in one class");
			}
		}
		f.ws.history().undo();
		assertEquals(List.of(), Training.roster(f.ws, next.id()), "one undo takes the whole schedule back");
		assertEquals(List.of(), Training.roster(f.ws, small.id()));
		assertEquals(Fixture.ROSTER, Training.roster(f.ws, f.trainingClass.id()).size());
		// a proposal that no longer fits (someone took the seats meanwhile) is refused whole
		f.ws.execute(Training.enroll(small, outsiders(200).subList(100, 112)));
		if (proposal.roster(small.id()).size() > 0) {
			assertThrows(CommandException.class, () -> f.ws.execute(Training.apply(proposal)));
		}
	}

	@Test
	void aRosterComesFromASpreadsheetWithAReasonForEveryRowLeftOut() throws Exception {
		List<Person> others = f.demo.people().stream().filter(p -> !f.roster.contains(p)).toList();
		Person byId = others.get(0);
		// someone whose name nobody else has, found by name and organization alone
		Person byName = others.stream().filter(p -> f.demo.people().stream().filter(q -> q.name().equals(p.name())).count() == 1).skip(1)
				.findFirst().orElseThrow();
		String orgName = f.ws.organizations().get(byName.organization()).orElseThrow().name();
		String valid = byId.citizenId().value();
		String badChecksum = valid.substring(0, 17) + (valid.charAt(17) == '1' ? '2' : '1');
		List<List<Object>> rows = List.of(List.of("序号", "姓名", "身份证号", "工作单位"), //
				List.of(1, byId.name(), valid, ""), //
				List.of(2, byName.name(), "", orgName), //
				List.of(3, others.get(2).name(), badChecksum, ""), //
				List.of(4, "查无此人", "", "无此单位"), //
				List.of(5, byId.name(), valid, ""), //
				List.of(6, f.roster.get(0).name(), f.roster.get(0).citizenId().value(), ""));
		Path file = dir.resolve("第二期学员名单.xlsx");
		XlsxTable.write(file, "2021年新任村干部培训班第二期学员名单", rows); // a title row above the header, as class heads send
		var plan = org.dangxiao.imports.RosterImport.plan(f.ws, file);
		assertEquals(6, plan.lines().size());
		assertEquals(List.of(byId.id(), byName.id(), f.roster.get(0).id()), plan.people());
		assertEquals(Set.of(org.dangxiao.imports.Reason.BAD_CHECKSUM), plan.lines().get(2).reasons());
		assertEquals(Set.of(org.dangxiao.imports.Reason.UNKNOWN_PERSON), plan.lines().get(3).reasons());
		assertEquals(Set.of(org.dangxiao.imports.Reason.DUPLICATE_ROW), plan.lines().get(4).reasons());
		assertEquals(plan.lines().get(0).row() + 4, plan.lines().get(4).row(), "each line keeps its row number in the sheet");
		// enrolling the plan adds the two new people; the one already on the roster stays as is
		f.ws.execute(Training.enroll(f.trainingClass, plan.people()));
		assertEquals(Fixture.ROSTER + 2, Training.roster(f.ws, f.trainingClass.id()).size());
		// a sheet with no people columns is refused with a sentence
		Path wrong = dir.resolve("无关表格.xlsx");
		XlsxTable.write(wrong, "统计", List.of(List.of("项目", "数量"), List.of("会议", 3)));
		var e = assertThrows(org.dangxiao.imports.ImportException.class, () -> org.dangxiao.imports.RosterImport.plan(f.ws, wrong));
		assertTrue(e.getMessage().contains("无关表格.xlsx"), e.getMessage());
	}

	@Test
	void theUntrainedListExportsAsARegister() throws Exception {
		var program = f.trainingClass.program();
		List<List<Object>> rows = new ArrayList<>();
		rows.add(List.of("姓名", "身份证号", "单位"));
		for (Person p : Training.untrained(f.ws, program, Optional.empty())) {
			rows.add(List.of(p.name(), p.citizenId().value(), f.ws.organizations().get(p.organization()).orElseThrow().name()));
		}
		Path out = dir.resolve("应训未训.xlsx");
		XlsxTable.write(out, "2021年新任村干部培训 应训未训名单", rows);
		List<SheetRow> back = new ArrayList<>();
		new XlsxReader().read(out, new SheetInfo(0, "x", false), back::add);
		assertEquals(1 + rows.size(), back.size(), "title row, header, one row per person");
		assertEquals("2021年新任村干部培训 应训未训名单", back.get(0).cell(0).display());
		assertEquals("身份证号", back.get(1).cell(1).display());
		assertEquals(rows.get(1).get(1), back.get(2).cell(1).display());
		assertEquals(f.ws.countUntrained(program, Optional.empty()), rows.size() - 1);
	}
}
