package org.dangxiao.model;

import java.util.List;

/**
 * Everything in a workspace at one moment: what seeds, backups and restores carry.
 *
 * @param records every other stored record, grouped by type in the order of {@link Records#types()}
 *                and in key order within a type
 */
public record WorkspaceSnapshot(List<Organization> organizations, List<Person> people, List<Record> records) {
	public WorkspaceSnapshot {
		organizations = List.copyOf(organizations);
		people = List.copyOf(people);
		records = List.copyOf(records);
	}

	/** Organizations and people only, as seed files hold them. */
	public WorkspaceSnapshot(List<Organization> organizations, List<Person> people) {
		this(organizations, people, List.of());
	}

	public <V extends Record> List<V> records(Class<V> type) {
		return records.stream().filter(type::isInstance).map(type::cast).toList();
	}
}
