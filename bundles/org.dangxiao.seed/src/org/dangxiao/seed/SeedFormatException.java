package org.dangxiao.seed;

import java.nio.file.Path;
import java.util.OptionalInt;

/**
 * A seed file cannot be read. The message is written for the user and names the file and, where
 * the problem sits on one line, the line number (the header is line 1).
 */
public final class SeedFormatException extends Exception {
	private static final long serialVersionUID = 1L;
	private final transient Path file;
	private final int line;

	SeedFormatException(String message, Path file, OptionalInt line) {
		super(message);
		this.file = file;
		this.line = line.orElse(0);
	}

	/** The file that is wrong. */
	public Path file() {
		return file;
	}

	/** The 1-based line the problem was found on; empty when it concerns the whole file. */
	public OptionalInt line() {
		return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
	}
}
