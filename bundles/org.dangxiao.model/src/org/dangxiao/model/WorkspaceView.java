package org.dangxiao.model;

import java.util.List;
import java.util.Optional;

/** Read access to a workspace: what commands and views see. */
public interface WorkspaceView {
	OrganizationTree organizations();

	Optional<Person> person(PersonId id);

	/**
	 * The people of {@code ids} that exist, ordered by id: a roster of 50,000 read in a few queries,
	 * not 50,000.
	 */
	default List<Person> people(java.util.Collection<PersonId> ids) {
		return ids.stream().distinct().sorted().map(this::person).flatMap(Optional::stream).toList();
	}

	/**
	 * The roster of class {@code k} with each line's person, ordered by person id: what an import
	 * matches its rows against, read at once (a store joins the two tables).
	 */
	default List<org.dangxiao.model.training.RosterEntry> roster(org.dangxiao.model.training.ClassId k) {
		java.util.Map<PersonId, org.dangxiao.model.training.Enrollment> lines = new java.util.HashMap<>();
		list(org.dangxiao.model.training.Enrollment.class, k).forEach(e -> lines.put(e.person(), e));
		// people() gives those that exist, ordered by id
		return people(lines.keySet()).stream().map(p -> new org.dangxiao.model.training.RosterEntry(lines.get(p.id()), p)).toList();
	}

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
	 * Coverage of a training program in cells of organization × set of categories, counting the
	 * people placed directly in each organization. The target is the people the program's
	 * {@link org.dangxiao.model.training.TargetRule} matches, less those whose status on the deadline
	 * is 调出 or 离开 ({@link org.dangxiao.model.people.StatusHistory#isCountableOn}); the appointment
	 * date a rule may ask for is the start of the person's latest 在职 period. Trained are those of the
	 * target with a completed (结业) enrollment in one of the program's classes. Empty for an unknown
	 * program.
	 */
	List<org.dangxiao.model.training.CoverageCell> coverageCells(org.dangxiao.model.training.ProgramId program);

	/**
	 * Coverage per organization, counting the people placed directly in each (see
	 * {@link org.dangxiao.model.training.Coverage#rollUp} for subtrees); from {@link #coverageCells}.
	 */
	default java.util.Map<OrgId, org.dangxiao.model.training.Coverage> coverageByOrganization(org.dangxiao.model.training.ProgramId program) {
		return org.dangxiao.model.training.Coverage.byOrganization(coverageCells(program));
	}

	/**
	 * Coverage per category: someone with two categories counts in both, someone with none under
	 * {@code ""}; from {@link #coverageCells}.
	 */
	default java.util.Map<String, org.dangxiao.model.training.Coverage> coverageByCategory(org.dangxiao.model.training.ProgramId program) {
		return org.dangxiao.model.training.Coverage.byCategory(coverageCells(program));
	}

	/**
	 * How many people of a program's target have not completed it (应训未训), counting, as coverage
	 * does, only those still countable on its deadline; within {@code org}'s subtree when given.
	 */
	int countUntrained(org.dangxiao.model.training.ProgramId program, Optional<OrgId> within);

	/** One window of the people {@link #countUntrained} counts, in pinyin order of their names. */
	List<Person> findUntrained(org.dangxiao.model.training.ProgramId program, Optional<OrgId> within, int offset, int limit);

	/** The record of {@code type} (one of {@link Records#types()}) with {@code key}. */
	<V extends Record> Optional<V> get(Class<V> type, Object key);

	/**
	 * All records of {@code type} in key order. Not for organizations and people, whose lists are
	 * {@link #organizations()} and the windows of {@link #findPeople}.
	 */
	<V extends Record> List<V> list(Class<V> type);

	/**
	 * The records of {@code type} that belong to {@code owner}, in key order: the courses of a
	 * {@link org.dangxiao.model.training.ClassId}, the attendance of a
	 * {@link org.dangxiao.model.training.CourseId}, the meetings of an {@link OrgId}, the status
	 * periods of a {@link PersonId}. An {@link IllegalArgumentException} when {@code type} has no
	 * such owner.
	 */
	<V extends Record> List<V> list(Class<V> type, Object owner);

	/** The number of people placed directly in each organization that has any. */
	java.util.Map<OrgId, Integer> peopleCountByOrganization();
}
