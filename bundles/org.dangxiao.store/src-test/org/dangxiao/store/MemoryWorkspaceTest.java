package org.dangxiao.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.dangxiao.model.CitizenId;
import org.dangxiao.model.Command;
import org.dangxiao.model.CommandException;
import org.dangxiao.model.Commands;
import org.dangxiao.model.Gender;
import org.dangxiao.model.OrgId;
import org.dangxiao.model.OrgType;
import org.dangxiao.model.Organization;
import org.dangxiao.model.Person;
import org.dangxiao.model.PersonId;
import org.dangxiao.model.TreeInvariantException;
import org.dangxiao.model.Workspace;
import org.dangxiao.model.WorkspaceEvent;
import org.dangxiao.model.WorkspaceSnapshot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemoryWorkspaceTest {
	private static final Organization ROOT = new Organization(new OrgId(1), "65", "阜康市委", OrgType.PARTY_COMMITTEE, Optional.empty());
	private static final Organization BRANCH = new Organization(new OrgId(2), "65-01", "第一网格党支部", OrgType.BRANCH, Optional.of(ROOT.id()));
	private static final Organization GROUP = new Organization(new OrgId(3), "65-01-01", "1号楼党小组", OrgType.GROUP, Optional.of(BRANCH.id()));
	private static final Person ZHANG = person(1, "张三", "652302198506151235", BRANCH.id());
	private static final Person LI = person(2, "李四", "652302198506151243", GROUP.id());

	private MemoryWorkspace ws;
	private final List<WorkspaceEvent> events = new ArrayList<>();

	static Person person(long id, String name, String citizenId, OrgId org) {
		CitizenId cid = CitizenId.of(citizenId);
		return new Person(new PersonId(id), name, cid.gender(), "汉族", cid, org, "党员", Optional.empty(), Set.of("驻村干部"));
	}

	@BeforeEach
	void open() {
		ws = MemoryWorkspace.of("test", new WorkspaceSnapshot(List.of(ROOT, BRANCH, GROUP), List.of(ZHANG, LI)));
		ws.subscribe(events::add);
	}

	@Test
	void queries() {
		assertEquals(List.of(ZHANG), ws.peopleIn(BRANCH.id()));
		assertEquals(List.of(ZHANG, LI), ws.peopleWithin(BRANCH.id()));
		assertEquals(List.of(), ws.peopleIn(ROOT.id()));
		assertEquals(Optional.of(LI), ws.personByCitizenId(LI.citizenId()));
		assertEquals(2, ws.personCount());
	}

	/** Every built-in command: undo gives back the exact state before, redo the exact state after. */
	@Test
	void undoRedoRoundTripForEveryCommand() {
		String xId = "11010519491231002X";
		List<Function<MemoryWorkspace, Command>> commands = List.of(
				w -> Commands.editPerson(ZHANG.withPost("党支部书记").withCategories(Set.of("第一书记"))),
				w -> Commands.addPerson(person(0, "王五", xId, GROUP.id())),
				w -> Commands.removePerson(LI),
				w -> Commands.movePerson(ZHANG, GROUP),
				w -> Commands.addOrganization(new Organization(new OrgId(0), "65-02", "第二网格党支部", OrgType.BRANCH, Optional.of(ROOT.id()))),
				w -> Commands.renameOrganization(BRANCH, "博峰街第一网格党支部"),
				w -> Commands.moveOrganization(GROUP, ROOT));
		for (var make : commands) {
			open();
			WorkspaceSnapshot before = ws.snapshot();
			Command c = make.apply(ws);
			events.clear();
			ws.execute(c);
			WorkspaceSnapshot after = ws.snapshot();
			assertNotEquals(before, after, c.label() + " changed nothing");
			assertEquals(1, events.size(), "one event per command");
			assertEquals(Optional.of(c.label()), ws.history().undoLabel());
			ws.history().undo();
			assertEquals(before, ws.snapshot(), "undo of " + c.label());
			assertTrue(ws.history().canRedo());
			ws.history().redo();
			assertEquals(after, ws.snapshot(), "redo of " + c.label());
			assertEquals(3, events.size(), "execute, undo, redo each publish once");
		}
	}

	@Test
	void removingAnOrganizationThatStillHasPeopleIsRefused() {
		open();
		ws.execute(Commands.addOrganization(new Organization(new OrgId(0), "65-09", "空党小组", OrgType.GROUP, Optional.of(ROOT.id()))));
		Organization empty = ws.organizations().all().stream().filter(o -> o.code().equals("65-09")).findFirst().orElseThrow();
		WorkspaceSnapshot before = ws.snapshot();
		assertThrows(CommandException.class, () -> ws.execute(Commands.removeOrganization(GROUP)));
		assertEquals(before, ws.snapshot());
		ws.execute(Commands.removeOrganization(empty));
		assertFalse(ws.organizations().contains(empty.id()));
		ws.history().undo();
		assertTrue(ws.organizations().contains(empty.id()));
	}

	@Test
	void aCycleIsRefusedAndNothingChanges() {
		WorkspaceSnapshot before = ws.snapshot();
		events.clear();
		assertThrows(TreeInvariantException.class, () -> ws.execute(Commands.moveOrganization(BRANCH, GROUP)));
		assertEquals(before, ws.snapshot());
		assertEquals(List.of(), events, "a refused command publishes nothing");
		assertFalse(ws.history().canUndo());
	}

	@Test
	void aSecondRootIsRefused() {
		WorkspaceSnapshot before = ws.snapshot();
		assertThrows(TreeInvariantException.class, () -> ws.execute(Commands.addOrganization(
				new Organization(new OrgId(0), "66", "另一个市委", OrgType.PARTY_COMMITTEE, Optional.empty()))));
		assertEquals(before, ws.snapshot());
	}

	@Test
	void aDuplicateCitizenIdIsRefused() {
		WorkspaceSnapshot before = ws.snapshot();
		var e = assertThrows(TreeInvariantException.class,
				() -> ws.execute(Commands.addPerson(person(0, "张三", ZHANG.citizenId().value(), GROUP.id()))));
		assertTrue(e.getMessage().contains(ZHANG.citizenId().value()), e.getMessage());
		assertEquals(before, ws.snapshot());
	}

	@Test
	void aCommandFailingHalfwayLeavesNothingBehind() {
		WorkspaceSnapshot before = ws.snapshot();
		Command halfway = new Command() {
			@Override
			public String label() {
				return "half";
			}

			@Override
			public void run(org.dangxiao.model.Changes c) {
				c.put(ZHANG.withName("张三丰"));
				c.remove(LI.id());
				throw new IllegalStateException("disk full");
			}
		};
		var e = assertThrows(CommandException.class, () -> ws.execute(halfway));
		assertEquals("disk full", e.getMessage());
		assertEquals(before, ws.snapshot());
		assertEquals(List.of(ZHANG), ws.peopleIn(BRANCH.id()), "indexes restored too");
	}

	@Test
	void newCommandClearsRedoAndUndoWithNothingSaysSo() {
		ws.execute(Commands.editPerson(ZHANG.withPost("书记")));
		ws.history().undo();
		ws.execute(Commands.editPerson(LI.withPost("委员")));
		assertFalse(ws.history().canRedo());
		ws.history().undo();
		var e = assertThrows(CommandException.class, () -> ws.history().undo());
		assertFalse(e.getMessage().isBlank());
	}

	@Test
	void openingAMissingOrDamagedFolderOpensEmptyAndSaysWhy(@TempDir Path dir) throws Exception {
		Workspace missing = WorkspaceComponent.open(Optional.of(dir.resolve("nope")));
		assertEquals(0, missing.personCount());
		assertTrue(missing.openingProblems().get(0).contains("nope"), missing.openingProblems().toString());
		java.nio.file.Files.writeString(dir.resolve("organizations.tsv"), "garbage\n");
		Workspace damaged = WorkspaceComponent.open(Optional.of(dir));
		assertEquals(1, damaged.openingProblems().size());
		assertTrue(WorkspaceComponent.open(Optional.empty()).openingProblems().size() == 1);
	}
}
