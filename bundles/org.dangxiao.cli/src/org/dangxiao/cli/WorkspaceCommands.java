package org.dangxiao.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.dangxiao.model.Workspaces.BackupSummary;
import org.dangxiao.model.WorkspaceSnapshot;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.seed.SeedFiles;
import org.dangxiao.seed.SeedFormatException;
import org.dangxiao.store.Backups;
import org.dangxiao.store.JdbcWorkspace;

/**
 * The commands on the whole workspace: {@code seed DIR} fills an empty one from seed files (as the
 * workbench does with {@code --seed} on first start), {@code backup FILE} writes a .dxbak and
 * {@code restore FILE [--yes]} replaces everything with one. The two that replace data refuse with
 * a sentence and exit 2 rather than overwrite something unasked.
 */
final class WorkspaceCommands {
	private WorkspaceCommands() {
	}

	static int seed(Cli cli, List<String> args) {
		Path dir = path(Options.parse("seed", args, Set.of(), Set.of()).positional("seed", 1).get(0));
		if (!Files.isRegularFile(dir.resolve(SeedFiles.ORGANIZATIONS_FILE)) || !Files.isRegularFile(dir.resolve(SeedFiles.PEOPLE_FILE))) {
			throw new CliFailure(Nls.bind(Messages.Seed_NOT_A_SEED, dir, SeedFiles.ORGANIZATIONS_FILE, SeedFiles.PEOPLE_FILE));
		}
		JdbcWorkspace ws = cli.workspace();
		int organizations = ws.organizations().size(), people = ws.personCount();
		if (organizations > 0 || people > 0) {
			throw new CliFailure(Nls.bind(Messages.Seed_NOT_EMPTY, ws.displayName(), organizations, people));
		}
		WorkspaceSnapshot seed;
		try {
			seed = SeedFiles.read(dir);
		} catch (SeedFormatException e) {
			throw new CliFailure(e.getMessage());
		} catch (IOException e) {
			throw new CliFailure(Nls.bind(Messages.Seed_READ_FAILED, dir, e.getMessage()));
		}
		// without organizations nothing can refer to them, but settings, rules and materials may be
		// there already: they stay
		WorkspaceSnapshot kept = ws.snapshot();
		ws.replaceAll(new WorkspaceSnapshot(seed.organizations(), seed.people(), kept.records()), Nls.bind(Messages.Seed_LABEL, dir.getFileName()));
		cli.out().println(Nls.bind(Messages.Seed_DONE, seed.organizations().size(), seed.people().size(), dir));
		return Cli.OK;
	}

	static int backup(Cli cli, List<String> args) {
		Path file = path(Options.parse("backup", args, Set.of(), Set.of()).positional("backup", 1).get(0));
		if (Files.isDirectory(file)) {
			throw new CliFailure(Nls.bind(Messages.Backup_IS_FOLDER, file));
		}
		Path folder = file.getParent();
		if (folder == null || !Files.isDirectory(folder)) {
			throw new CliFailure(Nls.bind(Messages.Backup_NO_FOLDER, file, folder));
		}
		if (!Files.isWritable(folder)) {
			throw new CliFailure(Nls.bind(Messages.Backup_NOT_WRITABLE, file));
		}
		JdbcWorkspace ws = cli.workspace();
		Backups.write(ws, ws.displayName(), file);
		cli.out().println(Nls.bind(Messages.Backup_DONE, ws.organizations().size(), ws.personCount(), file));
		return Cli.OK;
	}

	static int restore(Cli cli, List<String> args) {
		Options o = Options.parse("restore", args, Set.of(), Set.of("--yes"));
		Path file = path(o.positional("restore", 1).get(0));
		if (!Files.isRegularFile(file)) {
			throw new CliFailure(Nls.bind(Messages.Restore_NO_FILE, file));
		}
		// a damaged or foreign file is refused here, before anything is asked or replaced
		BackupSummary b = Backups.inspect(file);
		JdbcWorkspace ws = cli.workspace();
		String what = Nls.bind(Messages.Restore_WHAT, file, b.source(), b.createdAt(), b.organizations(), b.people(), ws.displayName(),
				ws.organizations().size(), ws.personCount());
		if (!o.flag("--yes")) {
			cli.out().println(what);
			throw new CliFailure(Messages.Restore_NEEDS_YES);
		}
		BackupSummary restored = Backups.restore(ws, file);
		cli.out().println(Nls.bind(Messages.Restore_DONE, restored.organizations(), restored.people(), file));
		return Cli.OK;
	}

	private static Path path(String value) {
		try {
			return Path.of(value).toAbsolutePath().normalize();
		} catch (InvalidPathException e) {
			throw new CliFailure(Nls.bind(Messages.Cli_BAD_PATH, value, e.getReason()));
		}
	}
}
