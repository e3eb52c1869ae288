package org.dangxiao.reports;

import java.util.Optional;

/**
 * A column of a report's table.
 *
 * @param group a heading over several neighbouring columns (the merged upper row of a register's
 *              two-row header, e.g. 学时 over 应修 / 已修); empty when the column stands alone
 */
public record Column(String name, Optional<String> group, Type type) {
	/** What the cells hold: text, a whole or decimal number, a percentage (0..1), a date, a date-time. */
	public enum Type {
		TEXT, INTEGER, DECIMAL, PERCENT, DATE, DATE_TIME
	}

	public static Column of(String name, Type type) {
		return new Column(name, Optional.empty(), type);
	}

	public static Column grouped(String group, String name, Type type) {
		return new Column(name, Optional.of(group), type);
	}
}
