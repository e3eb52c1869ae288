package org.dangxiao.model;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A cadre, Party member or trainee.
 *
 * @param post       职务, free text as organizations write it (e.g. 党支部书记)
 * @param rank       职级 (e.g. 乡科级, 县处级), empty when the person holds none
 * @param categories such as 新任乡村干部, 驻村干部, 第一书记; kept sorted so equal people compare equal
 */
public record Person(PersonId id, String name, Gender gender, String ethnicity, CitizenId citizenId,
		OrgId organization, String post, Optional<String> rank, SortedSet<String> categories) {

	public Person {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(gender, "gender");
		Objects.requireNonNull(citizenId, "citizenId");
		Objects.requireNonNull(organization, "organization");
		Objects.requireNonNull(rank, "rank");
		name = Check.text(name, "name");
		ethnicity = Objects.requireNonNullElse(ethnicity, "").strip();
		post = Objects.requireNonNullElse(post, "").strip();
		rank = rank.map(String::strip).filter(r -> !r.isEmpty());
		categories = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(categories));
	}

	public Person(PersonId id, String name, Gender gender, String ethnicity, CitizenId citizenId, OrgId organization,
			String post, Optional<String> rank, Set<String> categories) {
		this(id, name, gender, ethnicity, citizenId, organization, post, rank, new TreeSet<>(categories));
	}

	public Person withPost(String newPost) {
		return new Person(id, name, gender, ethnicity, citizenId, organization, newPost, rank, categories);
	}

	public Person withName(String newName) {
		return new Person(id, newName, gender, ethnicity, citizenId, organization, post, rank, categories);
	}

	public Person withOrganization(OrgId newOrganization) {
		return new Person(id, name, gender, ethnicity, citizenId, newOrganization, post, rank, categories);
	}

	public Person withRank(Optional<String> newRank) {
		return new Person(id, name, gender, ethnicity, citizenId, organization, post, newRank, categories);
	}

	public Person withCategories(Set<String> newCategories) {
		return new Person(id, name, gender, ethnicity, citizenId, organization, post, rank, newCategories);
	}
}
