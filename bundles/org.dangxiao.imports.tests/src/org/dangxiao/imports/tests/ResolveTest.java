package org.dangxiao.imports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import org.dangxiao.imports.AttendanceImport;
import org.dangxiao.imports.ClassContext;
import org.dangxiao.imports.Field;
import org.dangxiao.imports.ImportException;
import org.dangxiao.imports.ImportPlan;
import org.dangxiao.imports.Messages;
import org.dangxiao.imports.PlannedRow;
import org.dangxiao.imports.PlannedRow.Outcome;
import org.dangxiao.imports.Reason;
import org.dangxiao.imports.Resolution;
import org.dangxiao.model.CitizenId;
import org.dangxiao.model.Commands;
import org.dangxiao.model.Organization;
import org.dangxiao.model.Person;
import org.dangxiao.model.PersonId;
import org.dangxiao.model.WorkspaceSnapshot;
import org.dangxiao.model.audit.ImportBatch;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.model.training.Attendance;
import org.dangxiao.model.training.AttendanceStatus;
import org.dangxiao.model.training.CourseId;
import org.dangxiao.model.training.Enrollment;
import org.dangxiao.model.training.EnrollmentStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Resolving the rows of a preview before committing (on a real H2 workspace and the corpus's
 * problems.xlsx, whose expected/problems.xlsx.tsv says what each row plans to): skipping a row,
 * choosing among people of the same name, adding an unknown person, correcting cells; resolutions
 * that do not fit are refused with a sentence, and what is committed is one undoable command.
 */
class ResolveTest {
	/** Course 9 and 10 of class.tsv, the courses of problems.xlsx (see {@link Fixture}). */
	private static final CourseId COURSE_9 = new CourseId(900_108);
	private static final CourseId COURSE_10 = new CourseId(900_109);

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

	private ImportPlan plan(Path file) throws ImportException {
		return f.plan(file);
	}

	private ImportPlan problems() throws ImportException {
		return plan(Fixture.CORPUS.resolve("problems.xlsx"));
	}

	/** The position in the plan of the (only) planned row of sheet row {@code row}. */
	private static int at(ImportPlan plan, int row) {
		return IntStream.range(0, plan.rows().size()).filter(i -> plan.rows().get(i).row() == row).findFirst().orElseThrow();
	}

	private static String where(int row) {
		return Nls.bind(Messages.Resolve_ROW, "Sheet1", row);
	}

	private ImportBatch commit(ImportPlan plan) {
		f.ws.execute(plan.command("tester"));
		return f.ws.list(ImportBatch.class).stream().filter(b -> b.sha256().equals(plan.sha256())).findFirst().orElseThrow();
	}

	private Person demoPerson(long id) {
		return f.demo.people().stream().filter(p -> p.id().value() == id).findFirst().orElseThrow();
	}

	private Organization organization(String name) {
		return f.ws.organizations().all().stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow();
	}

	private static Person draft(String name, CitizenId id, Organization org) {
		return new Person(new PersonId(0), name, id.gender(), "", id, org.id(), "", Optional.empty(), Set.of());
	}

	/** A valid ID number nobody in the workspace has. */
	private CitizenId freshCitizenId() {
		for (int sequence = 100; sequence < 1000; sequence++) {
			String first17 = "652302" + "20000101" + sequence;
			CitizenId id = CitizenId.of(first17 + CitizenId.checkCharacter(first17));
			if (f.ws.personByCitizenId(id).isEmpty()) {
				return id;
			}
		}
		throw new AssertionError("no free ID number");
	}

