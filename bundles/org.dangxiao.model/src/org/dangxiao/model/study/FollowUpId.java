package org.dangxiao.model.study;

/** Identity of a follow-up action (贯彻落实措施) inside one workspace. */
public record FollowUpId(long value) implements Comparable<FollowUpId> {
	@Override
	public int compareTo(FollowUpId o) {
		return Long.compare(value, o.value);
	}

	@Override
	public String toString() {
		return "follow-up#" + value;
	}
}
