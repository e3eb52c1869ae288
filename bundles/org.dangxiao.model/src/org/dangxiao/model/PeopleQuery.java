package org.dangxiao.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Which people a list shows: those of one organization (or also below it), narrowed by what the
 * user typed (part of the name, pinyin initials or full pinyin, part of the 公民身份号码).
 * Lists are read in windows through {@link WorkspaceView#findPeople}, never all at once.
 */
public record PeopleQuery(Optional<OrgId> organization, boolean includeSubtree, String filter) {
	public PeopleQuery {
		Objects.requireNonNull(organization, "organization");
		filter = Objects.requireNonNullElse(filter, "").strip();
	}

	public static PeopleQuery in(OrgId org, boolean includeSubtree) {
		return new PeopleQuery(Optional.of(org), includeSubtree, "");
	}

	public PeopleQuery withFilter(String newFilter) {
		return new PeopleQuery(organization, includeSubtree, newFilter);
	}
}
