package org.dangxiao.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

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
		for (var make : commands) {
			closeAll();
			createStore();
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

	@Test
	void coverageCountsCompletedEnrollmentsOfTheProgramOnly() throws Exception {
		try (Connection c = ws.database().connect(); Statement st = c.createStatement()) {
			st.execute("INSERT INTO training_program VALUES (1, '2020年新任村干部轮训', 2020, DATE '2020-12-31', 48)");
			st.execute("INSERT INTO training_program VALUES (2, '另一项目', 2020, DATE '2020-12-31', 24)");
			st.execute("INSERT INTO training_class VALUES (11, 1, '第一期', DATE '2020-06-01', DATE '2020-06-07', '州委党校', 'PARTY_SCHOOL', 60, NULL)");
			st.execute("INSERT INTO training_class VALUES (12, 1, '第二期', DATE '2020-07-01', DATE '2020-07-07', '州委党校', 'PARTY_SCHOOL', 60, NULL)");
			st.execute("INSERT INTO training_class VALUES (21, 2, '其他班', DATE '2020-06-01', DATE '2020-06-07', '夜校', 'NIGHT_SCHOOL', 60, NULL)");
			st.execute("INSERT INTO enrollment VALUES (11, 1, 'COMPLETED')"); // 张三: trained
			st.execute("INSERT INTO enrollment VALUES (12, 1, 'COMPLETED')"); // twice is still one person
			st.execute("INSERT INTO enrollment VALUES (11, 2, 'ENROLLED')"); // 李四: still in class
			st.execute("INSERT INTO enrollment VALUES (21, 3, 'COMPLETED')"); // 赵四: another program
		}
		var program = new org.dangxiao.model.training.ProgramId(1);
		var direct = ws.coverageByOrganization(program);
		assertEquals(new org.dangxiao.model.training.Coverage(1, 1), direct.get(BRANCH.id()));
		assertEquals(new org.dangxiao.model.training.Coverage(1, 0), direct.get(GROUP.id()));
		assertEquals(new org.dangxiao.model.training.Coverage(1, 0), direct.get(OTHER.id()));
		var total = org.dangxiao.model.training.Coverage.rollUp(ws.organizations(), direct);
		assertEquals(new org.dangxiao.model.training.Coverage(3, 1), total.get(ROOT.id()));
		assertEquals(new org.dangxiao.model.training.Coverage(2, 1), total.get(BRANCH.id()));
		assertEquals(0.5, total.get(BRANCH.id()).ratio());
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