	@Test
	void aSkippedRowIsNotWrittenAndTheCountsFollow() throws Exception {
		ImportPlan plan = problems();
		long accepted = plan.count(Outcome.ACCEPTED);
		long warnings = plan.count(Outcome.WARNING);
		long rejected = plan.count(Outcome.REJECTED);
		int written = plan.toWrite().size();

		int outside = at(plan, 17); // 乔毅 on 2021-06-20: rejected
		assertEquals(Outcome.REJECTED, plan.rows().get(outside).outcome());
		ImportPlan.Resolved r = plan.resolve(outside, new Resolution.Skip());
		assertEquals(Outcome.SKIPPED, r.row().outcome());
		assertEquals(List.of(outside), r.changed());
		assertTrue(r.row().reasons().contains(Reason.OUTSIDE_CLASS_DATES), "a skipped row keeps its reasons");
		assertTrue(r.row().explanation().endsWith(Messages.Row_SKIPPED), r.row().explanation());
		assertEquals(rejected - 1, plan.count(Outcome.REJECTED));
		assertEquals(1, plan.count(Outcome.SKIPPED));
		assertEquals(written, plan.toWrite().size(), "a rejected row was not going to be written anyway");

		int damaged = at(plan, 22); // 文金龙, ID stored as a number: a warning, written
		assertEquals(Outcome.WARNING, plan.rows().get(damaged).outcome());
		plan.resolve(damaged, new Resolution.Skip());
		assertEquals(Outcome.SKIPPED, plan.outcome(damaged));
		assertEquals(warnings - 1, plan.count(Outcome.WARNING));
		assertEquals(accepted, plan.count(Outcome.ACCEPTED));
		assertEquals(2, plan.count(Outcome.SKIPPED));
		assertEquals(written - 1, plan.toWrite().size());
		assertEquals(Nls.bind(Messages.Plan_SUMMARY_SKIPPED, accepted, warnings - 1, rejected - 1, 2), plan.summary());
		assertEquals(rejected - 1 + 2, plan.rejected().size(), "skipped rows are exported with the rejected ones");

		var again = assertThrows(ImportException.class, () -> plan.resolve(damaged, new Resolution.Skip()));
		assertEquals(Nls.bind(Messages.Resolve_ALREADY_SKIPPED, where(22)), again.getMessage());
		int plain = at(plan, 2);
		assertFalse(plan.isResolvable(plain));
		var nothing = assertThrows(ImportException.class, () -> plan.resolve(plain, new Resolution.Skip()));
		assertEquals(Nls.bind(Messages.Resolve_NOTHING_TO_RESOLVE, where(2)), nothing.getMessage());

		// undo inside the preview, then skip again
		assertEquals(List.of(damaged), plan.undo().orElseThrow().changed());
		assertEquals(Outcome.WARNING, plan.outcome(damaged));
		assertEquals(written, plan.toWrite().size());
		plan.resolve(damaged, new Resolution.Skip());

		ImportBatch batch = commit(plan);
		List<Attendance> stored = f.ws.list(Attendance.class, batch.id());
		assertEquals(written - 1, stored.size());
		assertFalse(stored.stream().anyMatch(a -> a.person().value() == 22), "the skipped warning was not written");
		assertEquals(rejected - 1 + 2, batch.rejected(), "skipped rows count as not imported");
		assertEquals(warnings - 1, batch.warnings());
	}

