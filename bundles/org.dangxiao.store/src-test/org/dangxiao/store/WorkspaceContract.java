package org.dangxiao.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Stream;

import org.dangxiao.model.Changes;
import org.dangxiao.model.CitizenId;
import org.dangxiao.model.Command;
import org.dangxiao.model.CommandException;
import org.dangxiao.model.Commands;
import org.dangxiao.model.ConflictException;
import org.dangxiao.model.OrgId;
import org.dangxiao.model.OrgType;
import org.dangxiao.model.Organization;
import org.dangxiao.model.PeopleQuery;
import org.dangxiao.model.Person;
import org.dangxiao.model.PersonId;
import org.dangxiao.model.TreeInvariantException;
import org.dangxiao.model.WorkspaceEvent;
import org.dangxiao.model.WorkspaceSnapshot;
import org.dangxiao.model.Records;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.model.audit.ImportBatch;
import org.dangxiao.model.audit.ImportBatchId;
import org.dangxiao.model.people.PersonStatus;
import org.dangxiao.model.people.StatusHistory;
import org.dangxiao.model.people.StatusPeriod;
import org.dangxiao.model.study.Attendee;
import org.dangxiao.model.study.FollowUpAction;
import org.dangxiao.model.study.FollowUpId;
import org.dangxiao.model.study.FollowUpStatus;
import org.dangxiao.model.study.MaterialId;
import org.dangxiao.model.study.MaterialKind;
import org.dangxiao.model.study.Meeting;
import org.dangxiao.model.study.MeetingId;
import org.dangxiao.model.study.MeetingType;
import org.dangxiao.model.study.StudyMaterial;
import org.dangxiao.model.study.StudyPlan;
import org.dangxiao.model.study.StudyPlanId;
import org.dangxiao.model.training.Attendance;
import org.dangxiao.model.training.AttendanceStatus;
import org.dangxiao.model.training.ClassId;
import org.dangxiao.model.training.ConversionTableId;
import org.dangxiao.model.training.Course;
import org.dangxiao.model.training.CourseId;
import org.dangxiao.model.training.Enrollment;
import org.dangxiao.model.training.EnrollmentStatus;
import org.dangxiao.model.training.RosterEntry;
import org.dangxiao.model.training.HoursConversionTable;
import org.dangxiao.model.training.ProgramId;
import org.dangxiao.model.training.TargetRule;
import org.dangxiao.model.training.TrainingProgram;
import org.dangxiao.seed.SeedFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every store must do; subclasses run it on H2 and on PostgreSQL. */
abstract class WorkspaceContract {
	static final Organization ROOT = new Organization(new OrgId(1), "65", "阜康市委", OrgType.PARTY_COMMITTEE, Optional.empty());
	static final Organization BRANCH = new Organization(new OrgId(2), "65-01", "第一网格党支部", OrgType.BRANCH, Optional.of(ROOT.id()));
	static final Organization GROUP = new Organization(new OrgId(3), "65-01-01", "1号楼党小组", OrgType.GROUP, Optional.of(BRANCH.id()));
	static final Organization OTHER = new Organization(new OrgId(4), "65-02", "第二网格党支部", OrgType.BRANCH, Optional.of(ROOT.id()));
	static final Person ZHANG = person(1, "张三", "652302198506151235", BRANCH.id());
	static final Person LI = person(2, "李四", "652302198506151243", GROUP.id());
	static final Person ZHAO = person(3, "赵四", "11010519491231002X", OTHER.id());

	final Stores stores = stores();
	JdbcWorkspace ws;
	final List<WorkspaceEvent> events = new CopyOnWriteArrayList<>();
	private final List<JdbcWorkspace> open = new ArrayList<>();

	abstract Stores stores();

	/** A valid 公民身份号码 from its first 17 digits. */
	static String valid(String first17) {
		return first17 + CitizenId.checkCharacter(first17);
	}

	static Person person(long id, String name, String citizenId, OrgId org) {
		CitizenId cid = CitizenId.of(citizenId);
		return new Person(new PersonId(id), name, cid.gender(), "汉族", cid, org, "党员", Optional.empty(), Set.of("驻村干部"));
	}

	static WorkspaceSnapshot small() {
		return new WorkspaceSnapshot(List.of(ROOT, BRANCH, GROUP, OTHER), List.of(ZHANG, LI, ZHAO));
	}

	JdbcWorkspace open(Database db) {
		JdbcWorkspace w = JdbcWorkspace.open(db);
		open.add(w);
		return w;
	}

	@BeforeEach
	void createStore() throws Exception {
		ws = open(stores.create());
		ws.replaceAll(small(), "test data");
		ws.subscribe(events::add);
	}

	@AfterEach
	void closeAll() {
		open.forEach(JdbcWorkspace::close);
	}

	@Test
	void peopleByIdsInChunksAndInIdOrder() {
		List<PersonId> ids = new java.util.ArrayList<>(java.util.stream.LongStream.rangeClosed(-1200, 1200).mapToObj(PersonId::new).toList());
		java.util.Collections.reverse(ids);
		ids.add(ZHAO.id()); // twice: read once
		List<Person> sorted = java.util.stream.Stream.of(ZHANG, LI, ZHAO).sorted(java.util.Comparator.comparing(Person::id)).toList();
		assertEquals(sorted, ws.people(ids), "three chunks of ids, most unknown");
		assertEquals(List.of(), ws.people(List.of()));
		ws.execute(Commands.of("read in a command", c -> assertEquals(sorted, c.people(ids))));
	}

