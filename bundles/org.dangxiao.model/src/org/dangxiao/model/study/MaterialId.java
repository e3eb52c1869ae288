package org.dangxiao.model.study;

/** Identity of a study material (speech, instruction or document) inside one workspace. */
public record MaterialId(long value) implements Comparable<MaterialId> {
	@Override
	public int compareTo(MaterialId o) {
		return Long.compare(value, o.value);
	}

	@Override
	public String toString() {
		return "material#" + value;
	}
}
