package org.dangxiao.model.study;

/** Identity of an annual study plan inside one workspace. */
public record StudyPlanId(long value) implements Comparable<StudyPlanId> {
	@Override
	public int compareTo(StudyPlanId o) {
		return Long.compare(value, o.value);
	}

	@Override
	public String toString() {
		return "study-plan#" + value;
	}
}
