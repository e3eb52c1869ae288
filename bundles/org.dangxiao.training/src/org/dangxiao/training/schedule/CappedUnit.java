package org.dangxiao.training.schedule;

import java.util.Objects;

import org.dangxiao.model.OrgId;

/**
 * A unit with more people than the per-unit limit lets it place in all usable classes together,
 * whatever the other units do.
 *
 * @param maxPlaceable the sum over usable classes of min(limit, free seats)
 */
public record CappedUnit(OrgId unit, int people, int maxPlaceable) {
	public CappedUnit {
		Objects.requireNonNull(unit, "unit");
		if (maxPlaceable < 0 || people <= maxPlaceable) {
			throw new IllegalArgumentException("not capped: " + unit + " " + people + " > " + maxPlaceable);
		}
	}

	/** How many of the unit's people the limit leaves out at least. */
	public int excess() {
		return people - maxPlaceable;
	}
}
