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

	/**
	 * Coverage of a training program per organization, counting the people placed directly in each
	 * (see {@link org.dangxiao.model.training.Coverage#rollUp} for subtrees): everyone is the target,
	 * trained are those with a completed (结业) enrollment in one of the program's classes.
	 */
	java.util.Map<OrgId, org.dangxiao.model.training.Coverage> coverageByOrganization(org.dangxiao.model.training.ProgramId program);

	/** The number of people placed directly in each organization that has any. */
	java.util.Map<OrgId, Integer> peopleCountByOrganization();
}
