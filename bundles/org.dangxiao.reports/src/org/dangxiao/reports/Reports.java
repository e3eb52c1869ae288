package org.dangxiao.reports;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.dangxiao.reports.builtin.BuiltinReports;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

/**
 * The reports of the extension point {@code org.dangxiao.reports.definitions}, sorted by category
 * then name. The workbench's report view, the CLI and the tests all find reports here; the six
 * built-in ones are contributed the same way by this bundle's plugin.xml.
 */
public final class Reports {
	public static final String EXTENSION_POINT = "org.dangxiao.reports.definitions";

	private Reports() {
	}

	/** All reports: those contributed through the extension registry, or the built-in ones outside OSGi. */
	public static List<ReportDescriptor> all() {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		IConfigurationElement[] elements = registry == null ? new IConfigurationElement[0]
				: registry.getConfigurationElementsFor(EXTENSION_POINT);
		List<ReportDescriptor> out = new ArrayList<>();
		if (elements.length == 0) {
			// no registry (a plain JVM), or one that has not read this bundle's plugin.xml: the built-ins still work
			out.addAll(BuiltinReports.descriptors());
		} else {
			Set<String> seen = new HashSet<>();
			for (IConfigurationElement e : elements) {
				if (!"report".equals(e.getName())) {
					continue;
				}
				String id = e.getAttribute("id");
				String contributor = e.getContributor().getName();
				try {
					if (id == null || id.isBlank()) {
						throw new IllegalArgumentException("the report has no id");
					}
					if (!seen.add(id)) {
						throw new IllegalArgumentException("the id is already taken by another report");
					}
					Report report = (Report) e.createExecutableExtension("class");
					String name = orElse(e.getAttribute("name"), id);
					out.add(new ReportDescriptor(id, name, orElse(e.getAttribute("category"), ""),
							orElse(e.getAttribute("description"), ""), contributor, report));
				} catch (CoreException | RuntimeException ex) {
					// one broken plug-in must not take the reports away from everyone
					Throwable root = ex;
					while (root.getCause() != null && root.getCause() != root) {
						root = root.getCause();
					}
					System.err.println("Report " + id + " of " + contributor + " failed: " + ex + " (" + root + ")");
				}
			}
		}
		Collator collator = Collator.getInstance(Locale.SIMPLIFIED_CHINESE);
		out.sort(Comparator.comparing(ReportDescriptor::category, collator)
				.thenComparing(ReportDescriptor::name, collator)
				.thenComparing(ReportDescriptor::id));
		return List.copyOf(out);
	}

	/** The report with {@code id}, if any is contributed. */
	public static Optional<ReportDescriptor> find(String id) {
		return all().stream().filter(d -> d.id().equals(id)).findFirst();
	}

	private static String orElse(String value, String fallback) {
		return value == null || value.isBlank() ? fallback : value.strip();
	}
}
