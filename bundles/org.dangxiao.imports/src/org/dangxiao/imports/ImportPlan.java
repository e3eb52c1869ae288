package org.dangxiao.imports;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.dangxiao.model.Command;
import org.dangxiao.model.CommandException;
import org.dangxiao.model.Commands;
import org.dangxiao.model.WorkspaceView;
import org.dangxiao.model.audit.ImportBatch;
import org.dangxiao.model.audit.ImportBatchId;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.model.training.Attendance;
import org.dangxiao.model.training.ClassId;

/**
 * The preview of an import: every row with its outcome and reasons. {@link #command} writes the
 * accepted and warned rows, with the import batch that says where they came from, as one command:
 * one undo, one event, nothing written if anything fails.
 */
public final class ImportPlan {
	private final String fileName;
	private final String sha256;
	private final ClassId classId;
	private final PlannedRows rows;

	ImportPlan(String fileName, String sha256, ClassId classId, PlannedRows rows) {
		this.fileName = fileName;
		this.sha256 = sha256;
		this.classId = classId;
		this.rows = rows;
	}

	public String fileName() {
		return fileName;
	}

	public String sha256() {
		return sha256;
	}

	public ClassId classId() {
		return classId;
	}

	/** Every row in file order; a plainly accepted row is built when asked for, so ask for what you show. */
	public List<PlannedRow> rows() {
		return java.util.Collections.unmodifiableList(rows);
	}

	public long count(PlannedRow.Outcome outcome) {
		return rows.count(outcome);
	}

	public List<PlannedRow> rejected() {
		return rows.flagged().stream().filter(r -> r.outcome() == PlannedRow.Outcome.REJECTED).toList();
	}

	/** The records the command writes, built one at a time as it writes them. */
	public List<Attendance> toWrite() {
		return rows.toWrite();
	}

	/** E.g. 接受 150 行，警告 6 行，拒绝 4 行. */
	public String summary() {
		return Nls.bind(Messages.Plan_SUMMARY, count(PlannedRow.Outcome.ACCEPTED), count(PlannedRow.Outcome.WARNING),
				count(PlannedRow.Outcome.REJECTED));
	}

	/** The earlier import of a file with the same content, if any: importing it again would change nothing. */
	public Optional<ImportBatch> earlierImport(WorkspaceView workspace) {
		return workspace.list(ImportBatch.class).stream().filter(b -> b.sha256().equals(sha256)).findFirst();
	}

	/** The command that commits this plan, in the name of {@code who}. */
	public Command command(String who) {
		List<Attendance> write = toWrite();
		int accepted = (int) count(PlannedRow.Outcome.ACCEPTED);
		int warnings = (int) count(PlannedRow.Outcome.WARNING);
		int rejected = (int) count(PlannedRow.Outcome.REJECTED);
		return Commands.of(Nls.bind(Messages.Plan_COMMAND, fileName, write.size()), c -> {
			Optional<ImportBatch> earlier = earlierImport(c);
			if (earlier.isPresent()) {
				throw new CommandException(Nls.bind(Messages.Plan_ALREADY_IMPORTED, fileName, earlier.get().fileName(),
						earlier.get().importedBy(), earlier.get().at()));
			}
			if (write.isEmpty()) {
				throw new CommandException(Nls.bind(Messages.Plan_NOTHING_TO_IMPORT, fileName));
			}
			ImportBatchId batch = new ImportBatchId(c.newId());
			c.put(new ImportBatch(batch, fileName, sha256, who, Instant.now(), accepted + warnings, rejected, warnings));
			// built row by row as the store writes them: the journal keeps this list, not 500,000 records
			c.putAll(new java.util.AbstractList<Attendance>() {
				@Override
				public Attendance get(int i) {
					Attendance a = write.get(i);
					return new Attendance(a.person(), a.course(), a.status(), a.signIn(), a.signOut(), Optional.of(batch));
				}

				@Override
				public int size() {
					return write.size();
				}
			});
		});
	}
}
