package org.dangxiao.reports;

import java.util.Optional;

/**
 * One input of a report. The kind tells a form which chooser to show and the CLI how to read the
 * value ({@code --param id=value}): ids for programs, classes, people and organizations, a year, a
 * date (yyyy-MM-dd) or free text.
 *
 * @param label        the user-visible name (already translated)
 * @param defaultValue a value used when none is given (a year "2026", say)
 */
public record Parameter(String id, String label, Kind kind, boolean required, Optional<String> defaultValue) {
	public enum Kind {
		PROGRAM, CLASS, PERSON, ORGANIZATION, YEAR, DATE, TEXT
	}

	public Parameter {
		if (id.isBlank()) {
			throw new IllegalArgumentException("a parameter needs an id");
		}
	}

	public static Parameter required(String id, String label, Kind kind) {
		return new Parameter(id, label, kind, true, Optional.empty());
	}

	public static Parameter optional(String id, String label, Kind kind, Optional<String> defaultValue) {
		return new Parameter(id, label, kind, false, defaultValue);
	}
}