	@Test
	void aPersonIsChosenAmongPeopleOfTheSameName() throws Exception {
		// 张伟 is seed person 693 (on the roster) and 3216: with both on the roster, the name is a question
		Person other = demoPerson(3216);
		Person enrolled = demoPerson(693);
		assertEquals(enrolled.name(), other.name());
		f.ws.execute(Commands.add(new Enrollment(f.trainingClass.id(), other.id(), EnrollmentStatus.ENROLLED)));
		ImportPlan plan = problems();
		int morning = at(plan, 25);
		int afternoon = at(plan, 29);
		PlannedRow asked = plan.rows().get(morning);
		assertEquals(Set.of(Reason.AMBIGUOUS_NAME), asked.reasons());
		assertEquals(Outcome.REJECTED, asked.outcome());
		assertEquals(Set.of(enrolled.id(), other.id()), Set.copyOf(asked.candidates().stream().map(Person::id).toList()));

		// someone who is not one of the candidates is refused with a sentence, and nothing changes
		Person stranger = f.roster.get(0);
		var e = assertThrows(ImportException.class, () -> plan.resolve(morning, new Resolution.ChoosePerson(stranger.id())));
		assertEquals(Nls.bind(Messages.Resolve_NOT_A_CANDIDATE, where(25), stranger.name(), "张伟"), e.getMessage());
		assertEquals(asked, plan.rows().get(morning));
		assertFalse(plan.isResolved(morning));
		// a row that asks no such question is refused too
		var notAsked = assertThrows(ImportException.class, () -> plan.resolve(at(plan, 6), new Resolution.ChoosePerson(other.id())));
		assertEquals(Nls.bind(Messages.Resolve_NOT_AMBIGUOUS, where(6)), notAsked.getMessage());

		long rejected = plan.count(Outcome.REJECTED);
		ImportPlan.Resolved chosen = plan.resolve(morning, new Resolution.ChoosePerson(other.id()));
		assertEquals(Outcome.ACCEPTED, chosen.row().outcome(), chosen.row().reasons().toString());
		assertEquals(Optional.of(other.id()), chosen.row().person());
		assertEquals(2, chosen.row().candidates().size(), "the candidates stay, so the choice can be changed");
		assertEquals(rejected - 1, plan.count(Outcome.REJECTED));
		// the choice can be changed
		assertEquals(Optional.of(enrolled.id()), plan.resolve(morning, new Resolution.ChoosePerson(enrolled.id())).row().person());
		plan.undo();
		assertEquals(Optional.of(other.id()), plan.rows().get(morning).person());
		plan.resolve(afternoon, new Resolution.ChoosePerson(enrolled.id()));

		ImportBatch batch = commit(plan);
		List<Attendance> stored = f.ws.list(Attendance.class, batch.id());
		assertTrue(stored.stream().anyMatch(a -> a.person().equals(other.id()) && a.course().equals(COURSE_9)), stored.toString());
		assertTrue(stored.stream().anyMatch(a -> a.person().equals(enrolled.id()) && a.course().equals(COURSE_10)), stored.toString());
		assertFalse(stored.stream().anyMatch(a -> a.person().equals(enrolled.id()) && a.course().equals(COURSE_9)));
	}

	@Test
	void anUnknownPersonIsAddedWithTheirAttendanceInOneUndoableCommand() throws Exception {
		ImportPlan plan = problems();
		int unknown = at(plan, 12); // 李明远, a valid ID number nobody in the workspace has
		assertEquals(Set.of(Reason.UNKNOWN_PERSON), plan.rows().get(unknown).reasons());
		assertEquals("李明远", plan.values(unknown).get(Field.NAME));
		assertEquals("天池街社区党总支", plan.values(unknown).get(Field.ORGANIZATION));
		CitizenId id = CitizenId.of("652302199203152219");
		Organization org = organization("天池街社区党总支");

		// the new person must be the row's: another ID number is refused
		Person mistyped = draft("李明远", f.roster.get(0).citizenId(), org);
		var e = assertThrows(ImportException.class, () -> plan.resolve(unknown, new Resolution.AddPerson(mistyped)));
		assertEquals(Nls.bind(Messages.Resolve_ID_DIFFERS, where(12), f.roster.get(0).citizenId().value(), id.value()), e.getMessage());
		// adding is only for unknown people
		var known = assertThrows(ImportException.class, () -> plan.resolve(at(plan, 15), new Resolution.AddPerson(draft("李明远", id, org))));
		assertEquals(Nls.bind(Messages.Resolve_NOT_UNKNOWN, where(15)), known.getMessage());
		assertEquals(List.of(), plan.peopleToAdd());

		int written = plan.toWrite().size();
		ImportPlan.Resolved r = plan.resolve(unknown, new Resolution.AddPerson(draft("李明远", id, org)));
		// put on the roster by the command, so not NOT_ENROLLED: accepted
		assertEquals(Outcome.ACCEPTED, r.row().outcome(), r.row().reasons().toString());
		PersonId provisional = r.row().person().orElseThrow();
		assertTrue(ImportPlan.isAdded(provisional));
		assertEquals(List.of(provisional), plan.peopleToAdd().stream().map(Person::id).toList());
		assertEquals(written + 1, plan.toWrite().size());

		WorkspaceSnapshot before = f.ws.snapshot();
		int commands = f.ws.history().undoLabels().size();
		ImportBatch batch = commit(plan);
		assertEquals(commands + 1, f.ws.history().undoLabels().size(), "one command");
		Person added = f.ws.personByCitizenId(id).orElseThrow();
		assertEquals("李明远", added.name());
		assertEquals(org.id(), added.organization());
		assertEquals(id.gender(), added.gender());
		assertFalse(ImportPlan.isAdded(added.id()));
		assertEquals(Optional.of(new Enrollment(f.trainingClass.id(), added.id(), EnrollmentStatus.ENROLLED)),
				f.ws.get(Enrollment.class, new Enrollment.Key(f.trainingClass.id(), added.id())));
		List<Attendance> stored = f.ws.list(Attendance.class, batch.id());
		assertEquals(written + 1, stored.size());
		assertTrue(stored.stream().anyMatch(a -> a.person().equals(added.id()) && a.course().equals(COURSE_9)), stored.toString());
		assertFalse(stored.stream().anyMatch(a -> ImportPlan.isAdded(a.person())));
		WorkspaceSnapshot after = f.ws.snapshot();

		f.ws.history().undo();
		assertEquals(before, f.ws.snapshot(), "undo takes back the person, the roster line and the attendance together");
		assertEquals(Optional.empty(), f.ws.personByCitizenId(id));
		f.ws.history().redo();
		assertEquals(after, f.ws.snapshot());
		assertEquals(Optional.of(added), f.ws.personByCitizenId(id));
	}

