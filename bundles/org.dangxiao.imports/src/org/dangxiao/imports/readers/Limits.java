package org.dangxiao.imports.readers;

import java.nio.file.Path;

import org.dangxiao.imports.ImportException;
import org.dangxiao.imports.Messages;
import org.dangxiao.model.nls.Nls;

/** What a sign-in file may hold before it is treated as damaged or hostile. */
final class Limits {
	/** Notes can be long; a whole document pasted into one cell is not sign-in data. */
	static final int MAX_CELL_CHARS = 5_000;
	/** Columns beyond this are ignored: sign-in sheets have a dozen. */
	static final int MAX_COLUMNS = 200;

	private Limits() {
	}

	static String checked(String text, Path file, int row) throws ImportException {
		if (text.length() > MAX_CELL_CHARS) {
			throw new ImportException(Nls.bind(Messages.Read_CELL_TOO_LONG, file.getFileName(), row, text.length()));
		}
		return text;
	}
}
