package org.dangxiao.reports.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Collator;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

import org.dangxiao.model.nls.Nls;
import org.dangxiao.reports.Column;

/**
 * How the cells of a report read on screen and on paper, how a column sorts, and what a chart
 * plots. Cells are String, whole numbers, BigDecimal/Double, LocalDate or LocalDateTime (see
 * {@link org.dangxiao.reports.ReportResult}); anything else reads as its text, an absent cell (a
 * short row, or null) as nothing.
 */
public final class Cells {
	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private Cells() {
	}

	/** Cell {@code index} of {@code row}; null past the end of a short row. */
	public static Object cell(List<Object> row, int index) {
		return index < row.size() ? row.get(index) : null;
	}

	/** The header of a column: 学时 / 应修 when it stands under a group. */
	public static String header(Column c) {
		return c.group().map(g -> Nls.bind(Messages.Col_GROUPED, g, c.name())).orElse(c.name());
	}

	/** Numbers and percentages line up on the right, as in a register. */
	public static boolean rightAligned(Column c) {
		return switch (c.type()) {
		case INTEGER, DECIMAL, PERCENT -> true;
		case TEXT, DATE, DATE_TIME -> false;
		};
	}

	public static String text(Column c, Object value) {
		return switch (value) {
		case null -> "";
		case String s -> s;
		case Number n when c.type() == Column.Type.PERCENT -> percent(n);
		case Integer i -> i.toString();
		case Long l -> l.toString();
		case Short s -> s.toString();
		case BigDecimal d -> plain(d);
		case Double d -> decimal(d);
		case Float f -> decimal(f.doubleValue());
		case LocalDateTime t -> MINUTE.format(t);
		case LocalDate d -> d.toString();
		case TemporalAccessor t -> t.toString();
		default -> value.toString();
		};
	}

	/** 0.875 → 87.5%: one decimal tells units apart, more would only look precise. */
	static String percent(Number ratio) {
		double d = ratio.doubleValue();
		if (!Double.isFinite(d)) {
			return "";
		}
		return String.format(Locale.ROOT, "%.1f%%", d * 100);
	}

	/** 6, 2.5, never 6.00 or 5E+1. */
	private static String plain(BigDecimal d) {
		return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
	}

	/** At most two decimals for a double: 学时 and averages, not measurements. */
	private static String decimal(double d) {
		if (!Double.isFinite(d)) {
			return "";
		}
		return plain(BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_UP));
	}

	/** What a chart plots for a cell: the number, a percentage as 87.5 (not 0.875); empty for text. */
	public static OptionalDouble number(Column c, Object value) {
		if (!(value instanceof Number n)) {
			return OptionalDouble.empty();
		}
		double d = n.doubleValue();
		if (!Double.isFinite(d)) {
			return OptionalDouble.empty();
		}
		return OptionalDouble.of(c.type() == Column.Type.PERCENT ? d * 100 : d);
	}

	/**
	 * The order of a column's cells on a header click: numbers by value, dates by date, text in
	 * pinyin order; empty cells last either way.
	 */
	public static Comparator<Object> order(Column c) {
		Collator collator = Collator.getInstance(Locale.CHINA);
		Comparator<Object> values = (a, b) -> {
			if (a instanceof Number x && b instanceof Number y) {
				return compareNumbers(x, y);
			}
			if (a instanceof LocalDateTime x && b instanceof LocalDateTime y) {
				return x.compareTo(y);
			}
			if (a instanceof LocalDate x && b instanceof LocalDate y) {
				return x.compareTo(y);
			}
			return collator.compare(text(c, a), text(c, b));
		};
		return Comparator.nullsLast(values);
	}

	private static int compareNumbers(Number x, Number y) {
		if (x instanceof BigDecimal a && y instanceof BigDecimal b) {
			return a.compareTo(b);
		}
		if ((x instanceof Integer || x instanceof Long) && (y instanceof Integer || y instanceof Long)) {
			return Long.compare(x.longValue(), y.longValue());
		}
		return Double.compare(x.doubleValue(), y.doubleValue());
	}

	/** A file name from a report title: / \ : * ? " < > | are not allowed on some desktop. */
	public static String fileName(String title) {
		String name = title.replaceAll("[/\\\\:*?\"<>|\\p{Cntrl}]", "_").strip();
		return name.isEmpty() ? "report" : name;
	}
}
