package org.dangxiao.imports;

import java.util.Comparator;
import java.util.List;

import org.dangxiao.model.Command;
import org.dangxiao.model.CommandException;
import org.dangxiao.model.Commands;
import org.dangxiao.model.WorkspaceView;
import org.dangxiao.model.audit.ImportBatch;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.model.training.Attendance;

/** The imports made into a workspace, newest first, and the command that takes one back whole. */
public final class ImportHistory {
	private ImportHistory() {
	}

	public static List<ImportBatch> all(WorkspaceView workspace) {
		return workspace.list(ImportBatch.class).stream().sorted(Comparator.comparing(ImportBatch::at).reversed()).toList();
	}

	/**
	 * Removes the attendance {@code batch} brought and the batch itself, as one undoable command,
	 * also long after the import and with other commands in between (edit > undo only reaches the
	 * newest). Records the import replaced are not brought back: the file they came from is the
	 * place to import them again.
	 */
	public static Command remove(ImportBatch batch) {
		return Commands.of(Nls.bind(Messages.History_REMOVE, batch.fileName()), c -> {
			if (c.get(ImportBatch.class, batch.id()).isEmpty()) {
				throw new CommandException(Nls.bind(Messages.History_GONE, batch.fileName()));
			}
			for (Attendance a : c.list(Attendance.class, batch.id())) {
				c.remove(Attendance.class, a.key());
			}
			c.remove(ImportBatch.class, batch.id());
		});
	}
}
