package org.dangxiao.model;

import java.util.Set;

/**
 * Published once per committed command, undo or redo, however many rows it touched.
 *
 * @param sequence      increases with every event of a workspace
 * @param organizations the organizations that were added, changed or removed
 * @param people        the people that were added, changed or removed
 * @param types         the {@link Records#types() record types} that had records added, changed or removed
 */
public record WorkspaceEvent(long sequence, Kind kind, String label, Set<OrgId> organizations, Set<PersonId> people,
		Set<Class<? extends Record>> types) {
	public enum Kind {
		EXECUTE, UNDO, REDO, RELOAD,
		/** Another client changed the shared database. */
		REMOTE
	}

	public WorkspaceEvent {
		organizations = Set.copyOf(organizations);
		people = Set.copyOf(people);
		types = Set.copyOf(types);
	}

	/** An event that says "everything may have changed": a reload or another client's change. */
	public static WorkspaceEvent everything(long sequence, Kind kind, String label) {
		return new WorkspaceEvent(sequence, kind, label, Set.of(), Set.of(), Set.of());
	}

	/** Whether a view showing records of {@code type} must refresh. */
	public boolean affects(Class<? extends Record> type) {
		return kind == Kind.RELOAD || kind == Kind.REMOTE || types.contains(type);
	}
}
