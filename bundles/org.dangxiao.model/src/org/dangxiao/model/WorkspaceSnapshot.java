package org.dangxiao.model;

import java.util.List;

/** Everything in a workspace at one moment: what seeds, backups and restores carry. */
public record WorkspaceSnapshot(List<Organization> organizations, List<Person> people) {
	public WorkspaceSnapshot {
		organizations = List.copyOf(organizations);
		people = List.copyOf(people);
	}
}
