package org.dangxiao.example.qrsignin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.dangxiao.imports.SourceReader;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.reports.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a build does not check: the texts in both languages, and that plugin.xml names classes that
 * exist, implement the extension points' interfaces and can be created by the registry.
 */
class BundleTest {
	@TempDir
	Path dir;

	private static Set<String> fields() {
		return Arrays.stream(Messages.class.getFields()).filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
				.map(java.lang.reflect.Field::getName).collect(Collectors.toCollection(TreeSet::new));
	}

	private static Properties load(Reader in) throws IOException {
		Properties p = new Properties();
		p.load(in);
		return p;
	}

	private static Properties messages(String file) throws IOException {
		try (InputStream in = Messages.class.getResourceAsStream(file)) {
			assertNotNull(in, file + " beside " + Messages.class.getName());
			return load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
	}

	private Path bundleFile(String path) throws IOException {
		return QrWorkspace.copy(path.replace('/', '_'), path, dir);
	}

	@Test
	void everyTextIsThereInBothLanguages() throws Exception {
		for (String file : List.of("messages.properties", "messages_en.properties")) {
			Properties p = messages(file);
			assertEquals(fields(), new TreeSet<>(p.stringPropertyNames()), "keys of " + file);
			p.forEach((k, v) -> assertFalse(v.toString().isBlank(), file + ": " + k));
		}
		assertEquals("开课前 {0}–{1} 分钟", messages("messages.properties").getProperty("Slot_BEFORE"), "the base file is Chinese, read as UTF-8");
		Locale original = Locale.getDefault();
		try {
			String[] slot = new String[2];
			Locale[] locales = { Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH };
			for (int i = 0; i < 2; i++) {
				Locale.setDefault(locales[i]);
				Nls.load(Messages.class);
				for (String name : fields()) {
					String value = (String) Messages.class.getField(name).get(null);
					assertFalse(value.startsWith("!"), locales[i] + " " + name);
				}
				slot[i] = SignInSlotsReport.label(-2, 10);
			}
			assertEquals("开课前 10–20 分钟", slot[0]);
			assertEquals("10–20 min before start", slot[1]);
			assertNotEquals(slot[0], slot[1]);
		} finally {
			Locale.setDefault(original);
			Nls.load(Messages.class);
		}
	}

	@Test
	void pluginXmlNamesRealClassesAndTranslatedWords() throws Exception {
		String xml = Files.readString(bundleFile("plugin.xml"));
		String manifest = Files.readString(bundleFile("META-INF/MANIFEST.MF"));
		Matcher classes = Pattern.compile("class=\"([\\w.]+)\"").matcher(xml);
		int found = 0;
		while (classes.find()) {
			Class<?> c = Class.forName(classes.group(1));
			assertTrue(SourceReader.class.isAssignableFrom(c) || Report.class.isAssignableFrom(c), c.getName());
			assertTrue(Modifier.isPublic(c.getModifiers()));
			c.getConstructor().newInstance(); // what createExecutableExtension does
			found++;
		}
		assertEquals(2, found);
		Set<String> keys = new TreeSet<>();
		Matcher percent = Pattern.compile("%([\\w.]+)").matcher(xml + manifest);
		while (percent.find()) {
			keys.add(percent.group(1));
		}
		for (String file : List.of("OSGI-INF/l10n/bundle.properties", "OSGI-INF/l10n/bundle_en.properties")) {
			try (Reader in = Files.newBufferedReader(bundleFile(file), StandardCharsets.UTF_8)) {
				Properties p = load(in);
				assertEquals(keys, new TreeSet<>(p.stringPropertyNames()), file);
			}
		}
		assertTrue(manifest.contains("singleton:=true"), "a bundle with extensions is a singleton");
		// only the workbench's API: the three bundles whose exported packages the plug-in uses
		Matcher required = Pattern.compile("Require-Bundle:((?:.*\\R )*.*)").matcher(manifest);
		assertTrue(required.find());
		assertEquals(List.of("org.dangxiao.model", "org.dangxiao.imports", "org.dangxiao.reports"),
				Arrays.stream(required.group(1).replaceAll("\\R ", "").replaceAll("\"[^\"]*\"", "").split(",")).map(s -> s.strip().split(";")[0]).toList());
		assertFalse(manifest.contains("Import-Package"));
	}
}