	@Test
	void queriesAndWindows() {
		assertEquals(List.of(ZHANG), ws.peopleIn(BRANCH.id()));
		assertEquals(List.of(ZHANG, LI), ws.peopleWithin(BRANCH.id()));
		assertEquals(List.of(ZHANG, LI, ZHAO), ws.peopleWithin(ROOT.id()));
		assertEquals(Optional.of(LI), ws.personByCitizenId(LI.citizenId()));
		assertEquals(3, ws.personCount());
		PeopleQuery all = PeopleQuery.in(ROOT.id(), true);
		assertEquals(3, ws.countPeople(all));
		// pinyin order: li si, zhang san, zhao si
		assertEquals(List.of(LI, ZHANG, ZHAO), ws.findPeople(all, 0, 10));
		assertEquals(List.of(ZHANG), ws.findPeople(all, 1, 1), "a window of one row");
		assertEquals(List.of(ZHANG, ZHAO), ws.findPeople(all.withFilter("zs"), 0, 10), "pinyin initials");
		assertEquals(List.of(ZHAO), ws.findPeople(all.withFilter("zhao"), 0, 10), "full pinyin");
		assertEquals(List.of(LI, ZHAO), ws.findPeople(all.withFilter("四"), 0, 10), "part of the name");
		assertEquals(List.of(ZHAO), ws.findPeople(all.withFilter("002x"), 0, 10), "part of the ID, any case");
		assertEquals(0, ws.countPeople(all.withFilter("100%")), "LIKE wildcards are literal");
		assertEquals(1, ws.countPeople(PeopleQuery.in(BRANCH.id(), false)));
		assertEquals(0, ws.countPeople(PeopleQuery.in(new OrgId(999), true)), "unknown organization");
		assertEquals(java.util.Map.of(BRANCH.id(), 1, GROUP.id(), 1, OTHER.id(), 1), ws.peopleCountByOrganization());
	}

	/** Every built-in command: undo gives back the exact state before, redo the exact state after. */
	@Test
	void undoRedoRoundTripForEveryCommand() throws Exception {
		List<Function<JdbcWorkspace, Command>> commands = List.of(
				w -> Commands.editPerson(ZHANG, ZHANG.withPost("党支部书记").withCategories(Set.of("第一书记"))),
				w -> Commands.editPerson(ZHANG, ZHANG.withName("张三丰")),
				w -> Commands.addPerson(person(0, "王五", valid("65230219900101001"), GROUP.id())),
				w -> Commands.removePerson(LI),
				w -> Commands.movePerson(ZHANG, GROUP),
				w -> Commands.addOrganization(new Organization(new OrgId(0), "65-03", "第三网格党支部", OrgType.BRANCH, Optional.of(ROOT.id()))),
				w -> Commands.renameOrganization(BRANCH, "博峰街第一网格党支部"),
				w -> Commands.moveOrganization(BRANCH, OTHER),
				w -> new Command() { // a compound command: empty the group, then remove it
					@Override
					public String label() {
						return "清空并删除1号楼党小组";
					}

					@Override
					public void run(Changes c) {
						c.put(LI.withOrganization(BRANCH.id()));
						c.remove(GROUP.id());
					}
				});
		roundTrip(commands, w -> {
		});
	}

	/** Each command runs on a fresh store prepared by {@code setup}: undo, redo, undo again must give exact states. */
	private void roundTrip(List<Function<JdbcWorkspace, Command>> commands, java.util.function.Consumer<JdbcWorkspace> setup)
			throws Exception {
		for (var make : commands) {
			closeAll();
			createStore();
			setup.accept(ws);
			WorkspaceSnapshot before = ws.snapshot();
			Command c = make.apply(ws);
			events.clear();
			ws.execute(c);
			WorkspaceSnapshot after = ws.snapshot();
			assertNotEquals(before, after, c.label() + " changed nothing");
			assertEquals(1, events.size(), "one event per command");
			ws.history().undo();
			assertEquals(before, ws.snapshot(), "undo of " + c.label());
			ws.history().redo();
			assertEquals(after, ws.snapshot(), "redo of " + c.label());
			ws.history().undo();
			assertEquals(before, ws.snapshot(), "second undo of " + c.label());
			assertEquals(4, events.size(), "execute, undo, redo, undo each publish once");
		}
	}

	/** The same for every record type: create, add, edit and remove, and the compound record commands. */
	@Test
	void undoRedoRoundTripForEveryRecordCommand() throws Exception {
		List<Function<JdbcWorkspace, Command>> commands = new ArrayList<>();
		List<Record> sample = Domain.sample(), edited = Domain.edited();
		for (int i = 0; i < sample.size(); i++) {
			Record seen = sample.get(i), updated = edited.get(i);
			commands.add(w -> Commands.edit(seen, updated));
		}
		for (Record leaf : List.of(Domain.ZHANG_ACTIVE, Domain.ENROLLMENT, Domain.ATTENDANCE, Domain.FOLLOW_UP, Domain.PLAN, Domain.RULES,
				Domain.SETTING)) {
			commands.add(w -> Commands.remove(leaf));
		}
		commands.addAll(List.of(
				w -> Commands.create(id -> new HoursConversionTable(new ConversionTableId(id), "新表", BigDecimal.ONE, BigDecimal.ONE,
						BigDecimal.ONE, BigDecimal.ONE, List.of())),
				w -> Commands.create(id -> new TrainingProgram(new ProgramId(id), "新项目", 2024, TargetRule.everyone(),
						LocalDate.of(2024, 12, 31), BigDecimal.TEN, Optional.empty())),
				w -> Commands.create(id -> Domain.CLASS.copyAsTemplate(new ClassId(id), "第二期", LocalDate.of(2020, 7, 1))),
				w -> Commands.create(id -> Domain.COURSE.copyFor(new CourseId(id), Domain.CLASS, Domain.CLASS)),
				w -> Commands.add(new Enrollment(Domain.CLASS.id(), LI.id(), EnrollmentStatus.ENROLLED)),
				w -> Commands.create(id -> new ImportBatch(new ImportBatchId(id), "b.csv", "cd".repeat(32), "me", Instant.EPOCH, 0, 0, 0)),
				w -> Commands.add(new Attendance(LI.id(), Domain.COURSE.id(), AttendanceStatus.PRESENT, Optional.empty(), Optional.empty(),
						Optional.empty())),
				w -> Commands.create(id -> new StudyMaterial(new MaterialId(id), MaterialKind.INSTRUCTION, "重要指示", LocalDate.of(2024, 1, 2),
						"新华社")),
				w -> Commands.create(id -> new Meeting(new MeetingId(id), MeetingType.THEME_PARTY_DAY, LocalDate.of(2024, 1, 5), GROUP.id(),
						Optional.empty(), List.of(Attendee.present(LI.id())), List.of(), "")),
				w -> Commands.create(id -> new FollowUpAction(new FollowUpId(id), Domain.MEETING.id(), "整改", LI.id(), LocalDate.of(2024, 3, 1),
						FollowUpStatus.NOT_STARTED, List.of())),
				w -> Commands.create(id -> new StudyPlan(new StudyPlanId(id), ROOT.id(), 2024, List.of())),
				w -> Commands.add(new StatusPeriod(LI.id(), PersonStatus.LEFT, LocalDate.of(2023, 1, 1), Optional.empty())),
				w -> Commands.setStatusHistory(StatusHistory.of(ZHANG.id(),
						new StatusPeriod(ZHANG.id(), PersonStatus.ACTIVE, LocalDate.of(2015, 1, 1), Optional.empty()))),
				w -> Commands.copyClass(Domain.CLASS, "第二期", LocalDate.of(2020, 7, 6)),
				w -> Commands.removeClass(Domain.CLASS),
				w -> Commands.putAll("批量修改", edited)));
		roundTrip(commands, w -> w.execute(Commands.putAll("样例数据", Domain.sample())));
		roundTrip(List.of(w -> Commands.putAll("样例数据", Domain.sample())), w -> {
		});
	}

