package org.dangxiao.model;

/**
 * A command could not be carried out. The message is written for the user; the workspace is left
 * exactly as it was before the command.
 */
public class CommandException extends RuntimeException {
	private static final long serialVersionUID = 1L;

	public CommandException(String message) {
		super(message);
	}

	public CommandException(String message, Throwable cause) {
		super(message, cause);
	}
}
