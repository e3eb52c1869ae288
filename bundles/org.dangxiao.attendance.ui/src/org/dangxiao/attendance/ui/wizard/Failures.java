package org.dangxiao.attendance.ui.wizard;

import org.dangxiao.attendance.ui.Messages;
import org.dangxiao.imports.ImportException;
import org.dangxiao.model.CommandException;
import org.dangxiao.model.nls.Nls;
import org.eclipse.core.runtime.ILog;

/** Turns what a step threw into a sentence for the page; the user never sees a stack trace. */
final class Failures {
	private Failures() {
	}

	static String message(Throwable failure) {
		if (failure instanceof ImportException || failure instanceof CommandException) {
			// written for the user, naming the file or the record
			return failure.getMessage();
		}
		// a fault of the program: the details go to the log for whoever fixes it
		ILog.of(Failures.class).error(String.valueOf(failure), failure);
		String detail = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
		return Nls.bind(Messages.Wizard_UNEXPECTED, detail);
	}
}
