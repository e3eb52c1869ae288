package org.dangxiao.model.study;

/** Identity of a meeting inside one workspace. */
public record MeetingId(long value) implements Comparable<MeetingId> {
	@Override
	public int compareTo(MeetingId o) {
		return Long.compare(value, o.value);
	}

	@Override
	public String toString() {
		return "meeting#" + value;
	}
}
