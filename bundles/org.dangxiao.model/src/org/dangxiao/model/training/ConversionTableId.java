package org.dangxiao.model.training;

/** Identity of a 学时 conversion table inside one workspace. */
public record ConversionTableId(long value) implements Comparable<ConversionTableId> {
	@Override
	public int compareTo(ConversionTableId o) {
		return Long.compare(value, o.value);
	}

	@Override
	public String toString() {
		return "conversion-table#" + value;
	}
}