	/**
	 * A bulk write ({@link Changes#putAll}), as an import makes: chunks, a row it replaces, one undo
	 * that gives back exactly what was there, redo, and a refused undo over someone else's change.
	 */
	@Test
	void aBulkWriteIsOneStepOfUndoAndKeepsWhatItReplaced() {
		ws.execute(Commands.putAll("样例数据", Domain.sample()));
		WorkspaceSnapshot start = ws.snapshot();
		List<Course> courses = new ArrayList<>();
		for (int i = 0; i < 1_200; i++) {
			courses.add(new Course(new CourseId(10_000 + i), Domain.CLASS.id(), "课程" + i, "", Domain.COURSE.start(), Domain.COURSE.end(),
					BigDecimal.ONE));
		}
		List<Integer> few = new ArrayList<>();
		ws.execute(Commands.of("课程", c -> {
			c.putAll(courses.subList(0, 10), few::add);
			c.putAll(courses.subList(10, courses.size()));
		}));
		assertEquals(List.of(10), few, "a few records go one by one, and say so at the end");
		WorkspaceSnapshot withCourses = ws.snapshot();
		List<Attendance> rows = new ArrayList<>();
		for (Course course : Stream.concat(Stream.of(Domain.COURSE), courses.stream()).toList()) {
			for (Person p : List.of(ZHANG, LI, ZHAO)) {
				rows.add(new Attendance(p.id(), course.id(), AttendanceStatus.PRESENT, Optional.empty(), Optional.empty(), Optional.empty()));
			}
		}
		events.clear();
		List<Integer> written = new ArrayList<>();
		ws.execute(Commands.of("签到", c -> c.putAll(rows, written::add)));
		// 3,603 rows: told after each batch of 1,000, the last time all of them
		assertEquals(List.of(1_000, 2_000, 3_000, 3_603), written);
		WorkspaceSnapshot imported = ws.snapshot();
		assertEquals(rows.size(), ws.list(Attendance.class).size(), "the one that existed was replaced, not doubled");
		assertEquals(AttendanceStatus.PRESENT, ws.get(Attendance.class, Domain.ATTENDANCE.key()).orElseThrow().status());
		assertTrue(events.get(0).affects(Attendance.class));
		assertTrue(ws.auditLog(1).get(0).contains("签到"), ws.auditLog(1).toString());

		ws.history().undo();
		assertEquals(withCourses, ws.snapshot(), "undo gives back the replaced row and removes the rest");
		ws.history().redo();
		assertEquals(imported, ws.snapshot());
		ws.history().undo();
		ws.history().undo();
		assertEquals(start, ws.snapshot());
		ws.history().redo();
		ws.history().redo();
		assertEquals(imported, ws.snapshot());

		JdbcWorkspace other = open(stores.again());
		Attendance late = new Attendance(LI.id(), courses.get(900).id(), AttendanceStatus.LATE, Optional.empty(), Optional.empty(),
				Optional.empty());
		other.execute(Commands.of("改一行", c -> c.put(late)));
		WorkspaceSnapshot changed = ws.snapshot();
		assertThrows(ConflictException.class, () -> ws.history().undo());
		assertEquals(changed, ws.snapshot(), "a refused undo leaves every row as it was");

		List<Attendance> twice = new ArrayList<>(rows.subList(0, 1_500).stream()
				.map(a -> new Attendance(a.person(), a.course(), AttendanceStatus.ABSENT, Optional.empty(), Optional.empty(), Optional.empty()))
				.toList());
		twice.add(1_200, twice.get(1_100)); // in the second chunk: the first is written by then
		CommandException e = assertThrows(CommandException.class, () -> ws.execute(Commands.of("重复", c -> c.putAll(twice))));
		assertTrue(e.getMessage().contains(Records.describe(twice.get(1_100))), e.getMessage());
		assertEquals(changed, ws.snapshot(), "a refused bulk write writes nothing");
	}

