package org.dangxiao.model;

/**
 * One user action: a typed edit, a wizard's finish, a whole import. A command only states what
 * to change through {@link Changes}; the workspace makes it atomic, undoable and audited, so
 * plug-ins add commands without knowing how the store works.
 */
public interface Command {
	/** What the user sees in 编辑 > 撤销 and the audit log, e.g. 修改人员“张三”. */
	String label();

	/** Reads and writes through {@code changes}; throws {@link CommandException} to abandon all of it. */
	void run(Changes changes);
}
