package org.dangxiao.imports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dangxiao.text.ChineseText;

/**
 * Dates and times as people type them into sign-in sheets: 2021年6月6日, 2021/6/6 8:30, 2021.6.6,
 * 2021-06-06T08:30, 26-03-03 星期二, 6月6日 (the year comes from the class), 8:55, 下午2:58, 14时58分,
 * and Excel serial numbers (44353.35). Anything else, or a date that does not exist (2月30日), is not a date.
 */
public final class DateTexts {
	private DateTexts() {
	}

	/** What a cell said: a date, a time of day, or both. */
	public record Moment(Optional<LocalDate> date, Optional<LocalTime> time) {
		public Optional<LocalDateTime> on(LocalDate fallbackDate) {
			return time.map(t -> LocalDateTime.of(date.orElse(fallbackDate), t));
		}
	}

	private static final String TIME = "(上午|下午|晚上)?\\s*(\\d{1,2})\\s*[:时点]\\s*(\\d{1,2})\\s*分?(?:\\s*[:]\\s*(\\d{1,2})(?:\\.\\d+)?\\s*秒?)?"
			+ "(?:\\s*([AaPp][Mm]))?";
	/** A weekday after a date, as DingTalk writes 26-03-03 星期二 and titles write 6月7日（周一）. */
	private static final String WEEKDAY = "(?:\\s*\\(?\\s*(?:星期|周|礼拜)[一二三四五六日天]\\s*\\)?)?";
	/** A two-digit year only with a month and a day after it and no 年: 26-03-03 and 21.6.6, never 6-3. */
	private static final Pattern DATE_TIME = Pattern.compile("(?:(\\d{4})\\s*[年/\\-.]\\s*|(\\d{2})\\s*[/\\-.]\\s*(?=\\d{1,2}\\s*[/\\-.]\\s*\\d))?"
			+ "(\\d{1,2})\\s*[月/\\-.]\\s*(\\d{1,2})\\s*[日号]?" + WEEKDAY + "(?:\\s*T?\\s*(?:" + TIME + "))?");
	private static final Pattern TIME_ONLY = Pattern.compile(TIME);
	private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

	/** Parses {@code text}; {@code year} completes dates written without one. */
	public static Optional<Moment> parse(String text, int year) {
		String s = ChineseText.halfWidth(text).strip();
		if (s.isEmpty()) {
			return Optional.empty();
		}
		try {
			Matcher m = DATE_TIME.matcher(s);
			if (m.matches()) {
				int y = m.group(1) != null ? Integer.parseInt(m.group(1)) : m.group(2) != null ? 2000 + Integer.parseInt(m.group(2)) : year;
				LocalDate date = LocalDate.of(y, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
				return Optional.of(new Moment(Optional.of(date), time(m, 5)));
			}
			m = TIME_ONLY.matcher(s);
			if (m.matches()) {
				return time(m, 1).map(t -> new Moment(Optional.empty(), Optional.of(t)));
			}
			if (s.matches("\\d{5}(\\.\\d+)?")) {
				return serial(Double.parseDouble(s)).map(DateTexts::moment);
			}
		} catch (DateTimeException | NumberFormatException e) {
			return Optional.empty();
		}
		return Optional.empty();
	}

	private static final Pattern DAY_IN_TEXT = Pattern.compile("(?:(\\d{4})\\s*年\\s*)?(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]");

	/**
	 * The day named inside a longer text, such as a sheet named 6月7日 or a title 2021年6月7日签到表;
	 * none when the text names several (a title 2026年3月2日至3月6日 names the class's dates, not the
	 * sheet's day). A text that is a date as a whole (a sheet named 3.4 or 2026-03-04) is that day.
	 */
	public static Optional<LocalDate> dayIn(String text, int year) {
		Optional<LocalDate> whole = parse(text, year).filter(m -> m.time().isEmpty()).flatMap(Moment::date);
		if (whole.isPresent()) {
			return whole;
		}
		Matcher m = DAY_IN_TEXT.matcher(ChineseText.halfWidth(text));
		Optional<LocalDate> found = Optional.empty();
		while (m.find()) {
			try {
				LocalDate day = LocalDate.of(m.group(1) == null ? found.map(LocalDate::getYear).orElse(year) : Integer.parseInt(m.group(1)),
						Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
				if (found.isPresent() && !found.get().equals(day)) {
					return Optional.empty();
				}
				found = Optional.of(day);
			} catch (DateTimeException e) {
				// 2月30日 is not a day; look further
			}
		}
		return found;
	}

	/** An Excel serial date (days since 1899-12-30, the fraction is the time); only plausible years 1955–2119. */
	public static Optional<LocalDateTime> serial(double days) {
		if (days < 20_000 || days > 80_000) {
			return Optional.empty();
		}
		long whole = (long) Math.floor(days);
		long seconds = Math.round((days - whole) * 86_400);
		return Optional.of(EXCEL_EPOCH.plusDays(whole).atStartOfDay().plusSeconds(seconds));
	}

	/**
	 * A date-time as a moment; midnight means "a date without a time", as date-only cells are, and a
	 * day before 1900 "a time without a date": a time-only cell (8:55) is a fraction of Excel's day 0,
	 * which spreadsheet libraries give as 1899-12-31 or 1899-12-30.
	 */
	static Moment moment(LocalDateTime t) {
		if (t.toLocalDate().isBefore(LocalDate.of(1900, 1, 1))) {
			return new Moment(Optional.empty(), Optional.of(t.toLocalTime()));
		}
		return new Moment(Optional.of(t.toLocalDate()),
				t.toLocalTime().equals(LocalTime.MIDNIGHT) ? Optional.empty() : Optional.of(t.toLocalTime()));
	}

	private static Optional<LocalTime> time(Matcher m, int first) {
		if (m.group(first + 1) == null) {
			return Optional.empty();
		}
		int hour = Integer.parseInt(m.group(first + 1));
		String half = m.group(first);
		String ampm = m.group(first + 4);
		if ((half != null && !half.equals("上午") || ampm != null && ampm.equalsIgnoreCase("pm")) && hour < 12) {
			hour += 12;
		} else if (ampm != null && ampm.equalsIgnoreCase("am") && hour == 12) {
			hour = 0;
		}
		int second = m.group(first + 3) == null ? 0 : Integer.parseInt(m.group(first + 3));
		return Optional.of(LocalTime.of(hour, Integer.parseInt(m.group(first + 2)), second));
	}
}
