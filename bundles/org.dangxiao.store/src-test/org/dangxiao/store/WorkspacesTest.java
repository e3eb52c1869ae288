package org.dangxiao.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.dangxiao.model.CommandException;
import org.dangxiao.model.Commands;
import org.dangxiao.model.WorkspaceEvent;
import org.dangxiao.model.WorkspaceLocation;
import org.dangxiao.model.WorkspaceSnapshot;
import org.dangxiao.seed.SeedFiles;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups, restores across stores, remembered passwords, and switching the open workspace. */
class WorkspacesTest {
	@TempDir
	Path dir;

	static WorkspaceSnapshot demo() throws Exception {
		return SeedFiles.read(Path.of(System.getProperty("dangxiao.root"), "seeds", "demo"));
	}

	/** How a school moves from one desktop to a shared server: back up the H2 workspace, restore into PostgreSQL. */
	@Test
	void aDesktopBackupRestoresIntoAServer() throws Exception {
		Path file = dir.resolve("学校备份.dxbak");
		WorkspaceSnapshot original;
		List<List<String>> audit;
		try (JdbcWorkspace desktop = JdbcWorkspace.open(new Stores.H2().create())) {
			desktop.replaceAll(demo(), "示范数据");
			var someone = desktop.peopleIn(desktop.organizations().all().stream()
					.filter(o -> !desktop.peopleIn(o.id()).isEmpty()).findFirst().orElseThrow().id()).get(0);
			desktop.execute(Commands.editPerson(someone, someone.withPost("备份前改的职务")));
			desktop.execute(Commands.putAll("样例数据", Domain.sample()));
			original = desktop.snapshot();
			audit = desktop.auditRows();
			Backups.write(original, audit, "desktop", file);
		}
		Backups.Read read = Backups.read(file);
		assertEquals(audit, read.audit());
		assertEquals(Domain.sample(), read.snapshot().records());
		assertEquals(original.people().size(), read.summary().people());
		assertEquals("desktop", read.summary().source());
		try (JdbcWorkspace server = JdbcWorkspace.open(new Stores.Postgres().create())) {
			server.replaceAll(read.snapshot(), java.util.Optional.of(read.audit()), "恢复");
			assertEquals(original, server.snapshot(), "everything arrives, byte for byte equal");
			List<List<String>> restoredAudit = server.auditRows();
			assertEquals(audit, restoredAudit.subList(0, audit.size()), "the audit log came along");
			assertEquals(audit.size() + 1, restoredAudit.size(), "followed by the restore itself");
		}
	}

	@Test
	void brokenBackupsGiveClearMessagesAndRestoreNothing() throws Exception {
		JdbcWorkspace ws = JdbcWorkspace.open(new Stores.H2().create());
		ws.replaceAll(WorkspaceContract.small(), "test");
		WorkspaceSnapshot before = ws.snapshot();
		List<Path> bad = new ArrayList<>();
		bad.add(Files.writeString(dir.resolve("text.dxbak"), "这不是备份"));
		bad.add(Files.write(dir.resolve("empty.dxbak"), new byte[0]));
		bad.add(zip("missing.dxbak", "backup.properties", "format=1\n"));
		bad.add(zip("future.dxbak", "backup.properties", "format=99\n", "organizations.tsv", "x", "people.tsv", "x"));
		bad.add(zip("damaged.dxbak", "backup.properties", "format=1\n", "organizations.tsv", "id\tcode\n1\t2\n", "people.tsv", ""));
		for (Path file : bad) {
			var e = assertThrows(CommandException.class, () -> Backups.read(file), file.toString());
			assertTrue(e.getMessage().contains(file.getFileName().toString()), e.getMessage());
		}
		assertEquals(before, ws.snapshot());
		ws.close();
	}

