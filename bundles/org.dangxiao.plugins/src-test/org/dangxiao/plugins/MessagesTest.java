package org.dangxiao.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
	void everyFieldHasANonEmptyTextInBothFilesAndEveryTextAField() {
		Set<String> fields = fields();
		assertFalse(fields.isEmpty());
		for (String file : List.of("messages.properties", "messages_en.properties")) {
			Properties p = load(file);
			// a key without a field is a text nobody shows any more, or a field name with a typo
			assertEquals(fields, new TreeSet<>(p.stringPropertyNames()), "keys of " + file);
			for (String name : fields) {
				String value = p.getProperty(name);
				assertFalse(value == null || value.isBlank(), file + ": " + name + " is empty");
			}
		}
	}

	@Test
	void theBaseFileIsChineseReadAsUtf8() {
		Properties zh = load("messages.properties");
		assertEquals("没有选择要安装的功能。", zh.getProperty("Plugins_NOTHING_TO_INSTALL"));
		assertEquals("No feature was chosen for installation.", load("messages_en.properties").getProperty("Plugins_NOTHING_TO_INSTALL"));
	}

	@Test
	void everyFieldIsFilledInBothLanguages() throws ReflectiveOperationException {
		Locale original = Locale.getDefault();
		try {
			String[] met = new String[2];
			Locale[] locales = { Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH };
			for (int i = 0; i < locales.length; i++) {
				Locale.setDefault(locales[i]);
				Nls.load(Messages.class);
				for (String name : fields()) {
					String value = (String) Messages.class.getField(name).get(null);
					assertFalse(value.isBlank() || value.startsWith("!"), locales[i] + " " + name + " = " + value);
				}
				met[i] = Feature.Origin.DROPINS.label();
			}
			assertEquals("dropins 文件夹", met[0]);
			assertNotEquals(met[0], met[1], "the English file is used for English");
		} finally {
			Locale.setDefault(original);
			Nls.load(Messages.class);
		}
	}
}
