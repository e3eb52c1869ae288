package org.dangxiao.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

import javax.xml.parsers.DocumentBuilderFactory;

import org.dangxiao.model.nls.Nls;
import org.dangxiao.reports.builtin.BuiltinReports;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ReportsTest {
	private static final List<String> BUILTIN = List.of(BuiltinReports.TRAINING_COVERAGE, BuiltinReports.PERSON_RECORD, BuiltinReports.ATTENDANCE,
			BuiltinReports.FIRST_TOPICS, BuiltinReports.CENTER_GROUP, BuiltinReports.MEETING_COMPLIANCE);

	@Test
	void theSixBuiltInsAreFoundWithOrWithoutARegistry() {
		List<ReportDescriptor> all = Reports.all();
		// inside OSGi they come from plugin.xml, in a plain JVM from BuiltinReports: the same six either way
		assertTrue(all.stream().map(ReportDescriptor::id).toList().containsAll(BUILTIN), all::toString);
		if (RegistryFactory.getRegistry() == null) {
			assertEquals(6, all.size());
		}
		for (String id : BUILTIN) {
			ReportDescriptor d = Reports.find(id).orElseThrow();
			assertEquals("org.dangxiao.reports", d.contributor());
			assertTrue(!d.name().isBlank() && !d.category().isBlank() && !d.description().isBlank(), d::toString);
			assertTrue(d.report().getClass().getName().startsWith("org.dangxiao.reports.builtin."), d::toString);
		}
		assertEquals(Optional.empty(), Reports.find("no.such.report"));
	}

	@Test
	void sortedByCategoryThenName() {
		List<ReportDescriptor> builtins = Reports.all().stream().filter(d -> BUILTIN.contains(d.id())).toList();
		java.text.Collator c = java.text.Collator.getInstance(Locale.SIMPLIFIED_CHINESE);
		for (int i = 1; i < builtins.size(); i++) {
			ReportDescriptor a = builtins.get(i - 1), b = builtins.get(i);
			int byCategory = c.compare(a.category(), b.category());
			assertTrue(byCategory < 0 || byCategory == 0 && c.compare(a.name(), b.name()) <= 0, a.name() + " before " + b.name());
		}
		assertEquals(3, builtins.stream().filter(d -> d.category().equals(builtins.get(0).category())).count());
	}

	/** plugin.xml and OSGI-INF/l10n say what BuiltinReports says, in both languages: one list, not two that drift. */
	@Test
	void pluginXmlContributesTheBuiltInsUnderTheSameNames() throws Exception {
		Path bundle = Path.of(System.getProperty("dangxiao.root", "../.."), "bundles", "org.dangxiao.reports");
		NodeList reports = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(bundle.resolve("plugin.xml").toFile())
				.getElementsByTagName("report");
		Locale original = Locale.getDefault();
		try {
			for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
				Locale.setDefault(locale);
				Nls.load(org.dangxiao.reports.builtin.Messages.class);
				Properties l10n = new Properties();
				String file = locale == Locale.ENGLISH ? "bundle_en.properties" : "bundle.properties";
				try (InputStream in = Files.newInputStream(bundle.resolve("OSGI-INF/l10n").resolve(file))) {
					l10n.load(new InputStreamReader(in, StandardCharsets.UTF_8));
				}
				Map<String, List<String>> fromXml = new TreeMap<>();
				for (int i = 0; i < reports.getLength(); i++) {
					Element e = (Element) reports.item(i);
					fromXml.put(e.getAttribute("id"), List.of(e.getAttribute("class"), translate(l10n, e.getAttribute("name")),
							translate(l10n, e.getAttribute("category")), translate(l10n, e.getAttribute("description"))));
				}
				Map<String, List<String>> fromCode = new TreeMap<>();
				for (ReportDescriptor d : BuiltinReports.descriptors()) {
					fromCode.put(d.id(), List.of(d.report().getClass().getName(), d.name(), d.category(), d.description()));
				}
				assertEquals(fromCode, fromXml, locale.toString());
			}
		} finally {
			Locale.setDefault(original);
			Nls.load(org.dangxiao.reports.builtin.Messages.class);
		}
	}

	private static String translate(Properties l10n, String value) {
		return value.startsWith("%") ? l10n.getProperty(value.substring(1), "!" + value) : value;
	}

	@Test
	void everyBuiltInDeclaresParametersWithLabels() {
		for (ReportDescriptor d : BuiltinReports.descriptors()) {
			List<String> ids = new ArrayList<>();
			for (Parameter p : d.report().parameters()) {
				assertTrue(!p.label().isBlank() && !p.label().startsWith("!"), d.id() + " " + p);
				ids.add(p.id());
			}
			assertEquals(ids.stream().distinct().count(), ids.size(), d.id() + ": " + ids);
		}
	}
}
