package org.dangxiao.model.audit;

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

	static int count(int n, String what) {
		if (n < 0) {
			throw new IllegalArgumentException(what + " must be zero or more: " + n);
		}
		return n;
	}
}