	@Test
	void everyRecordTypeReadsBackAsWritten() {
		ws.execute(Commands.putAll("样例数据", Domain.sample()));
		for (Record r : Domain.sample()) {
			assertEquals(Optional.of(r), ws.get(r.getClass(), Records.key(r)), Records.describe(r));
		}
		assertEquals(Domain.sample(), ws.snapshot().records());
		assertEquals(List.of(Domain.COURSE), ws.list(Course.class, Domain.CLASS.id()));
		assertEquals(List.of(Domain.ZHANG_ACTIVE, Domain.ZHANG_TRANSFERRED), ws.list(StatusPeriod.class, ZHANG.id()));
		assertEquals(List.of(Domain.ATTENDANCE), ws.list(Attendance.class, Domain.BATCH.id()));
		assertEquals(List.of(Domain.MEETING), ws.list(Meeting.class, ROOT.id()));
		assertEquals(List.of(), ws.list(Meeting.class, BRANCH.id()));
		assertEquals(List.of(Domain.PROGRAM), ws.list(TrainingProgram.class));
		assertThrows(IllegalArgumentException.class, () -> ws.list(Meeting.class, Domain.CLASS.id()), "classes do not own meetings");
		WorkspaceEvent last = events.get(events.size() - 1);
		assertTrue(last.affects(Meeting.class) && last.affects(Attendance.class) && !last.affects(Person.class), last.toString());
	}

	@Test
	void aRecordStillInUseIsNotRemovedAndTheMessageSaysWhy() {
		ws.execute(Commands.putAll("样例数据", Domain.sample()));
		WorkspaceSnapshot before = ws.snapshot();
		var e = assertThrows(TreeInvariantException.class, () -> ws.execute(Commands.remove(Domain.PROGRAM)));
		assertEquals(Nls.bind(Messages.Store_STILL_REFERENCED, Records.describe(Domain.PROGRAM)), e.getMessage());
		assertTrue(e.getMessage().contains(Domain.PROGRAM.name()), e.getMessage());
		Enrollment nowhere = new Enrollment(new ClassId(999_999), ZHANG.id(), EnrollmentStatus.ENROLLED);
		var missing = assertThrows(TreeInvariantException.class, () -> ws.execute(Commands.add(nowhere)));
		assertEquals(Nls.bind(Messages.Store_MISSING_REFERENCE, Records.describe(nowhere)), missing.getMessage());
		var twice = assertThrows(CommandException.class, () -> ws.execute(Commands.add(Domain.ENROLLMENT)));
		assertEquals(Nls.bind(org.dangxiao.model.Messages.Command_ALREADY_EXISTS, Records.describe(Domain.ENROLLMENT)), twice.getMessage());
		var person = assertThrows(TreeInvariantException.class, () -> ws.execute(Commands.removePerson(ZHANG)));
		assertEquals(Nls.bind(Messages.Store_STILL_REFERENCED, Records.describe(ZHANG)), person.getMessage());
		assertEquals(before, ws.snapshot());
	}

	/** Two clients edit the same meeting: the second is refused, keeps its edit, and can apply it on the current record. */
	@Test
	void conflictingRecordEditsAreRefusedAndKept() {
		ws.execute(Commands.putAll("样例数据", Domain.sample()));
		JdbcWorkspace other = open(ws.database());
		Meeting seen = other.get(Meeting.class, Domain.MEETING.id()).orElseThrow();
		ws.execute(Commands.edit(Domain.MEETING, new Meeting(seen.id(), seen.type(), seen.date(), seen.organization(), seen.presider(),
				seen.attendees(), seen.agenda(), "第一个人写的记录")));
		Meeting mine = new Meeting(seen.id(), seen.type(), seen.date().plusDays(1), seen.organization(), seen.presider(), seen.attendees(),
				seen.agenda(), "第二个人写的记录");
		var conflict = assertThrows(ConflictException.class, () -> other.execute(Commands.edit(seen, mine)));
		assertEquals("第一个人写的记录", ws.get(Meeting.class, seen.id()).orElseThrow().minutes(), "nothing was overwritten");
		other.execute(conflict.retry().orElseThrow());
		assertEquals(mine, ws.get(Meeting.class, seen.id()).orElseThrow(), "the kept edit applies when the user says so");
	}

	@Test
	void moveOrganizationMovesItsSubtree() {
		ws.execute(Commands.moveOrganization(BRANCH, OTHER));
		assertEquals(List.of(ZHAO, ZHANG, LI).stream().map(Person::id).sorted().toList(),
				ws.peopleWithin(OTHER.id()).stream().map(Person::id).sorted().toList());
		assertEquals(3, ws.countPeople(PeopleQuery.in(OTHER.id(), true)), "subtree paths followed the move");
	}

	@Test
	void refusedCommandsLeaveNothingAndPublishNothing() {
		WorkspaceSnapshot before = ws.snapshot();
		events.clear();
		var cycle = assertThrows(TreeInvariantException.class, () -> ws.execute(Commands.moveOrganization(BRANCH, GROUP)));
		assertTrue(cycle.getMessage().contains(BRANCH.name()), cycle.getMessage());
		assertThrows(TreeInvariantException.class, () -> ws.execute(Commands.addOrganization(
				new Organization(new OrgId(0), "66", "另一个市委", OrgType.PARTY_COMMITTEE, Optional.empty()))), "a second root");
		var dup = assertThrows(TreeInvariantException.class,
				() -> ws.execute(Commands.addPerson(person(0, "张三", ZHANG.citizenId().value(), GROUP.id()))));
		assertTrue(dup.getMessage().contains(ZHANG.citizenId().value()), dup.getMessage());
		assertThrows(CommandException.class, () -> ws.execute(Commands.removeOrganization(GROUP)), "still has people");
		var code = assertThrows(TreeInvariantException.class, () -> ws.execute(Commands.addOrganization(
				new Organization(new OrgId(0), "65-01", "重复代码", OrgType.GROUP, Optional.of(ROOT.id())))));
		assertTrue(code.getMessage().contains("65-01"), code.getMessage());
		var halfway = assertThrows(CommandException.class, () -> ws.execute(new Command() {
			@Override
			public String label() {
				return "half";
			}

			@Override
			public void run(Changes c) {
				c.put(ZHANG.withName("张三丰"));
				c.remove(LI.id());
				throw new IllegalStateException("disk full");
			}
		}));
		assertTrue(halfway.getMessage().endsWith("disk full"), halfway.getMessage());
		assertEquals(before, ws.snapshot());
		assertEquals(List.of(), events, "a refused command publishes nothing");
		assertFalse(ws.history().canUndo());
	}

