package org.dangxiao.model;

import java.util.List;
import java.util.Optional;

/** Read access to a workspace: what commands and views see. */
public interface WorkspaceView {
	OrganizationTree organizations();

	Optional<Person> person(PersonId id);

	/** The people placed directly in {@code org}, ordered by id. */
	List<Person> peopleIn(OrgId org);

	/** The people in {@code org} and all organizations below it. */
	List<Person> peopleWithin(OrgId org);

	Optional<Person> personByCitizenId(CitizenId id);

	int personCount();
}
