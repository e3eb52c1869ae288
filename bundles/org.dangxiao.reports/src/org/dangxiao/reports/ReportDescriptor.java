package org.dangxiao.reports;

/**
 * A report as contributed through the extension point {@code org.dangxiao.reports.definitions}:
 * its id (the CLI's {@code dangxiao report ID}), its user-visible name, category and description
 * (already translated), who contributed it (a bundle's symbolic name) and the report itself.
 */
public record ReportDescriptor(String id, String name, String category, String description, String contributor, Report report) {
	public ReportDescriptor {
		if (id.isBlank()) {
			throw new IllegalArgumentException("a report needs an id");
		}
	}
}
