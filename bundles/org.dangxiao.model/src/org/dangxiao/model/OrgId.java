package org.dangxiao.model;

/** Identity of an organization inside one workspace. */
public record OrgId(long value) implements Comparable<OrgId> {
	@Override
	public int compareTo(OrgId o) {
		return Long.compare(value, o.value);
	}

	@Override
	public String toString() {
		return "org#" + value;
	}
}
