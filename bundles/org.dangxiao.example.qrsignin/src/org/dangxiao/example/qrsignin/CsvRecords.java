package org.dangxiao.example.qrsignin;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.dangxiao.imports.ImportException;
import org.dangxiao.model.nls.Nls;

/**
 * The records of an RFC 4180 CSV text, one at a time: commas, fields in double quotes (with "" for a
 * quote, and line breaks inside), CRLF, LF or CR line ends. Small enough to need no CSV library,
 * so the plug-in imports nothing beyond the workbench's API. Memory stays bounded: a cell longer
 * than {@link #MAX_CELL_CHARS} (a damaged or hostile file) stops the reading with a sentence.
 */
final class CsvRecords {
	/** The import's own limit for a cell: notes can be long, a pasted document is no sign-in data. */
	static final int MAX_CELL_CHARS = 5_000;
	/** Columns beyond this are dropped: an export has a dozen. */
	static final int MAX_COLUMNS = 200;
	private static final int NONE = -2;

	private final Reader in;
	private final Path file;
	private int pushedBack = NONE;
	/** Read in blocks: a call per character on a BufferedReader takes its lock every time. */
	private final char[] buffer = new char[8192];
	private int position;
	private int length;

	CsvRecords(Reader in, Path file) {
		this.in = in;
		this.file = file;
	}

	/**
	 * The next record's cells, unstripped; {@code null} at the end of the text.
	 *
	 * @param number the record's number, for the sentences
	 */
	List<String> next(int number) throws IOException, ImportException {
		int c = read();
		if (c == -1) {
			return null;
		}
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		while (true) {
			if (c == -1) {
				if (quoted) {
					throw new ImportException(Nls.bind(Messages.Read_UNCLOSED_QUOTE, file.getFileName(), number));
				}
				add(cells, cell);
				return cells;
			}
			if (quoted) {
				if (c == '"') {
					int n = read();
					if (n == '"') {
						cell.append('"');
					} else {
						quoted = false;
						c = n;
						continue;
					}
				} else {
					cell.append((char) c);
				}
			} else if (c == '"' && cell.isEmpty()) {
				quoted = true;
			} else if (c == ',') {
				add(cells, cell);
				cell.setLength(0);
			} else if (c == '\r' || c == '\n') {
				if (c == '\r') {
					int n = read();
					if (n != '\n') {
						pushedBack = n;
					}
				}
				add(cells, cell);
				return cells;
			} else {
				cell.append((char) c);
			}
			if (cell.length() > MAX_CELL_CHARS) {
				throw new ImportException(Nls.bind(Messages.Read_CELL_TOO_LONG, file.getFileName(), number, MAX_CELL_CHARS));
			}
			c = read();
		}
	}

	private static void add(List<String> cells, StringBuilder cell) {
		if (cells.size() < MAX_COLUMNS) {
			cells.add(cell.toString());
		}
	}

	private int read() throws IOException {
		if (pushedBack != NONE) {
			int c = pushedBack;
			pushedBack = NONE;
			return c;
		}
		if (position == length) {
			length = in.read(buffer);
			position = 0;
			if (length <= 0) {
				length = 0;
				return -1;
			}
		}
		return buffer[position++];
	}
}
