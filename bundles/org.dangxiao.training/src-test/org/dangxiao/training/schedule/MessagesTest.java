package org.dangxiao.training.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.api.Test;

/** Every text is there, non-empty, in Chinese and in English, and no key is left without a field. */
class MessagesTest {
	static Set<String> fields() {
		return Arrays.stream(Messages.class.getFields())
				.filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class).map(Field::getName)
				.collect(Collectors.toCollection(TreeSet::new));
	}

	Properties load(String file) {
		try (InputStream in = getClass().getResourceAsStream(file)) {
			assertNotNull(in, file + " beside " + Messages.class.getName());
			Properties p = new Properties();
			p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			return p;
		} catch (IOException e) {
			throw new AssertionError(e);
		}
	}

	static boolean hasChinese(String s) {
		return s.chars().anyMatch(c -> c >= '\u3000');
	}

	@Test
	void everyFieldHasATextInBothFiles() {
		Set<String> fields = fields();
		assertTrue(fields.size() > 20, "fields found: " + fields);
		Properties zh = load("messages.properties");
		Properties en = load("messages_en.properties");
		assertEquals(fields, new TreeSet<>(zh.stringPropertyNames()), "keys of messages.properties");
		assertEquals(fields, new TreeSet<>(en.stringPropertyNames()), "keys of messages_en.properties");
		for (String name : fields) {
			String chinese = zh.getProperty(name);
			String english = en.getProperty(name);
			assertFalse(chinese.isBlank(), name);
			assertFalse(english.isBlank(), name);
			assertTrue(hasChinese(chinese), () -> name + " is not Chinese: " + chinese);
			assertFalse(hasChinese(english), () -> name + " is not English: " + english);
			// every pattern formats
			Nls.bind(chinese, 1, 2, 3, 4);
			Nls.bind(english, 1, 2, 3, 4);
		}
	}

	@Test
	void theFieldsAreFilledInEitherLanguage() throws ReflectiveOperationException {
		Locale original = Locale.getDefault();
		try {
			for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
				Locale.setDefault(locale);
				Nls.load(Messages.class);
				for (String name : fields()) {
					String value = (String) Messages.class.getField(name).get(null);
					assertFalse(value.isBlank() || value.startsWith("!"), locale + " " + name + " = " + value);
					assertEquals(locale == Locale.SIMPLIFIED_CHINESE, hasChinese(value), locale + " " + name);
				}
			}
		} finally {
			Locale.setDefault(original);
			Nls.load(Messages.class);
		}
	}
}
