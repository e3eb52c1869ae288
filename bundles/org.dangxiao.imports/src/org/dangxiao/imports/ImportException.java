package org.dangxiao.imports;

/** A file cannot be read or imported; the message is a sentence for the user that names the file. */
public final class ImportException extends Exception {
	private static final long serialVersionUID = 1L;

	public ImportException(String message) {
		super(message);
	}

	public ImportException(String message, Throwable cause) {
		super(message, cause);
	}
}
