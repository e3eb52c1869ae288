package org.dangxiao.model;

/**
 * Someone else changed a record between the moment the user saw it and the moment their edit
 * arrived. Nothing was written; {@link #retry()} is the user's edit re-based on the current data,
 * so the workbench can offer to apply it again instead of losing it.
 */
public class ConflictException extends CommandException {
	private static final long serialVersionUID = 1L;
	private final transient java.util.Optional<Command> retry;

	public ConflictException(String message, java.util.Optional<Command> retry) {
		super(message);
		this.retry = retry;
	}

	public java.util.Optional<Command> retry() {
		return retry;
	}
}
