package org.dangxiao.model.training;

/** Identity of a training class (班次) inside one workspace. */
public record ClassId(long value) implements Comparable<ClassId> {
	@Override
	public int compareTo(ClassId o) {
		return Long.compare(value, o.value);
	}

	@Override
	public String toString() {
		return "class#" + value;
	}
}
