package org.dangxiao.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class H2WorkspaceTest extends WorkspaceContract {
	@Override
	Stores stores() {
		return new Stores.H2();
	}

	@Test
	void theWorkspaceFolderHoldsOneDatabaseFileAndReopens() throws Exception {
		Stores.H2 h2 = (Stores.H2) stores;
		assertTrue(Files.exists(h2.folder().resolve("workspace.mv.db")));
		ws.execute(org.dangxiao.model.Commands.editPerson(ZHANG, ZHANG.withPost("楼栋长")));
		closeAll();
		JdbcWorkspace again = open(h2.again());
		assertEquals("楼栋长", again.person(ZHANG.id()).orElseThrow().post());
	}

	@Test
	void aMissingOrDamagedFolderOpensEmptyAndSaysWhy() throws Exception {
		var dir = Files.createTempDirectory("dangxiao-bad-");
		Files.writeString(dir.resolve("workspace.mv.db"), "this is not a database");
		JdbcWorkspace damaged = WorkspaceComponent.open(Optional.of(dir), Optional.empty());
		assertEquals(0, damaged.personCount());
		assertEquals(1, damaged.openingProblems().size());
		assertTrue(damaged.openingProblems().get(0).contains(dir.toString()), damaged.openingProblems().get(0));
		assertEquals("this is not a database", Files.readString(dir.resolve("workspace.mv.db")), "the damaged file is left alone");
		damaged.close();
		JdbcWorkspace none = WorkspaceComponent.open(Optional.empty(), Optional.empty());
		assertEquals(1, none.openingProblems().size());
		none.close();
	}
}
