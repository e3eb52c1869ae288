package org.dangxiao.model.training;

/** Identity of a training program (培训项目) inside one workspace. */
public record ProgramId(long value) implements Comparable<ProgramId> {
	@Override
	public int compareTo(ProgramId o) {
		return Long.compare(value, o.value);
	}

	@Override
	public String toString() {
		return "program#" + value;
	}
}