	private Path zip(String name, String... entries) throws Exception {
		Path file = dir.resolve(name);
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			for (int i = 0; i < entries.length; i += 2) {
				zip.putNextEntry(new ZipEntry(entries[i]));
				zip.write(entries[i + 1].getBytes(StandardCharsets.UTF_8));
			}
		}
		return file;
	}

	@Test
	void passwordsAreEncryptedInSecureStorage() throws Exception {
		Path storage = dir.resolve("secure_storage");
		ISecurePreferences root = SecurePreferencesFactory.open(storage.toUri().toURL(), null);
		ServerPasswords passwords = new ServerPasswords(root);
		var server = new WorkspaceLocation.Server("10.1.2.3", 5432, "dangxiao", "li");
		assertTrue(passwords.recall(server).isEmpty());
		passwords.remember(server, "党校Pw-2026!");
		assertEquals(Optional.of("党校Pw-2026!"), passwords.recall(server));
		String onDisk = Files.readString(storage, StandardCharsets.ISO_8859_1);
		assertFalse(onDisk.contains("Pw-2026"), "the password is not in the file in plain text");
		passwords.forget(server);
		assertTrue(passwords.recall(server).isEmpty());
	}

	@Test
	void switchingWorkspacesReloadsTheViewsAndRemembersTheFolder() throws Exception {
		RecentWorkspaces recent = new RecentWorkspaces(dir.resolve("recent.tsv"));
		Path storage = dir.resolve("secure_storage");
		WorkspaceComponent component = new WorkspaceComponent(recent,
				new ServerPasswords(SecurePreferencesFactory.open(storage.toUri().toURL(), null)));
		Path first = dir.resolve("一号工作区");
		Path second = dir.resolve("二号工作区");
		component.use(WorkspaceComponent.open(Optional.of(first), Optional.of(Path.of(System.getProperty("dangxiao.root"), "seeds", "demo"))),
				new WorkspaceLocation.Folder(first));
		List<WorkspaceEvent> events = new ArrayList<>();
		component.subscribe(events::add);
		assertTrue(component.personCount() > 4000);

		component.openFolder(second);
		assertEquals(0, component.personCount(), "a new folder is a new, empty workspace");
		assertEquals(WorkspaceEvent.Kind.RELOAD, events.get(events.size() - 1).kind());
		assertEquals(List.of(new WorkspaceLocation.Folder(first)), component.recent());
		assertTrue(Files.exists(second.resolve("workspace.mv.db")));

		Path backup = dir.resolve("b.dxbak");
		component.open(new WorkspaceLocation.Folder(first));
		component.backup(backup);
		component.openFolder(second);
		assertEquals(component.inspect(backup).people(), demo().people().size());
		component.restore(backup);
		assertEquals(demo(), ((JdbcWorkspace) delegate(component)).snapshot());

		var e = assertThrows(CommandException.class, () -> component.connect(
				new WorkspaceLocation.Server("127.0.0.1", 1, "nothing", "nobody"), "x", true));
		assertTrue(e.getMessage().contains("127.0.0.1:1/nothing"), e.getMessage());
		assertEquals(new WorkspaceLocation.Folder(second), component.current(), "a failed connect keeps the open workspace");
		assertFalse(component.hasRememberedPassword(new WorkspaceLocation.Server("127.0.0.1", 1, "nothing", "nobody")),
				"a password that did not work is not remembered");
		component.deactivate();
	}

	private static Object delegate(WorkspaceComponent c) throws Exception {
		var f = WorkspaceComponent.class.getDeclaredField("delegate");
		f.setAccessible(true);
		return f.get(c);
	}

	@Test
	void theRecentListSurvivesADamagedFile() throws Exception {
		Path file = dir.resolve("recent.tsv");
		Files.writeString(file, "garbage\nfolder\t/tmp/a\nserver\th\tnot-a-port\td\tu\nserver\th\t5432\td\tu\n");
		RecentWorkspaces recent = new RecentWorkspaces(file);
		assertEquals(List.of(new WorkspaceLocation.Folder(Path.of("/tmp/a")), new WorkspaceLocation.Server("h", 5432, "d", "u")),
				recent.list());
		recent.add(new WorkspaceLocation.Folder(Path.of("/tmp/b")));
		assertEquals(new WorkspaceLocation.Folder(Path.of("/tmp/b")), recent.list().get(0));
		try (OutputStream ignored = Files.newOutputStream(file)) {
			// truncate
		}
		assertEquals(List.of(), recent.list());
	}
}
