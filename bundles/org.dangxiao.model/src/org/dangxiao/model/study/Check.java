package org.dangxiao.model.study;

/** Argument checks shared by the records of this package. */
final class Check {
	private Check() {
	}

	static String text(String s, String what) {
		if (s == null || s.isBlank()) {
			throw new IllegalArgumentException(what + " must not be blank");
		}
		return s.strip();
	}
}
