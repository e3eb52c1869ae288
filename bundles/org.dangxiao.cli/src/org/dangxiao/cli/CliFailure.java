package org.dangxiao.cli;

/**
 * A command cannot go on: bad arguments or data. The message is a sentence for the user; the
 * command line prints it and exits with {@link Cli#FAILED}, never with a stack trace.
 */
final class CliFailure extends RuntimeException {
	private static final long serialVersionUID = 1L;
	/** The command whose --help to point at; empty when the sentence says all. */
	private final String command;

	CliFailure(String message) {
		this(message, "");
	}

	CliFailure(String message, String command) {
		super(message);
		this.command = command;
	}

	String command() {
		return command;
	}
}
