package org.dangxiao.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.dangxiao.model.CommandException;
import org.dangxiao.model.WorkspaceSnapshot;
import org.dangxiao.model.Workspaces.BackupSummary;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.seed.SeedFiles;
import org.dangxiao.seed.SeedFormatException;

/**
 * One backup file (.dxbak): a zip holding backup.properties and the workspace in the seed file
 * format (organizations.tsv, people.tsv). Readable by people, independent of the database, so a
 * desktop's H2 backup restores into a PostgreSQL server. Reading trusts nothing in the file.
 */
final class Backups {
	static final int FORMAT = 1;
	private static final Set<String> ENTRIES = Set.of("backup.properties", "organizations.tsv", "people.tsv");
	/** Far above any real workspace (500,000 people are about 60 MB), far below a zip bomb. */
	private static final long MAX_ENTRY_BYTES = 1L << 30;

	private Backups() {
	}

	static void write(WorkspaceSnapshot snapshot, String source, Path file) {
		Path tmp = null;
		try {
			tmp = Files.createTempDirectory("dangxiao-backup-");
			SeedFiles.write(snapshot, tmp);
			Properties meta = new Properties();
			meta.setProperty("format", String.valueOf(FORMAT));
			meta.setProperty("source", source);
			meta.setProperty("created", Instant.now().toString());
			meta.setProperty("organizations", String.valueOf(snapshot.organizations().size()));
			meta.setProperty("people", String.valueOf(snapshot.people().size()));
			// written next to the target and moved over it: a failed backup never leaves half a file
			Path partial = file.resolveSibling(file.getFileName() + ".partial");
			try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
				zip.putNextEntry(new ZipEntry("backup.properties"));
				meta.store(new java.io.OutputStreamWriter(new NonClosing(zip), java.nio.charset.StandardCharsets.UTF_8), "Dangxiao Workbench backup");
				for (String name : new String[] { "organizations.tsv", "people.tsv" }) {
					zip.putNextEntry(new ZipEntry(name));
					Files.copy(tmp.resolve(name), zip);
				}
			}
			Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			throw new CommandException(Nls.bind(Messages.Backup_WRITE_FAILED, file, e.getMessage()), e);
		} finally {
			deleteQuietly(tmp);
		}
	}

	record Read(WorkspaceSnapshot snapshot, BackupSummary summary) {
	}

	static Read read(Path file) {
		Path tmp = null;
		try {
			tmp = Files.createTempDirectory("dangxiao-restore-");
			try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
				for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
					if (ENTRIES.contains(e.getName())) {
						copyLimited(zip, tmp.resolve(e.getName()), file);
					}
				}
			} catch (ZipException e) {
				throw notABackup(file);
			}
			for (String name : ENTRIES) {
				if (!Files.exists(tmp.resolve(name))) {
					throw notABackup(file);
				}
			}
			Properties meta = new Properties();
			try (var in = Files.newBufferedReader(tmp.resolve("backup.properties"))) {
				meta.load(in);
			}
			int format = parse(meta.getProperty("format"), file);
			if (format > FORMAT) {
				throw new CommandException(Nls.bind(Messages.Backup_TOO_NEW, file));
			}
			WorkspaceSnapshot snapshot = SeedFiles.read(tmp);
			return new Read(snapshot, new BackupSummary(meta.getProperty("source", "?"), meta.getProperty("created", "?"),
					snapshot.organizations().size(), snapshot.people().size()));
		} catch (SeedFormatException e) {
			throw new CommandException(Nls.bind(Messages.Backup_DAMAGED, file, e.getMessage()), e);
		} catch (IOException e) {
			throw new CommandException(Nls.bind(Messages.Backup_READ_FAILED, file, e.getMessage()), e);
		} finally {
			deleteQuietly(tmp);
		}
	}

	private static int parse(String s, Path file) {
		try {
			return Integer.parseInt(String.valueOf(s).strip());
		} catch (NumberFormatException e) {
			throw notABackup(file);
		}
	}

	private static CommandException notABackup(Path file) {
		return new CommandException(Nls.bind(Messages.Backup_NOT_A_BACKUP, file));
	}

	private static void copyLimited(InputStream in, Path target, Path file) throws IOException {
		try (OutputStream out = Files.newOutputStream(target)) {
			byte[] buf = new byte[65536];
			long total = 0;
			for (int n; (n = in.read(buf)) > 0;) {
				total += n;
				if (total > MAX_ENTRY_BYTES) {
					throw new CommandException(Nls.bind(Messages.Backup_TOO_BIG, file));
				}
				out.write(buf, 0, n);
			}
		}
	}

	private static void deleteQuietly(Path dir) {
		if (dir == null) {
			return;
		}
		try (Stream<Path> all = Files.walk(dir)) {
			all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		} catch (IOException ignored) {
			// a temporary folder left behind is harmless
		}
	}

	/** Lets Properties.store write into a zip entry without closing the whole zip. */
	private static final class NonClosing extends java.io.FilterOutputStream {
		NonClosing(OutputStream out) {
			super(out);
		}

		@Override
		public void close() throws IOException {
			flush();
		}
	}
}
