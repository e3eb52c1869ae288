package org.dangxiao.reports;

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
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** Both Messages classes of the bundle: every field has a text in both files, no stale keys, the same placeholders. */
class MessagesTest {
	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)\\}");

	private static Set<String> fields(Class<?> messages) {
		return Arrays.stream(messages.getFields()).filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
				.map(Field::getName).collect(Collectors.toCollection(TreeSet::new));
	}

	private static Properties load(Class<?> messages, String file) {
		try (InputStream in = messages.getResourceAsStream(file)) {
			assertNotNull(in, file + " beside " + messages.getName());
			Properties p = new Properties();
			p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			return p;
		} catch (IOException e) {
			throw new AssertionError(e);
		}
	}

	private static Set<String> placeholders(String text) {
		Set<String> out = new TreeSet<>();
		Matcher m = PLACEHOLDER.matcher(text);
		while (m.find()) {
			out.add(m.group(1));
		}
		return out;
	}

	@Test
	void bothLanguagesAreCompleteAndAgree() {
		for (Class<?> messages : List.of(Messages.class, org.dangxiao.reports.builtin.Messages.class)) {
			Set<String> fields = fields(messages);
			assertFalse(fields.isEmpty());
			Properties zh = load(messages, "messages.properties"), en = load(messages, "messages_en.properties");
			for (Properties p : List.of(zh, en)) {
				assertEquals(fields, new TreeSet<>(p.stringPropertyNames()), messages.getName());
				for (String name : fields) {
					assertFalse(p.getProperty(name).isBlank(), messages.getName() + " " + name);
				}
			}
			for (String name : fields) {
				assertEquals(placeholders(zh.getProperty(name)), placeholders(en.getProperty(name)), messages.getName() + " " + name);
			}
		}
	}

	@Test
	void theBaseFileIsChinese() {
		Properties zh = load(org.dangxiao.reports.builtin.Messages.class, "messages.properties");
		assertEquals(List.of("单位", "应训", "已训", "未训", "覆盖率"), List.of(zh.getProperty("Coverage_UNIT"), zh.getProperty("Coverage_TARGET"),
				zh.getProperty("Coverage_TRAINED"), zh.getProperty("Coverage_UNTRAINED"), zh.getProperty("Coverage_RATE")));
		assertEquals("Please fill in \"{0}\".", load(Messages.class, "messages_en.properties").getProperty("Arguments_MISSING"));
	}
}
