package org.dangxiao.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

import org.dangxiao.model.nls.Nls;

/**
 * A 公民身份号码 (GB 11643-1999): 6-digit region code, 8-digit birth date, 3-digit sequence whose
 * parity gives the gender, and an ISO 7064 MOD 11-2 check character that may be X.
 * Instances are always valid; use {@link #check(String)} to learn why a text is not.
 */
public record CitizenId(String value) {
	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
	private static final char[] CHECK = "10X98765432".toCharArray();
	/** GB/T 2260 province-level codes; a number starting otherwise was mistyped. */
	private static final java.util.Set<String> PROVINCES = java.util.Set.of("11", "12", "13", "14", "15", "21", "22",
			"23", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54",
			"61", "62", "63", "64", "65", "71", "81", "82");
	/** No one alive was born before this; anything earlier is a typing error. */
	private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

	/** Why a text is not a citizen ID number. */
	public sealed interface Problem {
		String message();
	}

	public record WrongLength(int length) implements Problem {
		public String message() {
			return Nls.bind(Messages.CitizenId_WRONG_LENGTH, length);
		}
	}

	public record BadCharacter(int position, char character) implements Problem {
		public String message() {
			return Nls.bind(Messages.CitizenId_BAD_CHARACTER, position, String.valueOf(character));
		}
	}

	public record BadRegion(String region) implements Problem {
		public String message() {
			return Nls.bind(Messages.CitizenId_BAD_REGION, region);
		}
	}

	public record ImpossibleBirthDate(String date) implements Problem {
		public String message() {
			return Nls.bind(Messages.CitizenId_IMPOSSIBLE_BIRTH_DATE, date);
		}
	}

	public record BadCheckDigit(char expected, char actual) implements Problem {
		public String message() {
			return Nls.bind(Messages.CitizenId_BAD_CHECK_DIGIT, String.valueOf(expected), String.valueOf(actual));
		}
	}

	/** Thrown by {@link #of(String)} for an invalid number. */
	public static final class InvalidCitizenIdException extends IllegalArgumentException {
		private static final long serialVersionUID = 1L;
		private final transient Problem problem;

		InvalidCitizenIdException(Problem problem) {
			super(problem.message());
			this.problem = problem;
		}

		public Problem problem() {
			return problem;
		}
	}

	public CitizenId {
		Optional<Problem> problem = check(value, LocalDate.now());
		if (problem.isPresent()) {
			throw new InvalidCitizenIdException(problem.get());
		}
		value = normalize(value);
	}

	/** Parses a number; surrounding spaces are ignored and a lower-case x is accepted. */
	public static CitizenId of(String text) {
		return new CitizenId(text);
	}

	/** Parses without throwing. */
	public static Optional<CitizenId> parse(String text) {
		return check(text).isEmpty() ? Optional.of(new CitizenId(text)) : Optional.empty();
	}

	/** The reason {@code text} is not a valid number, or empty when it is one. */
	public static Optional<Problem> check(String text) {
		return check(text, LocalDate.now());
	}

	/** As {@link #check(String)}, judging birth dates in the future against {@code today}. */
	public static Optional<Problem> check(String text, LocalDate today) {
		String s = normalize(text == null ? "" : text);
		if (s.length() != 18) {
			return Optional.of(new WrongLength(s.length()));
		}
		for (int i = 0; i < 17; i++) {
			if (!isAsciiDigit(s.charAt(i))) {
				return Optional.of(new BadCharacter(i + 1, s.charAt(i)));
			}
		}
		char last = s.charAt(17);
		if (!isAsciiDigit(last) && last != 'X') {
			return Optional.of(new BadCharacter(18, last));
		}
		if (!PROVINCES.contains(s.substring(0, 2))) {
			return Optional.of(new BadRegion(s.substring(0, 6)));
		}
		String date = s.substring(6, 14);
		Optional<LocalDate> birth = birthDate(date);
		if (birth.isEmpty() || birth.get().isBefore(EARLIEST_BIRTH) || birth.get().isAfter(today)) {
			return Optional.of(new ImpossibleBirthDate(date));
		}
		char expected = checkCharacter(s.substring(0, 17));
		if (expected != last) {
			return Optional.of(new BadCheckDigit(expected, last));
		}
		return Optional.empty();
	}

	/** The check character for the first 17 digits. */
	public static char checkCharacter(String first17) {
		if (first17.length() != 17) {
			throw new IllegalArgumentException("need 17 digits: " + first17);
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK[sum % 11];
	}

	public LocalDate birthDate() {
		return birthDate(value.substring(6, 14)).orElseThrow();
	}

	/** The 17th digit is odd for men and even for women. */
	public Gender gender() {
		return (value.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
	}

	public String regionCode() {
		return value.substring(0, 6);
	}

	@Override
	public String toString() {
		return value;
	}

	private static Optional<LocalDate> birthDate(String yyyymmdd) {
		try {
			return Optional.of(LocalDate.of(Integer.parseInt(yyyymmdd.substring(0, 4)),
					Integer.parseInt(yyyymmdd.substring(4, 6)), Integer.parseInt(yyyymmdd.substring(6, 8))));
		} catch (DateTimeException e) {
			return Optional.empty();
		}
	}

	private static boolean isAsciiDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private static String normalize(String text) {
		return text.strip().toUpperCase(java.util.Locale.ROOT);
	}
}