	@Test
	void aPersonAddedForOneRowResolvesTheirOtherRows() throws Exception {
		Person a = f.roster.get(0);
		Path file = dir.resolve("新学员.csv");
		Files.writeString(file, String.join("\r\n", "姓名,身份证号,签到时间", "新学员,,2021/6/7 8:52", "新学员,,2021/6/8 8:50",
				a.name() + "," + a.citizenId().value() + ",2021/6/7 8:40", "另一人,,2021/6/9 8:50") + "\r\n", StandardCharsets.UTF_8);
		ImportPlan plan = plan(file);
		int first = at(plan, 2);
		int second = at(plan, 3);
		int stranger = at(plan, 5);
		for (int i : new int[] { first, second, stranger }) {
			assertEquals(Set.of(Reason.UNKNOWN_PERSON), plan.rows().get(i).reasons());
		}
		Organization org = f.ws.organizations().get(a.organization()).orElseThrow();

		// an ID number someone in the workspace already has is refused
		var e = assertThrows(ImportException.class, () -> plan.resolve(first, new Resolution.AddPerson(draft("新学员", a.citizenId(), org))));
		assertEquals(Nls.bind(Messages.Resolve_ID_TAKEN, a.citizenId().value(), a.name()), e.getMessage());

		CitizenId id = freshCitizenId();
		ImportPlan.Resolved r = plan.resolve(first, new Resolution.AddPerson(draft("新学员", id, org)));
		assertEquals(List.of(first, second), r.changed(), "the other row of the same name is resolved too");
		PersonId provisional = r.row().person().orElseThrow();
		assertEquals(Optional.of(provisional), plan.rows().get(second).person());
		assertEquals(Outcome.ACCEPTED, plan.outcome(second));
		assertEquals(Set.of(Reason.UNKNOWN_PERSON), plan.rows().get(stranger).reasons(), "another name is another person");
		assertEquals(1, plan.peopleToAdd().size());

		// one undo in the preview takes back both rows
		assertEquals(List.of(first, second), plan.undo().orElseThrow().changed());
		assertEquals(Outcome.REJECTED, plan.outcome(first));
		assertEquals(Outcome.REJECTED, plan.outcome(second));
		assertEquals(List.of(), plan.peopleToAdd());
		assertFalse(plan.canUndo());

		plan.resolve(first, new Resolution.AddPerson(draft("新学员", id, org)));
		// skipping one of them keeps the person for the other; restoring the other leaves nobody to add
		plan.resolve(second, new Resolution.Skip());
		assertEquals(1, plan.peopleToAdd().size());
		assertEquals(3 - 1, plan.toWrite().size());
		plan.restore(first);
		assertEquals(Outcome.REJECTED, plan.outcome(first));
		assertEquals(List.of(), plan.peopleToAdd(), "a person no written row needs is not added");
		plan.undo();
		plan.undo();

		ImportBatch batch = commit(plan);
		Person added = f.ws.personByCitizenId(id).orElseThrow();
		List<Attendance> stored = f.ws.list(Attendance.class, batch.id());
		assertEquals(3, stored.size());
		assertEquals(2, stored.stream().filter(x -> x.person().equals(added.id())).count());
		assertEquals(List.of(AttendanceStatus.PRESENT, AttendanceStatus.PRESENT),
				stored.stream().filter(x -> x.person().equals(added.id())).map(Attendance::status).toList());
	}

