package org.dangxiao.model.audit;

import org.dangxiao.model.Check;
import java.time.Instant;
import java.util.Objects;

/**
 * One row of the audit log: who did what, when.
 *
 * @param sequence increases with every entry of a workspace, so order survives equal clocks
 * @param what     the command's label as the user saw it (e.g. 修改人员“张三”)
 * @param kind     what happened to the command: execute, undo, redo, or another kind a store adds
 */
public record AuditEntry(long sequence, Instant at, String who, String what, String kind) {
	public AuditEntry {
		if (sequence < 0) {
			throw new IllegalArgumentException("sequence must be zero or more: " + sequence);
		}
		Objects.requireNonNull(at, "at");
		who = Check.text(who, "who");
		what = Check.text(what, "what");
		kind = Check.text(kind, "kind");
	}
}
