package org.dangxiao.model;

import java.util.Set;

/**
 * Published once per committed command, undo or redo, however many rows it touched.
 *
 * @param sequence      increases with every event of a workspace
 * @param organizations the organizations that were added, changed or removed
 * @param people        the people that were added, changed or removed
 */
public record WorkspaceEvent(long sequence, Kind kind, String label, Set<OrgId> organizations, Set<PersonId> people) {
	public enum Kind {
		EXECUTE, UNDO, REDO, RELOAD,
		/** Another client changed the shared database. */
		REMOTE
	}

	public WorkspaceEvent {
		organizations = Set.copyOf(organizations);
		people = Set.copyOf(people);
	}
}
