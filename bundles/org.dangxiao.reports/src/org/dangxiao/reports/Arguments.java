package org.dangxiao.reports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dangxiao.model.nls.Nls;

/**
 * Parameter values as text, by parameter id; typed reads give a user sentence on bad values.
 *
 * <p>The typed reads take the {@link Parameter} rather than its id so they can apply its default
 * and name it by its label in the sentence: {@code year(p)} on a missing required year says
 * 请填写“年度”。, on "20x6" says “年度”应为四位年份（1900–2100，如 2026），而不是“20x6”。.
 */
public record Arguments(Map<String, String> values) {
	private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年?");
	// 2026-03-01, 2026/3/1, 2026.3.1, 2026年3月1日
	private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
	private static final int MIN_YEAR = 1900;
	private static final int MAX_YEAR = 2100;

	public Arguments {
		values = Map.copyOf(new LinkedHashMap<>(values));
	}

	public static Arguments of(Map<String, String> values) {
		return new Arguments(values);
	}

	public Optional<String> text(String id) {
		return Optional.ofNullable(values.get(id)).map(String::strip).filter(s -> !s.isEmpty());
	}

	/** The value of {@code p} as given, or its default. */
	public Optional<String> text(Parameter p) {
		return text(p.id()).or(() -> p.defaultValue().map(String::strip).filter(s -> !s.isEmpty()));
	}

	/** The value of a required text parameter (or of an optional one with a default). */
	public String requiredText(Parameter p) throws ReportException {
		return text(p).orElseThrow(() -> missing(p));
	}

	/** An id (of a program, class, person or organization): a positive whole number. */
	public long id(Parameter p) throws ReportException {
		return parseId(p, halfWidth(requiredText(p)));
	}

	/** An id when one is given (or defaulted); a malformed one is still an error. */
	public Optional<Long> optionalId(Parameter p) throws ReportException {
		Optional<String> t = text(p);
		return t.isEmpty() ? Optional.empty() : Optional.of(parseId(p, halfWidth(t.get())));
	}

	/** A year such as 2026 (also "2026年"), between 1900 and 2100. */
	public int year(Parameter p) throws ReportException {
		return parseYear(p, halfWidth(requiredText(p)));
	}

	public Optional<Integer> optionalYear(Parameter p) throws ReportException {
		Optional<String> t = text(p);
		return t.isEmpty() ? Optional.empty() : Optional.of(parseYear(p, halfWidth(t.get())));
	}

	/** A date: 2026-03-01, 2026/3/1, 2026.3.1 or 2026年3月1日. */
	public LocalDate date(Parameter p) throws ReportException {
		return parseDate(p, halfWidth(requiredText(p)));
	}

	public Optional<LocalDate> optionalDate(Parameter p) throws ReportException {
		Optional<String> t = text(p);
		return t.isEmpty() ? Optional.empty() : Optional.of(parseDate(p, halfWidth(t.get())));
	}

	private static long parseId(Parameter p, String value) throws ReportException {
		if (value.matches("\\d{1,18}")) {
			long id = Long.parseLong(value);
			if (id > 0) {
				return id;
			}
		}
		throw new ReportException(Nls.bind(Messages.Arguments_BAD_ID, p.label(), value));
	}

	private static int parseYear(Parameter p, String value) throws ReportException {
		Matcher m = YEAR.matcher(value);
		if (m.matches()) {
			int year = Integer.parseInt(m.group(1));
			if (year >= MIN_YEAR && year <= MAX_YEAR) {
				return year;
			}
		}
		throw new ReportException(Nls.bind(Messages.Arguments_BAD_YEAR, p.label(), value, MIN_YEAR, MAX_YEAR));
	}

	private static LocalDate parseDate(Parameter p, String value) throws ReportException {
		Matcher m = DATE.matcher(value);
		if (m.matches()) {
			try {
				int year = Integer.parseInt(m.group(1));
				if (year >= MIN_YEAR && year <= MAX_YEAR) {
					return LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
				}
			} catch (DateTimeException e) {
				// 2026-02-30: falls through to the sentence below
			}
		}
		throw new ReportException(Nls.bind(Messages.Arguments_BAD_DATE, p.label(), value));
	}

	private static ReportException missing(Parameter p) {
		return new ReportException(Nls.bind(Messages.Arguments_MISSING, p.label()));
	}

	/** Full-width digits, letters and signs made half-width (１２ = 12), as Chinese input methods type them. */
	private static String halfWidth(String s) {
		StringBuilder b = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c >= '\uFF01' && c <= '\uFF5E') {
				c = (char) (c - 0xFEE0);
			} else if (c == '\u3000') {
				c = ' ';
			}
			b.append(c);
		}
		return b.toString().strip();
	}
}
