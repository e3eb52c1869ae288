package org.dangxiao.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
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
 * One backup file (.dxbak): a zip holding backup.properties, the workspace in the seed file format
 * (organizations.tsv, people.tsv), one records/TABLE.tsv per other record type and audit.tsv.
 * Readable by people, independent of the database, so a desktop's H2 backup restores into a
 * PostgreSQL server. Reading trusts nothing in the file: every row is rebuilt through the model's
 * constructors, which check it. Format 1 (organizations and people only) still restores.
 * Public for the command line ({@code dangxiao backup} and {@code restore}), which works on one
 * {@link JdbcWorkspace} without the workbench's {@link WorkspaceComponent}.
 */
public final class Backups {
	static final int FORMAT = 2;
	private static final Set<String> REQUIRED = Set.of("backup.properties", "organizations.tsv", "people.tsv");
	private static final String AUDIT = "audit.tsv";
	/** Far above any real workspace (500,000 people are about 60 MB), far below a zip bomb. */
	private static final long MAX_ENTRY_BYTES = 1L << 30;

	private Backups() {
	}

	private static String entry(Table<?> t) {
		return "records/" + t.name + ".tsv";
	}

	private static boolean known(String name) {
		return REQUIRED.contains(name) || name.equals(AUDIT) || Tables.ALL.stream().anyMatch(t -> entry(t).equals(name));
	}

	/** Writes everything in {@code ws}, its audit log included, into {@code file}; {@code source} says where it came from. */
	public static void write(JdbcWorkspace ws, String source, Path file) {
		write(ws.snapshot(), ws.auditRows(), source, file);
	}

	/** Reads the backup in {@code file} without restoring it: what a confirmation shows. */
	public static BackupSummary inspect(Path file) {
		return read(file).summary();
	}

	/**
	 * Replaces everything in {@code ws} with the backup in {@code file}, audit log included, in one
	 * transaction that cannot be undone; a damaged file changes nothing.
	 *
	 * @return what the backup held
	 */
	public static BackupSummary restore(JdbcWorkspace ws, Path file) {
		Read read = read(file);
		ws.replaceAll(read.snapshot(), Optional.of(read.audit()), Nls.bind(Messages.Backup_RESTORED, file.getFileName()));
		return read.summary();
	}

	static void write(WorkspaceSnapshot snapshot, List<List<String>> audit, String source, Path file) {
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
			meta.setProperty("records", String.valueOf(snapshot.records().size()));
			// written next to the target and moved over it: a failed backup never leaves half a file
			Path partial = file.resolveSibling(file.getFileName() + ".partial");
			try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
				zip.putNextEntry(new ZipEntry("backup.properties"));
				meta.store(new java.io.OutputStreamWriter(new NonClosing(zip), java.nio.charset.StandardCharsets.UTF_8), "Dangxiao Workbench backup");
				for (String name : new String[] { "organizations.tsv", "people.tsv" }) {
					zip.putNextEntry(new ZipEntry(name));
					Files.copy(tmp.resolve(name), zip);
				}
				for (Table<?> t : Tables.ALL) {
					zip.putNextEntry(new ZipEntry(entry(t)));
					writeLines(zip, t.columnNames(), rows(t, snapshot));
				}
				zip.putNextEntry(new ZipEntry(AUDIT));
				writeLines(zip, JdbcWorkspace.AUDIT_COLUMNS, audit);
			}
			Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			throw new CommandException(Nls.bind(Messages.Backup_WRITE_FAILED, file, e.getMessage()), e);
		} finally {
			deleteQuietly(tmp);
		}
	}

	private static <V extends Record> List<List<String>> rows(Table<V> t, WorkspaceSnapshot snapshot) {
		return snapshot.records(t.type.type()).stream().map(t::fields).toList();
	}

	private static void writeLines(OutputStream out, List<String> header, List<List<String>> rows) throws IOException {
		var w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(new NonClosing(out), java.nio.charset.StandardCharsets.UTF_8));
		w.write(String.join("\t", header));
		w.write('\n');
		for (List<String> row : rows) {
			w.write(String.join("\t", row));
			w.write('\n');
		}
		w.close();
	}

	/** The rows of a TSV entry, checking its header; empty when the entry is absent (format 1). */
	private static List<List<String>> readLines(Path dir, String entry, List<String> header) throws IOException {
		Path f = dir.resolve(entry);
		if (!Files.exists(f)) {
			return List.of();
		}
		List<String> lines = Files.readAllLines(f, java.nio.charset.StandardCharsets.UTF_8);
		if (lines.isEmpty() || !List.of(lines.get(0).split("\t", -1)).equals(header)) {
			throw new Damaged(Nls.bind(Messages.Backup_BAD_HEADER, entry, String.join(", ", header)));
		}
		List<List<String>> rows = new ArrayList<>();
		for (String line : lines.subList(1, lines.size())) {
			List<String> fields = List.of(line.split("\t", -1));
			if (fields.size() != header.size()) {
				throw new Damaged(Nls.bind(Messages.Backup_BAD_ROW, entry, rows.size() + 2, fields.size(), header.size()));
			}
			rows.add(fields);
		}
		return rows;
	}

	private static List<Record> records(Path dir) throws IOException {
		List<Record> out = new ArrayList<>();
		for (Table<?> t : Tables.ALL) {
			int line = 2;
			for (List<String> row : readLines(dir, entry(t), t.columnNames())) {
				try {
					out.add(t.parse(row));
				} catch (RuntimeException e) {
					throw new Damaged(Nls.bind(Messages.Backup_BAD_ROW_VALUE, entry(t), line, e.getMessage()));
				}
				line++;
			}
		}
		return out;
	}

	record Read(WorkspaceSnapshot snapshot, List<List<String>> audit, BackupSummary summary) {
	}

	static Read read(Path file) {
		Path tmp = null;
		try {
			tmp = Files.createTempDirectory("dangxiao-restore-");
			try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
				for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
					if (known(e.getName())) {
						Files.createDirectories(tmp.resolve(e.getName()).getParent());
						copyLimited(zip, tmp.resolve(e.getName()), file);
					}
				}
			} catch (ZipException e) {
				throw notABackup(file);
			}
			for (String name : REQUIRED) {
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
			WorkspaceSnapshot people = SeedFiles.read(tmp);
			WorkspaceSnapshot snapshot = new WorkspaceSnapshot(people.organizations(), people.people(), records(tmp));
			return new Read(snapshot, readLines(tmp, AUDIT, JdbcWorkspace.AUDIT_COLUMNS), new BackupSummary(meta.getProperty("source", "?"), meta.getProperty("created", "?"),
					snapshot.organizations().size(), snapshot.people().size()));
		} catch (SeedFormatException | Damaged e) {
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

	/** A backup entry that is not what this version writes; the message says where. */
	private static final class Damaged extends IOException {
		private static final long serialVersionUID = 1L;

		Damaged(String message) {
			super(message);
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