	@Test
	void everyCommitWritesOneAuditRow() {
		Command edit = Commands.editPerson(ZHANG, ZHANG.withPost("书记"));
		ws.execute(edit);
		ws.history().undo();
		List<String> log = ws.auditLog(10);
		String who = System.getProperty("user.name");
		assertEquals(who + "\tUNDO\t" + edit.label(), log.get(0));
		assertEquals(who + "\tEXECUTE\t" + edit.label(), log.get(1));
		assertEquals(who + "\tRELOAD\ttest data", log.get(2));
	}

	/** Two staff edit the same person: the second is told, and their edit is kept to retry. */
	@Test
	void conflictingEditsAreDetectedAndNothingIsLost() {
		JdbcWorkspace other = open(stores.again());
		Person seenByOther = other.person(ZHANG.id()).orElseThrow();
		ws.execute(Commands.editPerson(ZHANG, ZHANG.withPost("党支部书记")));
		var conflict = assertThrows(ConflictException.class,
				() -> other.execute(Commands.editPerson(seenByOther, seenByOther.withName("张三丰"))));
		assertTrue(conflict.getMessage().contains("张三"), conflict.getMessage());
		assertEquals("党支部书记", other.person(ZHANG.id()).orElseThrow().post(), "the first edit stands");
		assertEquals("张三", other.person(ZHANG.id()).orElseThrow().name(), "the second was not written");
		other.execute(conflict.retry().orElseThrow());
		Person merged = ws.person(ZHANG.id()).orElseThrow();
		assertEquals("张三丰", merged.name(), "the retry applies the second edit");
		assertEquals("党支部书记", merged.post(), "without losing the first");
	}

	/** Undo never overwrites what someone else changed since. */
	@Test
	void undoRefusesToOverwriteALaterChangeBySomeoneElse() {
		JdbcWorkspace other = open(stores.again());
		ws.execute(Commands.editPerson(ZHANG, ZHANG.withPost("书记")));
		Person now = other.person(ZHANG.id()).orElseThrow();
		other.execute(Commands.editPerson(now, now.withPost("副书记")));
		assertThrows(ConflictException.class, () -> ws.history().undo());
		assertEquals("副书记", ws.person(ZHANG.id()).orElseThrow().post());
		assertTrue(ws.history().canUndo(), "the edit stays in the history");
	}

	@Test
	void theDemoSeedLoadsCompletely() throws Exception {
		WorkspaceSnapshot demo = SeedFiles.read(Path.of(System.getProperty("dangxiao.root"), "seeds", "demo"));
		ws.replaceAll(demo, "示范数据");
		assertEquals(demo, ws.snapshot());
		assertFalse(ws.history().canUndo(), "a restore clears the history");
		Person added = ws.person(ws.execute(Commands.addPerson(person(0, "新人", valid("65230219900101001"), demo.organizations().get(1).id())))
				.people().iterator().next()).orElseThrow();
		assertTrue(added.id().value() > demo.people().size(), "new ids do not collide with loaded ones");
	}

	@Test
	void aWorkspaceOfSchemaVersion1OpensWithoutLoss() throws Exception {
		Database old = stores.create();
		old.migrateTo("1");
		try (Connection c = old.connect(); Statement st = c.createStatement()) {
			st.execute("INSERT INTO organization (id, code, name, type, parent_id, version) VALUES (1, '65', '阜康市委', 'PARTY_COMMITTEE', NULL, 1)");
			st.execute("INSERT INTO organization (id, code, name, type, parent_id, version) VALUES (2, '65-01', '第一网格党支部', 'BRANCH', 1, 1)");
			st.execute("INSERT INTO organization (id, code, name, type, parent_id, version) VALUES (3, '65-01-01', '1号楼党小组', 'GROUP', 2, 1)");
			st.execute("INSERT INTO person (id, name, gender, ethnicity, citizen_id, org_id, post, rank_name, categories, version)"
					+ " VALUES (1, '张三', 'MALE', '汉族', '652302198506151235', 3, '党员', NULL, '驻村干部', 1)");
		}
		JdbcWorkspace upgraded = open(old);
		assertEquals(3, upgraded.organizations().size());
		Person zhang = upgraded.person(new PersonId(1)).orElseThrow();
		assertEquals("张三", zhang.name());
		assertEquals(Set.of("驻村干部"), zhang.categories());
		assertEquals(List.of(zhang), upgraded.findPeople(PeopleQuery.in(new OrgId(1), true).withFilter("zs"), 0, 10),
				"version 2's subtree paths and pinyin were filled in for old rows");
		upgraded.execute(Commands.editPerson(zhang, zhang.withPost("楼栋长")));
		assertEquals("楼栋长", upgraded.person(zhang.id()).orElseThrow().post());
	}

	/** The index names of {@code table}, lower case (H2 keeps names upper case, PostgreSQL lower). */
	static java.util.Set<String> indexes(Database db, String table) throws Exception {
		java.util.Set<String> names = new java.util.TreeSet<>();
		try (Connection c = db.connect()) {
			for (String t : List.of(table, table.toUpperCase(java.util.Locale.ROOT))) {
				try (var rs = c.getMetaData().getIndexInfo(null, null, t, false, false)) {
					while (rs.next()) {
						java.util.Optional.ofNullable(rs.getString("INDEX_NAME")).ifPresent(n -> names.add(n.toLowerCase(java.util.Locale.ROOT)));
					}
				}
			}
		}
		return names;
	}

