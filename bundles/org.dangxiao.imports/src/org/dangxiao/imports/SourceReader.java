package org.dangxiao.imports;

import java.nio.file.Path;
import java.util.List;

/**
 * A format of sign-in files. Readers are contributed through the extension point
 * {@code org.dangxiao.imports.sources} (the built-in xlsx, xls and CSV readers too) and chosen by
 * {@link Sources#readerFor}: the first whose {@link #accepts} says yes.
 */
public interface SourceReader {
	/**
	 * Whether this reader can read {@code file}, judged from its name and its first bytes (up to
	 * 8 KiB; fewer for a short file). Must not throw.
	 */
	boolean accepts(String fileName, byte[] head);

	/** The sheets of the file, in workbook order; one for a CSV file. */
	List<SheetInfo> sheets(Path file) throws ImportException;

	/**
	 * Streams the rows of {@code sheet} to {@code sink} in order, skipping none (blank rows come as
	 * blank rows, so row numbers stay right), until the sheet ends or the sink returns false.
	 * Memory must not grow with the number of rows.
	 */
	void read(Path file, SheetInfo sheet, RowSink sink) throws ImportException;

	@FunctionalInterface
	interface RowSink {
		/** @return false to stop reading */
		boolean row(SheetRow row) throws ImportException;
	}
}