	@Test
	void aCorrectedIdNumberIsPlannedAgainAndAccepted() throws Exception {
		ImportPlan plan = problems();
		int bad = at(plan, 6); // 段文萍 with a wrong check digit
		PlannedRow row = plan.rows().get(bad);
		assertEquals(Set.of(Reason.BAD_CHECKSUM), row.reasons());
		Person duan = f.roster.stream().filter(p -> p.name().equals("段文萍")).findFirst().orElseThrow();
		int idColumn = plan.mapping(bad).orElseThrow().columns(Field.CITIZEN_ID).get(0).index();
		long accepted = plan.count(Outcome.ACCEPTED);
		long rejected = plan.count(Outcome.REJECTED);

		// corrected, but still wrong: still rejected, with the reason, and not written
		List<String> cells = new ArrayList<>(row.cells());
		String stillWrong = duan.citizenId().value().substring(0, 17) + (duan.citizenId().value().endsWith("1") ? "2" : "1");
		assertTrue(CitizenId.check(stillWrong).isPresent());
		cells.set(idColumn, stillWrong);
		ImportPlan.Resolved still = plan.resolve(bad, new Resolution.Fix(cells));
		assertEquals(Outcome.REJECTED, still.row().outcome());
		assertEquals(Set.of(Reason.BAD_CHECKSUM), still.row().reasons());
		assertEquals(stillWrong, still.row().cells().get(idColumn));
		assertEquals(rejected, plan.count(Outcome.REJECTED));
		assertFalse(plan.toWrite().stream().anyMatch(x -> x.person().equals(duan.id())));

		cells.set(idColumn, duan.citizenId().value());
		ImportPlan.Resolved fixed = plan.resolve(bad, new Resolution.Fix(cells));
		assertEquals(Outcome.ACCEPTED, fixed.row().outcome(), fixed.row().reasons().toString());
		assertEquals(Optional.of(duan.id()), fixed.row().person());
		assertEquals(Optional.of(COURSE_9), fixed.row().course());
		assertEquals(accepted + 1, plan.count(Outcome.ACCEPTED));
		assertEquals(rejected - 1, plan.count(Outcome.REJECTED));
		// the times were date cells in the file and stay so: the same sign-in as the file's
		assertEquals(Optional.of(java.time.LocalDateTime.of(2021, 6, 11, 8, 45)), fixed.row().attendance().orElseThrow().signIn());

		// a status word the program does not know, corrected to one it knows
		int status = at(plan, 20); // 陈洁, 公出
		assertEquals(Set.of(Reason.UNKNOWN_STATUS), plan.rows().get(status).reasons());
		int statusColumn = plan.mapping(status).orElseThrow().columns(Field.STATUS).get(0).index();
		List<String> leave = new ArrayList<>(plan.rows().get(status).cells());
		leave.set(statusColumn, "请假");
		assertEquals(Outcome.ACCEPTED, plan.resolve(status, new Resolution.Fix(leave)).row().outcome());

		// back to what the file said, and undone again
		assertEquals(Set.of(Reason.BAD_CHECKSUM), plan.restore(bad).row().reasons());
		assertFalse(plan.isResolved(bad));
		plan.undo();
		assertEquals(Outcome.ACCEPTED, plan.outcome(bad));

		ImportBatch batch = commit(plan);
		List<Attendance> stored = f.ws.list(Attendance.class, batch.id());
		assertTrue(stored.stream().anyMatch(x -> x.person().equals(duan.id()) && x.course().equals(COURSE_9)), stored.toString());
		Person chen = f.roster.stream().filter(p -> p.name().equals("陈洁")).findFirst().orElseThrow();
		assertTrue(stored.stream().anyMatch(x -> x.person().equals(chen.id()) && x.course().equals(COURSE_10) && x.status() == AttendanceStatus.ON_LEAVE));
	}