	/** Until version 7 a plan's topics had no speakers: such rows (and backups) still read, as topics without them. */
	@Test
	void aStudyPlanWrittenWithoutSpeakersStillReads() throws Exception {
		Database db = stores.create();
		JdbcWorkspace w = open(db);
		w.replaceAll(small(), "test data");
		try (Connection c = db.connect();
				var ps = c.prepareStatement("INSERT INTO study_plan (id, org_id, plan_year, topics) VALUES (5, ?, 2021, ?)")) {
			ps.setLong(1, ROOT.id().value());
			ps.setString(2, "2021-01\t学习党史");
			ps.executeUpdate();
		}
		var plan = w.get(org.dangxiao.model.study.StudyPlan.class, new org.dangxiao.model.study.StudyPlanId(5)).orElseThrow();
		assertEquals(List.of(new org.dangxiao.model.study.PlannedTopic(java.time.YearMonth.of(2021, 1), "学习党史")), plan.topics());
	}

	/** Version 3 had training tables with an attendance id; version 4 keys attendance by person and course. */
	@Test
	void aWorkspaceOfSchemaVersion3KeepsItsTrainingData() throws Exception {
		Database old = stores.create();
		old.migrateTo("3");
		try (Connection c = old.connect(); Statement st = c.createStatement()) {
			st.execute("INSERT INTO organization (id, code, name, type, parent_id, version, path) VALUES (1, '65', '阜康市委', 'PARTY_COMMITTEE', NULL, 1, '/1/')");
			st.execute("INSERT INTO person (id, name, name_pinyin, name_initials, gender, ethnicity, citizen_id, org_id, post, rank_name,"
					+ " categories, version) VALUES (1, '张三', 'zhangsan', 'zs', 'MALE', '汉族', '652302198506151235', 1, '党员', NULL, '驻村干部', 1)");
			st.execute("INSERT INTO training_program VALUES (1, '2020年新任村干部轮训', 2020, DATE '2020-12-31', 48)");
			st.execute("INSERT INTO training_class VALUES (11, 1, '第一期', DATE '2020-06-01', DATE '2020-06-07', '州委党校', 'PARTY_SCHOOL', 60, NULL)");
			st.execute("INSERT INTO course VALUES (111, 11, '开班式', '', TIMESTAMP '2020-06-01 09:00:00', TIMESTAMP '2020-06-01 10:00:00', 1)");
			st.execute("INSERT INTO enrollment VALUES (11, 1, 'COMPLETED')");
			st.execute("INSERT INTO attendance VALUES (5, 1, 111, 'PRESENT', TIMESTAMP '2020-06-01 08:55:00', NULL, NULL)");
		}
		JdbcWorkspace upgraded = open(old);
		TrainingProgram program = upgraded.get(TrainingProgram.class, new ProgramId(1)).orElseThrow();
		assertEquals(TargetRule.everyone(), program.target(), "programs of version 3 target everyone, as they did");
		assertEquals(BigDecimal.valueOf(48), program.requiredHours());
		assertEquals(List.of(new Attendance(ZHANG.id(), new CourseId(111), AttendanceStatus.PRESENT,
				Optional.of(java.time.LocalDateTime.of(2020, 6, 1, 8, 55)), Optional.empty(), Optional.empty())),
				upgraded.list(Attendance.class, new CourseId(111)));
		assertEquals(new org.dangxiao.model.training.Coverage(1, 1), upgraded.coverageByOrganization(program.id()).get(new OrgId(1)));
		assertTrue(indexes(old, "person").contains("person_org_categories"), "version 6's coverage index: " + indexes(old, "person"));
		assertTrue(indexes(old, "enrollment").contains("enrollment_person_status"), "version 6's index: " + indexes(old, "enrollment"));
		long id = upgraded.execute(Commands.create(i -> new StudyMaterial(new MaterialId(i), MaterialKind.DOCUMENT, "文件", LocalDate.of(2024, 1, 1),
				"来源"))).sequence();
		assertTrue(id > 0);
		assertEquals(1, upgraded.list(StudyMaterial.class).size());
	}

