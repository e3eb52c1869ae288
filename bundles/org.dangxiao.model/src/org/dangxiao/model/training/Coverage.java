package org.dangxiao.model.training;

import java.util.HashMap;
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
