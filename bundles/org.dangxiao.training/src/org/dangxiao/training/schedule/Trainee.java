package org.dangxiao.training.schedule;

import java.util.Objects;

import org.dangxiao.model.OrgId;
import org.dangxiao.model.PersonId;

/**
 * One person not yet trained (应训未训), with the unit whose share of a class is limited.
 *
 * @param unit the level the limit applies to, e.g. the township; the caller resolves it from the tree
 */
public record Trainee(PersonId person, OrgId unit) {
	public Trainee {
		Objects.requireNonNull(person, "person");
		Objects.requireNonNull(unit, "unit");
	}
}
