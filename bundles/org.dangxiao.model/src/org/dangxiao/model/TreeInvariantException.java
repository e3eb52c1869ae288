package org.dangxiao.model;

/** A change would break a rule of the workspace (one root, no cycles, no orphans, …). */
public class TreeInvariantException extends CommandException {
	private static final long serialVersionUID = 1L;

	public TreeInvariantException(String message) {
		super(message);
	}
}
