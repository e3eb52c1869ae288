package org.dangxiao.model.training;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dangxiao.model.OrgId;
import org.dangxiao.model.Organization;
import org.dangxiao.model.OrganizationTree;

/**
 * How far a program has come (覆盖率): of {@code target} people, {@code trained} have completed a
 * class of it.
 */
public record Coverage(int target, int trained) {
	public Coverage {
		if (target < 0 || trained < 0 || trained > target) {
			throw new IllegalArgumentException("coverage " + trained + "/" + target);
		}
	}

	public Coverage plus(Coverage other) {
		return new Coverage(target + other.target, trained + other.trained);
	}

	/** trained ÷ target, 1 when nobody is targeted (nothing is missing). */
	public double ratio() {
		return target == 0 ? 1.0 : (double) trained / target;
	}

	/** Per organization, summed over its cells. */
	public static Map<OrgId, Coverage> byOrganization(java.util.Collection<CoverageCell> cells) {
		Map<OrgId, Coverage> out = new HashMap<>();
		cells.forEach(c -> out.merge(c.organization(), c.coverage(), Coverage::plus));
		return out;
	}

	/** Per category, in collation-free key order; a cell without categories counts under {@code ""}. */
	public static Map<String, Coverage> byCategory(java.util.Collection<CoverageCell> cells) {
		Map<String, Coverage> out = new java.util.TreeMap<>();
		for (CoverageCell c : cells) {
			for (String category : c.categories().isEmpty() ? List.of("") : c.categories()) {
				out.merge(category, c.coverage(), Coverage::plus);
			}
		}
		return out;
	}

	/** Per organization and everything below it, from the counts of people placed directly in each. */
	public static Map<OrgId, Coverage> rollUp(OrganizationTree tree, Map<OrgId, Coverage> direct) {
		Map<OrgId, Coverage> total = new HashMap<>(tree.size() * 2);
		direct.forEach((org, c) -> {
			for (Organization up : tree.path(org)) {
				total.merge(up.id(), c, Coverage::plus);
			}
		});
		return total;
	}
}
