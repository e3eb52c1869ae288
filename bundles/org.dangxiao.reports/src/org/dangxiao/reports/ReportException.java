package org.dangxiao.reports;

/** A report cannot run: the message is a sentence for the user. */
public final class ReportException extends Exception {
	private static final long serialVersionUID = 1L;

	public ReportException(String message) {
		super(message);
	}

	public ReportException(String message, Throwable cause) {
		super(message, cause);
	}
}
