package org.dangxiao.model.study;

/** Identity of a planned meeting inside one workspace. */
public record PlannedMeetingId(long value) implements Comparable<PlannedMeetingId> {
	@Override
	public int compareTo(PlannedMeetingId o) {
		return Long.compare(value, o.value);
	}

	@Override
	public String toString() {
		return "planned-meeting#" + value;
	}
}
