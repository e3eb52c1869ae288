package org.dangxiao.training.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dangxiao.model.nls.Nls;

/** Names and dates of the next 期 of a class, so the user only corrects what differs. */
public final class Periods {
	private static final Pattern PERIOD = Pattern.compile("第([0-9]+|[一二三四五六七八九十两]+)期");
	private static final String DIGITS = "零一二三四五六七八九";

	private Periods() {
	}

	/** 第一期 → 第二期, 第9期 → 第10期; a name without a 期 gets one added. */
	public static String nextName(String name) {
		Matcher m = PERIOD.matcher(name);
		int start = -1;
		int end = -1;
		String number = "";
		while (m.find()) {
			start = m.start(1);
			end = m.end(1);
			number = m.group(1);
		}
		if (start < 0) {
			return Nls.bind(Messages.Class_NEXT_NAME, name);
		}
		Optional<Integer> n = number.chars().allMatch(Character::isDigit) ? Optional.of(Integer.parseInt(number)) : fromChinese(number);
		if (n.isEmpty()) {
			return Nls.bind(Messages.Class_NEXT_NAME, name);
		}
		String next = number.chars().allMatch(Character::isDigit) ? String.valueOf(n.get() + 1) : chinese(n.get() + 1);
		return name.substring(0, start) + next + name.substring(end);
	}

	/** The name of the {@code n}-th 期 of a program: 2025年村干部轮训第三期. */
	public static String nthName(String programName, int n) {
		return programName + Nls.bind(Messages.Class_PERIOD, chinese(n));
	}

	/** 1 to 99 in Chinese numerals, the way 期 are counted; larger numbers as digits. */
	public static String chinese(int n) {
		if (n <= 0 || n > 99) {
			return String.valueOf(n);
		}
		if (n < 10) {
			return String.valueOf(DIGITS.charAt(n));
		}
		int tens = n / 10;
		int ones = n % 10;
		return (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens))) + "十" + (ones == 0 ? "" : String.valueOf(DIGITS.charAt(ones)));
	}

	static Optional<Integer> fromChinese(String s) {
		String t = s.replace('两', '二');
		int ten = t.indexOf('十');
		if (ten < 0) {
			return t.length() == 1 && DIGITS.indexOf(t.charAt(0)) > 0 ? Optional.of(DIGITS.indexOf(t.charAt(0))) : Optional.empty();
		}
		int tens = ten == 0 ? 1 : DIGITS.indexOf(t.charAt(0));
		int ones = ten == t.length() - 1 ? 0 : DIGITS.indexOf(t.charAt(ten + 1));
		if (tens <= 0 || ones < 0 || ten > 1 || t.length() > ten + 2) {
			return Optional.empty();
		}
		return Optional.of(tens * 10 + ones);
	}

	/** The Monday after {@code day}: classes usually start on a Monday. */
	public static LocalDate nextMonday(LocalDate day) {
		return day.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
	}

	/** The start of the next 期: the same weekday, in the first week after this one has ended. */
	public static LocalDate nextStart(LocalDate start, LocalDate end) {
		long weeks = Math.max(1, (java.time.temporal.ChronoUnit.DAYS.between(start, end) + 7) / 7);
		return start.plusWeeks(weeks);
	}
}
