package org.dangxiao.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.dangxiao.imports.readers.CsvReader;
import org.dangxiao.imports.readers.XlsReader;
import org.dangxiao.imports.readers.XlsxReader;
import org.dangxiao.model.nls.Nls;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

/**
 * The readers of the extension point {@code org.dangxiao.imports.sources}, highest priority first,
 * so a plug-in's reader for a special CSV export is asked before the general CSV reader.
 */
public final class Sources {
	public static final String EXTENSION_POINT = "org.dangxiao.imports.sources";
	private static final int HEAD = 8192;

	private Sources() {
	}

	/** A contributed reader with its name as users see it. */
	public record Source(String id, String name, int priority, SourceReader reader) {
	}

	/** All readers: those contributed through the extension registry, or the built-in ones outside OSGi. */
	public static List<Source> all() {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		List<Source> out = new ArrayList<>();
		IConfigurationElement[] elements = registry == null ? new IConfigurationElement[0]
				: registry.getConfigurationElementsFor(EXTENSION_POINT);
		if (elements.length == 0) {
			// no registry (a plain JVM), or one that has not read this bundle's plugin.xml: the built-ins still work
			out.add(new Source("xlsx", "Excel (.xlsx)", -100, new XlsxReader()));
			out.add(new Source("xls", "Excel 97-2003 (.xls)", -100, new XlsReader()));
			out.add(new Source("csv", "CSV", -100, new CsvReader()));
			return out;
		}
		for (IConfigurationElement e : elements) {
			try {
				int priority = e.getAttribute("priority") == null ? 0 : Integer.parseInt(e.getAttribute("priority"));
				out.add(new Source(e.getAttribute("id"), e.getAttribute("name"), priority, (SourceReader) e.createExecutableExtension("class")));
			} catch (CoreException | RuntimeException ex) {
				// one broken plug-in must not take the import away from everyone
				Throwable root = ex;
				while (root.getCause() != null && root.getCause() != root) {
					root = root.getCause();
				}
				System.err.println("Import source " + e.getAttribute("id") + " of " + e.getContributor().getName() + " failed: " + ex + " (" + root + ")");
				root.printStackTrace();
			}
		}
		out.sort(Comparator.comparingInt(Source::priority).reversed());
		return out;
	}

	/** The reader for {@code file}, or a sentence saying why there is none. */
	public static SourceReader readerFor(Path file) throws ImportException {
		byte[] head;
		try (InputStream in = Files.newInputStream(file)) {
			head = in.readNBytes(HEAD);
		} catch (IOException e) {
			throw new ImportException(Nls.bind(Messages.Read_FAILED, file.getFileName(), e.getMessage()), e);
		}
		if (head.length == 0) {
			throw new ImportException(Nls.bind(Messages.Read_EMPTY, file.getFileName()));
		}
		String name = file.getFileName().toString();
		for (Source s : all()) {
			if (s.reader().accepts(name, head)) {
				return s.reader();
			}
		}
		throw new ImportException(Nls.bind(Messages.Read_NOT_A_SPREADSHEET, name));
	}
}