	@Test
	void coverageCountsCompletedEnrollmentsOfTheProgramOnly() throws Exception {
		TrainingProgram program = new TrainingProgram(new ProgramId(1), "2020年新任村干部轮训", 2020, TargetRule.everyone(),
				LocalDate.of(2020, 12, 31), BigDecimal.valueOf(48), Optional.empty());
		TrainingProgram another = new TrainingProgram(new ProgramId(2), "另一项目", 2020, TargetRule.everyone(), LocalDate.of(2020, 12, 31),
				BigDecimal.valueOf(24), Optional.empty());
		var first = Domain.CLASS.copyAsTemplate(new ClassId(11), "第一期", LocalDate.of(2020, 6, 1));
		var second = Domain.CLASS.copyAsTemplate(new ClassId(12), "第二期", LocalDate.of(2020, 7, 1));
		var other = new org.dangxiao.model.training.TrainingClass(new ClassId(21), another.id(), "其他班", LocalDate.of(2020, 6, 1),
				LocalDate.of(2020, 6, 7), "夜校", org.dangxiao.model.training.ClassMode.NIGHT_SCHOOL, 60, Optional.empty());
		ws.execute(Commands.putAll("轮训", List.of(program, another,
				new org.dangxiao.model.training.TrainingClass(first.id(), program.id(), first.name(), first.start(), first.end(), first.place(),
						first.mode(), first.capacity(), Optional.empty()),
				new org.dangxiao.model.training.TrainingClass(second.id(), program.id(), second.name(), second.start(), second.end(),
						second.place(), second.mode(), second.capacity(), Optional.empty()),
				other,
				new Enrollment(first.id(), ZHANG.id(), EnrollmentStatus.COMPLETED), // 张三: trained
				new Enrollment(second.id(), ZHANG.id(), EnrollmentStatus.COMPLETED), // twice is still one person
				new Enrollment(first.id(), LI.id(), EnrollmentStatus.ENROLLED), // 李四: still in class
				new Enrollment(other.id(), ZHAO.id(), EnrollmentStatus.COMPLETED)))); // 赵四: another program
		// a roster with its people, in one join, as the default of the interface reads it in two steps
		var roster = ws.roster(first.id());
		assertEquals(List.of(new RosterEntry(new Enrollment(first.id(), ZHANG.id(), EnrollmentStatus.COMPLETED), ZHANG),
				new RosterEntry(new Enrollment(first.id(), LI.id(), EnrollmentStatus.ENROLLED), LI)).stream()
				.sorted(java.util.Comparator.comparing(e -> e.person().id())).toList(), roster);
		// the interface's own roster(), everything else passed to the store
		var plain = (org.dangxiao.model.WorkspaceView) java.lang.reflect.Proxy.newProxyInstance(
				org.dangxiao.model.WorkspaceView.class.getClassLoader(), new Class<?>[] { org.dangxiao.model.WorkspaceView.class },
				(proxy, m, args) -> m.getName().equals("roster") ? java.lang.reflect.InvocationHandler.invokeDefault(proxy, m, args)
						: m.invoke(ws, args));
		assertEquals(roster, plain.roster(first.id()));
		assertEquals(List.of(), ws.roster(new ClassId(999_999)), "unknown class");
		ws.execute(Commands.of("read in a command", c -> assertEquals(roster, c.roster(first.id()))));
		var direct = ws.coverageByOrganization(program.id());
		assertEquals(new org.dangxiao.model.training.Coverage(1, 1), direct.get(BRANCH.id()));
		assertEquals(new org.dangxiao.model.training.Coverage(1, 0), direct.get(GROUP.id()));
		assertEquals(new org.dangxiao.model.training.Coverage(1, 0), direct.get(OTHER.id()));
		var total = org.dangxiao.model.training.Coverage.rollUp(ws.organizations(), direct);
		assertEquals(new org.dangxiao.model.training.Coverage(3, 1), total.get(ROOT.id()));
		assertEquals(new org.dangxiao.model.training.Coverage(2, 1), total.get(BRANCH.id()));
		assertEquals(0.5, total.get(BRANCH.id()).ratio());
		assertEquals(java.util.Map.of(), ws.coverageByOrganization(new ProgramId(99)), "unknown program");
		// by category: everyone is 驻村干部; 李四 gets a second category and counts under both
		assertEquals(java.util.Map.of("驻村干部", new org.dangxiao.model.training.Coverage(3, 1)), ws.coverageByCategory(program.id()));
		ws.execute(Commands.editPerson(LI, LI.withCategories(Set.of("驻村干部", "第一书记"))));
		assertEquals(java.util.Map.of("驻村干部", new org.dangxiao.model.training.Coverage(3, 1), "第一书记",
				new org.dangxiao.model.training.Coverage(1, 0)), ws.coverageByCategory(program.id()));
		ws.execute(Commands.editPerson(ZHAO, ZHAO.withCategories(Set.of())));
		assertEquals(new org.dangxiao.model.training.Coverage(1, 0), ws.coverageByCategory(program.id()).get(""), "no category");
		// 应训未训: 李四 and 赵四, in pinyin order, in windows, within a subtree
		Person li = ws.person(LI.id()).orElseThrow(), zhao = ws.person(ZHAO.id()).orElseThrow();
		assertEquals(2, ws.countUntrained(program.id(), Optional.empty()));
		assertEquals(List.of(li, zhao), ws.findUntrained(program.id(), Optional.empty(), 0, 10));
		assertEquals(List.of(zhao), ws.findUntrained(program.id(), Optional.empty(), 1, 1));
		assertEquals(List.of(li), ws.findUntrained(program.id(), Optional.of(BRANCH.id()), 0, 10));
		assertEquals(1, ws.countUntrained(program.id(), Optional.of(BRANCH.id())));
		assertEquals(0, ws.countUntrained(new ProgramId(99), Optional.empty()), "unknown program");
		assertEquals(List.of(), ws.findUntrained(program.id(), Optional.of(new OrgId(999)), 0, 10), "unknown organization");
		assertEquals(List.of(li, ws.person(ZHANG.id()).orElseThrow()), ws.findUntrained(another.id(), Optional.empty(), 0, 10),
				"赵四 completed the other program, 张三 only this one");

		// 张三 transferred out before the deadline: out of the denominator (and so of the trained)
		ws.execute(Commands.setStatusHistory(StatusHistory.of(ZHANG.id(), Domain.ZHANG_ACTIVE, Domain.ZHANG_TRANSFERRED)));
		assertEquals(Optional.empty(), Optional.ofNullable(ws.coverageByOrganization(program.id()).get(BRANCH.id())));
		assertEquals(2, ws.countUntrained(program.id(), Optional.empty()), "张三 was trained; leaving changes no untrained count");
		ws.execute(Commands.setStatusHistory(StatusHistory.of(LI.id(), new StatusPeriod(LI.id(), PersonStatus.LEFT, LocalDate.of(2020, 3, 1),
				Optional.empty()))));
		assertEquals(List.of(zhao), ws.findUntrained(program.id(), Optional.empty(), 0, 10), "李四 left before the deadline: no longer to train");
		// ... but a transfer after the deadline does not count
		ws.execute(Commands.setStatusHistory(StatusHistory.of(ZHANG.id(),
				new StatusPeriod(ZHANG.id(), PersonStatus.TRANSFERRED_OUT, LocalDate.of(2021, 1, 1), Optional.empty()))));
		assertEquals(new org.dangxiao.model.training.Coverage(1, 1), ws.coverageByOrganization(program.id()).get(BRANCH.id()));
	}

