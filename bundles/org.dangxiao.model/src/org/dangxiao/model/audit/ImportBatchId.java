package org.dangxiao.model.audit;

/** Identity of an import batch inside one workspace. */
public record ImportBatchId(long value) implements Comparable<ImportBatchId> {
	@Override
	public int compareTo(ImportBatchId o) {
		return Long.compare(value, o.value);
	}

	@Override
	public String toString() {
		return "import#" + value;
	}
}
