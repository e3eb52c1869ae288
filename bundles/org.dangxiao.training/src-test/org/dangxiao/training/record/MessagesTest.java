package org.dangxiao.training.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.dangxiao.model.nls.Nls;
import org.junit.jupiter.api.Test;

class MessagesTest {
	private static Set<String> fields() {
		return Arrays.stream(Messages.class.getFields())
				.filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class).map(Field::getName)
				.collect(Collectors.toCollection(TreeSet::new));
	}

	private static Properties load(String file) {
		try (InputStream in = Messages.class.getResourceAsStream(file)) {
			assertNotNull(in, file + " beside " + Messages.class.getName());
			Properties p = new Properties();
			p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			return p;
		} catch (IOException e) {
			throw new AssertionError(e);
		}
	}

	@Test
	void everyFieldHasATextAndEveryTextAField() {
		for (String file : List.of("messages.properties", "messages_en.properties")) {
			everyFieldHasATextAndEveryTextAField(file);
		}
	}

	private void everyFieldHasATextAndEveryTextAField(String file) {
		Properties p = load(file);
		Set<String> fields = fields();
		assertFalse(fields.isEmpty());
		// a key without a field is a text nobody shows any more, or a field name with a typo
		assertEquals(fields, new TreeSet<>(p.stringPropertyNames()), "keys of " + file);
		for (String name : fields) {
			String value = p.getProperty(name);
			assertFalse(value == null || value.isBlank(), file + ": " + name + " is empty");
		}
	}

	@Test
	void theBaseFileIsChineseReadAsUtf8() {
		assertEquals("班次", load("messages.properties").getProperty("Column_CLASS"));
		assertEquals("Class", load("messages_en.properties").getProperty("Column_CLASS"));
	}

	@Test
	void everyFieldIsFilledInBothLanguages() throws ReflectiveOperationException {
		Locale original = Locale.getDefault();
		try {
			for (Locale locale : new Locale[] { Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH }) {
				Locale.setDefault(locale);
				Nls.load(Messages.class);
				for (String name : fields()) {
					String value = (String) Messages.class.getField(name).get(null);
					assertFalse(value.isBlank() || value.startsWith("!"), locale + " " + name + " = " + value);
				}
			}
			Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
			Nls.load(Messages.class);
			String zh = Credit.Standing.NO_RECORD.label();
			Locale.setDefault(Locale.ENGLISH);
			Nls.load(Messages.class);
			assertNotEquals(zh, Credit.Standing.NO_RECORD.label(), "the English file is used for English");
		} finally {
			Locale.setDefault(original);
			Nls.load(Messages.class);
		}
	}
}
