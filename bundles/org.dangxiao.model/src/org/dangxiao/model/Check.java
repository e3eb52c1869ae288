package org.dangxiao.model;

import java.math.BigDecimal;

/** Argument checks the records of every model package share; messages are for developers, not users. */
public final class Check {
	private Check() {
	}

	/** {@code s} stripped; blank or null is refused. */
	public static String text(String s, String what) {
		if (s == null || s.isBlank()) {
			throw new IllegalArgumentException(what + " must not be blank");
		}
		return s.strip();
	}

	public static int count(int n, String what) {
		if (n < 0) {
			throw new IllegalArgumentException(what + " must be zero or more: " + n);
		}
		return n;
	}

	/** {@code n} in its shortest form (6.00 becomes 6), so equal amounts make equal records wherever they were read from. */
	public static BigDecimal notNegative(BigDecimal n, String what) {
		if (n == null || n.signum() < 0) {
			throw new IllegalArgumentException(what + " must be zero or more: " + n);
		}
		return n.stripTrailingZeros();
	}
}
