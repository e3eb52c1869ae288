package org.dangxiao.model;

import java.util.Objects;

/**
 * One named value the workspace keeps for everyone who opens it: a saved import mapping, a
 * threshold a locality chose. Stored and undone like every other record, so a setting changed on
 * a shared server reaches every desktop.
 *
 * @param key   dotted, owned by the bundle that reads it, e.g. {@code imports.mapping.3f2a…}
 * @param value free text in the owner's own format
 */
public record Setting(String key, String value) {
	public Setting {
		key = Check.text(key, "key");
		Objects.requireNonNull(value, "value");
		if (key.length() > 200) {
			throw new IllegalArgumentException("setting key longer than 200 characters: " + key);
		}
	}
}