	@Test
	void aResolvedRowIsComparedWithTheOtherRowsToBeWritten() throws Exception {
		ImportPlan plan = problems();
		int bad = at(plan, 6); // 段文萍, course 9
		int damaged = at(plan, 22); // 文金龙, course 9, written with a warning
		Person wen = f.roster.stream().filter(p -> p.name().equals("文金龙")).findFirst().orElseThrow();
		int idColumn = plan.mapping(bad).orElseThrow().columns(Field.CITIZEN_ID).get(0).index();
		List<String> cells = new ArrayList<>(plan.rows().get(bad).cells());
		cells.set(idColumn, wen.citizenId().value());

		// now the row is 文金龙 on course 9, which row 22 writes already
		PlannedRow twice = plan.resolve(bad, new Resolution.Fix(cells)).row();
		assertEquals(Outcome.REJECTED, twice.outcome());
		assertEquals(Set.of(Reason.NAME_MISMATCH, Reason.DUPLICATE_ROW), twice.reasons());

		// skipping row 22 checks the duplicate again: the row it repeated is gone
		var skipped = plan.resolve(damaged, new Resolution.Skip());
		assertEquals(List.of(damaged, bad), skipped.changed());
		assertEquals(Set.of(Reason.NAME_MISMATCH), plan.rows().get(bad).reasons());
		plan.undo();
		assertEquals(Set.of(Reason.NAME_MISMATCH, Reason.DUPLICATE_ROW), plan.rows().get(bad).reasons(), "undone together");

		// with row 22 skipped, the same correction is no duplicate any more
		plan.resolve(damaged, new Resolution.Skip());
		PlannedRow once = plan.resolve(bad, new Resolution.Fix(cells)).row();
		assertEquals(Outcome.WARNING, once.outcome());
		assertEquals(Set.of(Reason.NAME_MISMATCH), once.reasons());
		assertEquals(1, plan.toWrite().stream().filter(x -> x.person().equals(wen.id()) && x.course().equals(COURSE_9)).count());
	}

	/** A correction of a row that gives a record per half-day goes to both records: they are read from the same cells. */
	@Test
	void aCorrectionReachesTheRowsOtherHalfDay() throws Exception {
		Person a = f.roster.get(0);
		String id = a.citizenId().value();
		String typo = id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1'); // a wrong check character
		Path file = dir.resolve("半天.csv");
		Files.writeString(file, "姓名,身份证号,日期,签到时间（上午）,签到时间（下午）\r\n" + a.name() + "," + typo + ",2021-06-09,8:51,14:49\r\n",
				StandardCharsets.UTF_8);
		ImportPlan plan = plan(file);
		assertEquals(2, plan.rows().size());
		assertTrue(plan.rows().stream().allMatch(r -> r.reasons().contains(Reason.BAD_CHECKSUM)), plan.rows().toString());
		int idColumn = plan.mapping(0).orElseThrow().columns(Field.CITIZEN_ID).get(0).index();
		List<String> cells = new ArrayList<>(plan.rows().get(0).cells());
		cells.set(idColumn, id);
		var fixed = plan.resolve(0, new Resolution.Fix(cells));
		assertEquals(List.of(0, 1), fixed.changed());
		assertEquals(List.of(Outcome.ACCEPTED, Outcome.ACCEPTED), plan.rows().stream().map(PlannedRow::outcome).toList());
		assertEquals(2, plan.toWrite().stream().filter(x -> x.person().equals(a.id())).count());
	}
}
