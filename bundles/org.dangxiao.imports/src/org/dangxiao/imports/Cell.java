package org.dangxiao.imports;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** One cell as the file holds it: readers say what kind of value it is, the mapping decides what it means. */
public sealed interface Cell permits Cell.Blank, Cell.Text, Cell.Number, Cell.DateTime {
	/** What the preview shows for the cell. */
	String display();

	Blank BLANK = new Blank();

	record Blank() implements Cell {
		@Override
		public String display() {
			return "";
		}
	}

	record Text(String value) implements Cell {
		@Override
		public String display() {
			return value;
		}
	}

	/** A numeric cell without a date format: a count, a 序号, or an ID number that Excel turned into a number. */
	record Number(double value) implements Cell {
		@Override
		public String display() {
			// 1.1E+17 is shown as Excel shows it, so a damaged ID number looks damaged
			return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : BigDecimal.valueOf(value).toString();
		}
	}

	/** A cell the file marks as a date or time (an Excel serial number with a date format, an ODS date). */
	record DateTime(LocalDateTime value) implements Cell {
		private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

		@Override
		public String display() {
			return SHOWN.format(value);
		}
	}

	static Cell text(String s) {
		return s == null || s.isBlank() ? BLANK : new Text(s);
	}

	default boolean isBlank() {
		return this instanceof Blank;
	}
}
