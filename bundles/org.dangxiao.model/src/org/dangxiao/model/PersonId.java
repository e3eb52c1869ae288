package org.dangxiao.model;

/** Identity of a person inside one workspace. */
public record PersonId(long value) implements Comparable<PersonId> {
	@Override
	public int compareTo(PersonId o) {
		return Long.compare(value, o.value);
	}

	@Override
	public String toString() {
		return "person#" + value;
	}
}
