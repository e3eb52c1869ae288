package org.dangxiao.model.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.dangxiao.model.nls.Nls;

/** Checks that a Messages class is fully translated in both languages, with no stale keys. */
public final class Translations {
	private Translations() {
	}

	public static void assertComplete(Class<?> messages) {
		Set<String> fields = Arrays.stream(messages.getFields())
				.filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class).map(Field::getName)
				.collect(Collectors.toCollection(TreeSet::new));
		// a key without a field is a text nobody shows any more, or a field name with a typo
		assertEquals(fields, keys(messages, "messages.properties"), "keys of messages.properties");
		assertEquals(fields, keys(messages, "messages_en.properties"), "keys of messages_en.properties");
		Locale original = Locale.getDefault();
		try {
			for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
				Locale.setDefault(locale);
				Nls.load(messages);
				for (String name : fields) {
					String value = (String) messages.getField(name).get(null);
					assertFalse(value.isBlank() || value.startsWith("!"), locale + " " + name + " = " + value);
				}
			}
		} catch (ReflectiveOperationException e) {
			throw new AssertionError(e);
		} finally {
			Locale.setDefault(original);
			Nls.load(messages);
		}
	}

	private static Set<String> keys(Class<?> messages, String file) {
		try (InputStream in = messages.getResourceAsStream(file)) {
			assertNotNull(in, file + " beside " + messages.getName());
			Properties p = new Properties();
			p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			return new TreeSet<>(p.stringPropertyNames());
		} catch (IOException e) {
			throw new AssertionError(e);
		}
	}
}
