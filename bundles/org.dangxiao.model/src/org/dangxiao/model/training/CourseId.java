package org.dangxiao.model.training;

/** Identity of a course (课程) of a class inside one workspace. */
public record CourseId(long value) implements Comparable<CourseId> {
	@Override
	public int compareTo(CourseId o) {
		return Long.compare(value, o.value);
	}

	@Override
	public String toString() {
		return "course#" + value;
	}
}
