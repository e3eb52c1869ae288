package org.dangxiao.model.training;

import java.util.List;
import java.util.Objects;

import org.dangxiao.model.OrgId;

/**
 * The coverage of the people placed directly in one organization who have exactly these
 * categories: the finest grain a coverage query returns, from which the breakdowns by
 * organization and by category are summed.
 */
public record CoverageCell(OrgId organization, List<String> categories, Coverage coverage) {
	public CoverageCell {
		Objects.requireNonNull(organization, "organization");
		Objects.requireNonNull(coverage, "coverage");
		categories = List.copyOf(categories);
	}
}
