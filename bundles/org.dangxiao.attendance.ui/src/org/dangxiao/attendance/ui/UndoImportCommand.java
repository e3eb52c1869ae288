package org.dangxiao.attendance.ui;

import org.dangxiao.model.Changes;
import org.dangxiao.model.Command;
import org.dangxiao.model.CommandException;
import org.dangxiao.model.audit.ImportBatch;
import org.dangxiao.model.audit.ImportBatchId;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.model.training.Attendance;

/**
 * Takes one import back out of the workspace: the attendance it wrote, then its batch. One command,
 * so 编辑 > 撤销 brings the whole import back in one step.
 */
public final class UndoImportCommand implements Command {
	private final ImportBatchId batch;
	private final String fileName;

	public UndoImportCommand(ImportBatch batch) {
		this.batch = batch.id();
		this.fileName = batch.fileName();
	}

	@Override
	public String label() {
		return Nls.bind(Messages.History_COMMAND, fileName);
	}

	@Override
	public void run(Changes c) {
		if (c.get(ImportBatch.class, batch).isEmpty()) {
			// someone on another desktop undid it first
			throw new CommandException(Nls.bind(Messages.History_GONE, fileName));
		}
		// read inside the command: records a later import took over belong to that import, not this one
		for (Attendance a : c.list(Attendance.class, batch)) {
			c.remove(Attendance.class, a.key());
		}
		c.remove(ImportBatch.class, batch);
	}
}
