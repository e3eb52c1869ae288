package org.dangxiao.compliance;

import java.util.Objects;
import java.util.Optional;

import org.dangxiao.model.OrgId;

/**
 * What {@link PlanSkeleton#generate} plans.
 *
 * @param themeDayOfMonth the fixed day of 主题党日, 1–31; months shorter than it use their last day
 * @param subtree         the organization whose subtree is planned; empty: the whole tree
 */
public record SkeletonOptions(int year, int themeDayOfMonth, Optional<OrgId> subtree) {
	/** 主题党日 on the 15th when nothing else is chosen, as many localities fix it. */
	public static final int DEFAULT_THEME_DAY = 15;

	public SkeletonOptions {
		Objects.requireNonNull(subtree, "subtree");
		if (year < 1 || year > 9999) {
			throw new IllegalArgumentException("year out of range: " + year);
		}
		if (themeDayOfMonth < 1 || themeDayOfMonth > 31) {
			throw new IllegalArgumentException("themeDayOfMonth must be 1–31: " + themeDayOfMonth);
		}
	}

	/** The whole tree, 主题党日 on the 15th. */
	public static SkeletonOptions of(int year) {
		return new SkeletonOptions(year, DEFAULT_THEME_DAY, Optional.empty());
	}

	public SkeletonOptions withSubtree(OrgId root) {
		return new SkeletonOptions(year, themeDayOfMonth, Optional.of(root));
	}

	public SkeletonOptions withThemeDayOfMonth(int day) {
		return new SkeletonOptions(year, day, subtree);
	}
}
