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

	/** How many people {@code query} matches. */
	int countPeople(PeopleQuery query);

	/**
	 * One window of the people {@code query} matches, in pinyin order of their names: rows
	 * {@code offset} to {@code offset + limit - 1}. A table of 500,000 people asks for the rows it shows.
	 */
	List<Person> findPeople(PeopleQuery query, int offset, int limit);

	/** The number of people placed directly in each organization that has any. */
	java.util.Map<OrgId, Integer> peopleCountByOrganization();
}
