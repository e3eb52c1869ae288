package org.dangxiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.dangxiao.model.Commands;
import org.dangxiao.model.Organization;
import org.dangxiao.model.Setting;
import org.dangxiao.model.WorkspaceSnapshot;
import org.dangxiao.model.study.Meeting;
import org.dangxiao.model.study.MeetingId;
import org.dangxiao.model.study.MeetingType;
import org.dangxiao.store.JdbcWorkspace;
import org.junit.jupiter.api.Test;

/** {@code seed}, {@code backup} and {@code restore} on real H2 workspaces. */
class WorkspaceCommandsTest extends CliFixture {
	@Test
	void seedFillsAnEmptyWorkspaceOnly() throws Exception {
		try (JdbcWorkspace empty = open("empty")) {
			empty.execute(Commands.putAll("设置", List.of(new Setting("cli.test", "kept"))));
			assertEquals(Cli.OK, run(empty, "seed", DEMO.toString()), both());
			assertEquals(ws.personCount(), empty.personCount());
			assertEquals(ws.organizations().size(), empty.organizations().size());
			assertTrue(out().contains(Integer.toString(ws.personCount())), out());
			assertEquals(Optional.of(new Setting("cli.test", "kept")), empty.get(Setting.class, "cli.test"), "what was there stays");

			WorkspaceSnapshot seeded = empty.snapshot();
			assertEquals(Cli.FAILED, run(empty, "seed", DEMO.toString()), "not empty any more");
			assertTrue(err().contains("restore") && err().contains(Integer.toString(ws.personCount())), err());
			assertEquals(seeded, empty.snapshot());
		}
	}

	@Test
	void seedRefusesWhatIsNotASeed() throws Exception {
		try (JdbcWorkspace empty = open("empty")) {
			assertEquals(Cli.FAILED, run(empty, "seed"));
			assertEquals(Cli.FAILED, run(empty, "seed", dir.resolve("nowhere").toString()));
			assertTrue(err().contains("organizations.tsv"), err());
			Path bad = Files.createDirectories(dir.resolve("bad-seed"));
			Files.copy(DEMO.resolve("organizations.tsv"), bad.resolve("organizations.tsv"));
			List<String> people = Files.readAllLines(DEMO.resolve("people.tsv"));
			Files.write(bad.resolve("people.tsv"), List.of(people.get(0), people.get(1).replaceFirst("\t[^\t]*\t", "\t\t")));
			assertEquals(Cli.FAILED, run(empty, "seed", bad.toString()));
			assertTrue(err().contains("people.tsv"), "names the file at fault: " + err());
			assertFalse(err().contains("Exception"), err());
			assertEquals(0, empty.personCount());
			assertEquals(0, empty.organizations().size());
		}
	}

	@Test
	void backupAndRestoreGiveTheSameWorkspace() throws Exception {
		Organization branch = branch();
		ws.execute(Commands.putAll("会议", List.of(new Meeting(new MeetingId(9001), MeetingType.THEME_PARTY_DAY, LocalDate.of(2024, 5, 15),
				branch.id(), Optional.empty(), List.of(), List.of(), "学习党章"))));
		Path file = dir.resolve("工作区.dxbak");
		assertEquals(Cli.OK, run("backup", file.toString()), both());
		assertTrue(Files.size(file) > 0 && out().contains(file.getFileName().toString()), out());

		try (JdbcWorkspace other = open("other")) {
			assertEquals(Cli.FAILED, run(other, "restore", file.toString()), "not without --yes");
			assertTrue(out().contains(Integer.toString(ws.personCount())) && err().contains("--yes"), both());
			assertEquals(0, other.personCount(), "nothing restored");
			assertEquals(Cli.OK, run(other, "restore", file.toString(), "--yes"), both());
			assertEquals(ws.snapshot(), other.snapshot());
		}
	}

	@Test
	void aDamagedBackupChangesNothing() throws Exception {
		WorkspaceSnapshot before = snapshot();
		Path garbage = Files.writeString(dir.resolve("garbage.dxbak"), "not a zip at all");
		assertEquals(Cli.FAILED, run("restore", garbage.toString(), "--yes"));
		assertTrue(err().contains("garbage.dxbak"), err());
		Path good = dir.resolve("good.dxbak");
		assertEquals(Cli.OK, run("backup", good.toString()), both());
		byte[] bytes = Files.readAllBytes(good);
		Path truncated = Files.write(dir.resolve("truncated.dxbak"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
		assertEquals(Cli.FAILED, run("restore", truncated.toString(), "--yes"));
		assertTrue(err().contains("truncated.dxbak"), err());
		assertEquals(Cli.FAILED, run("restore", dir.resolve("nowhere.dxbak").toString(), "--yes"));
		assertTrue(err().contains("nowhere.dxbak"), err());
		assertEquals(Cli.FAILED, run("restore"));
		assertFalse(err().contains("Exception"), err());
		assertEquals(before, snapshot());
	}

	@Test
	void backupNeedsAFolderToWriteIn() throws Exception {
		assertEquals(Cli.FAILED, run("backup", dir.resolve("没有这个文件夹/a.dxbak").toString()));
		assertTrue(err().contains("没有这个文件夹"), err());
		assertEquals(Cli.FAILED, run("backup", dir.toString()), "a folder");
		assertEquals(Cli.FAILED, run("backup"));
		assertEquals(Cli.FAILED, run("backup", "a.dxbak", "b.dxbak"));
		assertEquals(List.of("ws"), Files.list(dir).map(p -> p.getFileName().toString()).toList());
	}
}