	/**
	 * The store's SQL and the model's rules agree on who is a target and who is trained, on a
	 * random workspace with every kind of condition: categories, subtree, ranks, appointment
	 * dates and status histories.
	 */
	@Test
	void coverageInTheDatabaseAgreesWithTheModel() throws Exception {
		java.util.Random random = new java.util.Random(20201231);
		WorkspaceSnapshot demo = SeedFiles.read(Path.of(System.getProperty("dangxiao.root"), "seeds", "demo"));
		ws.replaceAll(demo, "示范数据");
		LocalDate deadline = LocalDate.of(2020, 12, 31);
		List<Record> records = new ArrayList<>();
		java.util.Map<PersonId, StatusHistory> histories = new java.util.HashMap<>();
		PersonStatus[] statuses = PersonStatus.values();
		for (Person p : demo.people()) {
			if (random.nextInt(3) == 0) {
				LocalDate start = LocalDate.of(2017, 1, 1).plusDays(random.nextInt(1800));
				List<StatusPeriod> periods = new ArrayList<>();
				for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
					LocalDate end = start.plusDays(random.nextInt(400));
					periods.add(new StatusPeriod(p.id(), statuses[random.nextInt(statuses.length)], start,
							i == n - 1 && random.nextBoolean() ? Optional.empty() : Optional.of(end)));
					start = end.plusDays(1);
				}
				histories.put(p.id(), new StatusHistory(p.id(), periods));
				records.addAll(periods);
			}
		}
		List<OrgId> orgs = demo.organizations().stream().map(Organization::id).toList();
		Set<String> categories = demo.people().stream().flatMap(p -> p.categories().stream()).collect(java.util.stream.Collectors.toSet());
		Set<String> ranks = demo.people().stream().flatMap(p -> p.rank().stream()).collect(java.util.stream.Collectors.toSet());
		List<TargetRule> rules = List.of(TargetRule.everyone(),
				new TargetRule(Set.of(categories.iterator().next()), Optional.empty(), Set.of(), Optional.empty(), Optional.empty()),
				new TargetRule(categories, demo.organizations().stream()
						.filter(o -> o.id().equals(demo.people().stream().filter(p -> !p.categories().isEmpty()).findFirst().orElseThrow().organization()))
						.findFirst().orElseThrow().parent(), Set.of(), Optional.empty(), Optional.empty()),
				new TargetRule(Set.of(), Optional.of(orgs.get(random.nextInt(orgs.size()))), ranks, Optional.empty(), Optional.empty()),
				new TargetRule(Set.of(), Optional.empty(), Set.of(), Optional.of(LocalDate.of(2018, 1, 1)), Optional.of(LocalDate.of(2019, 12, 31))),
				new TargetRule(Set.of(), Optional.empty(), Set.of(), Optional.empty(), Optional.of(LocalDate.of(2018, 6, 30))));
		for (int r = 0; r < rules.size(); r++) {
			ProgramId id = new ProgramId(1000 + r);
			records.add(new TrainingProgram(id, "项目" + r, 2020, rules.get(r), deadline, BigDecimal.TEN, Optional.empty()));
			records.add(new org.dangxiao.model.training.TrainingClass(new ClassId(2000 + r), id, "第一期", LocalDate.of(2020, 6, 1),
					LocalDate.of(2020, 6, 7), "党校", org.dangxiao.model.training.ClassMode.PARTY_SCHOOL, 9999, Optional.empty()));
		}
		java.util.Map<ClassId, Set<PersonId>> completed = new java.util.HashMap<>();
		for (int r = 0; r < rules.size(); r++) {
			ClassId k = new ClassId(2000 + r);
			for (Person p : demo.people()) {
				if (random.nextInt(4) == 0) {
					EnrollmentStatus s = EnrollmentStatus.values()[random.nextInt(EnrollmentStatus.values().length)];
					records.add(new Enrollment(k, p.id(), s));
					if (s == EnrollmentStatus.COMPLETED) {
						completed.computeIfAbsent(k, x -> new java.util.HashSet<>()).add(p.id());
					}
				}
			}
		}
		ws.execute(Commands.putAll("随机数据", records));
		var tree = ws.organizations();
		for (int r = 0; r < rules.size(); r++) {
			java.util.Map<OrgId, org.dangxiao.model.training.Coverage> expected = new java.util.HashMap<>();
			for (Person p : demo.people()) {
				StatusHistory h = histories.getOrDefault(p.id(), new StatusHistory(p.id(), List.of()));
				Optional<LocalDate> appointed = h.periods().stream().filter(x -> x.status() == PersonStatus.ACTIVE).map(StatusPeriod::from)
						.max(java.util.Comparator.naturalOrder());
				if (rules.get(r).matches(p, tree, appointed) && h.isCountableOn(deadline)) {
					boolean trained = completed.getOrDefault(new ClassId(2000 + r), Set.of()).contains(p.id());
					expected.merge(p.organization(), new org.dangxiao.model.training.Coverage(1, trained ? 1 : 0),
							(a, b) -> new org.dangxiao.model.training.Coverage(a.target() + b.target(), a.trained() + b.trained()));
				}
			}
			assertEquals(expected, ws.coverageByOrganization(new ProgramId(1000 + r)), "rule " + rules.get(r));
			assertFalse(expected.isEmpty(), "rule " + r + " matches someone");
		}
	}

	@Test
	void aBadDatabaseGivesAClearMessage() {
		var e = assertThrows(CommandException.class,
				() -> JdbcWorkspace.open(Database.postgres("jdbc:postgresql://127.0.0.1:1/nothing", "nobody", "")));
		assertTrue(e.getMessage().contains("127.0.0.1:1/nothing"), e.getMessage());
		assertInstanceOf(java.net.ConnectException.class, rootCause(e), "the message ends with why: the connection was refused");
	}

	static Throwable rootCause(Throwable t) {
		while (t.getCause() != null && t.getCause() != t) {
			t = t.getCause();
		}
		return t;
	}
}
