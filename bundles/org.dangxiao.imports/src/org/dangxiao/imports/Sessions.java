package org.dangxiao.imports;

import java.util.Optional;

/** The half-day a column group of a two-row header stands for (上午 签到 / 状态, 下午 签到 / 状态). */
public enum Sessions {
	MORNING("上午", "早上", "am"), AFTERNOON("下午", "午后", "pm"), EVENING("晚上", "晚间", "evening");

	private final String[] words;

	Sessions(String... words) {
		this.words = words;
	}

	public static Optional<Sessions> of(String text) {
		String t = Field.fold(text);
		for (Sessions s : values()) {
			for (String w : s.words) {
				if (t.startsWith(w) || t.endsWith(w)) {
					return Optional.of(s);
				}
			}
		}
		return Optional.empty();
	}

	/** The half-day of a one-row header's time or status column, such as 签到时间（上午） or 上午签到; none for other fields. */
	static Optional<Sessions> ofColumn(String header, Field field) {
		return switch (field) {
		case SIGN_IN, SIGN_OUT, STATUS -> of(header);
		default -> Optional.empty();
		};
	}

	/** The field of a header that starts or ends with a half-day word (上午签到), found without it. */
	static Optional<Field> fieldWithout(String header) {
		String t = Field.fold(header);
		for (Sessions s : values()) {
			for (String w : s.words) {
				if (t.length() > w.length() && (t.startsWith(w) || t.endsWith(w))) {
					return Field.of(t.startsWith(w) ? t.substring(w.length()) : t.substring(0, t.length() - w.length()));
				}
			}
		}
		return Optional.empty();
	}

	/** 上午, 下午, 晚上 in the user's language. */
	public String label() {
		return Messages.label(this);
	}

	/** Whether a course starting at {@code hour} belongs to this session. */
	public boolean contains(int hour) {
		return switch (this) {
		case MORNING -> hour < 12;
		case AFTERNOON -> hour >= 12 && hour < 18;
		case EVENING -> hour >= 18;
		};
	}
}
