package org.dangxiao.plugins;

/**
 * A plug-in operation that could not be done, with a sentence for the user (in the program's
 * language) that says why and, where it can, what to do. Nothing was changed when it is thrown.
 */
public final class PluginException extends Exception {
	private static final long serialVersionUID = 1L;

	/** Why, in the terms the command line's exit code needs. */
	public enum Kind {
		/** What was given is unusable: a path that is no repository, an unknown feature. */
		BAD_INPUT,
		/** The request was understood but cannot be carried out: a missing requirement, no write access. */
		REFUSED,
		/** The program cannot install plug-ins at all: no p2 agent or profile. */
		UNAVAILABLE
	}

	private final Kind kind;

	public PluginException(Kind kind, String message) {
		super(message, null, false, false);
		this.kind = kind;
	}

	public Kind kind() {
		return kind;
	}
}
