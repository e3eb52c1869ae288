package org.dangxiao.imports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.dangxiao.model.CitizenId;
import org.dangxiao.model.PeopleQuery;
import org.dangxiao.model.Person;
import org.dangxiao.model.WorkspaceView;
import org.dangxiao.text.ChineseText;

/**
 * Finds the person a spreadsheet row names: a checksum-valid ID number first, then the name,
 * narrowed by the roster the sheet is about and by the organization. Two people who fit are a
 * question for the user, never a guess. Used by the attendance planner and the roster import.
 */
final class PersonMatcher {
	/** An ID number that went through a number cell and came out as text: 6.52301E+17. */
	private static final java.util.regex.Pattern SCIENTIFIC = java.util.regex.Pattern.compile("\\d(\\.\\d+)?[eE]\\+?\\d+");
	private final WorkspaceView workspace;
	private final Map<String, List<Person>> rosterByName;
	private final Map<String, List<Person>> workspaceByName = new HashMap<>();
	/** A sign-in sheet names each person once per course: ask the workspace once per person. */
	private final Map<CitizenId, Optional<Person>> byCitizenId = new HashMap<>();

	/** @param roster the people the sheet is expected to name: a name on it decides between namesakes */
	PersonMatcher(WorkspaceView workspace, Collection<Person> roster) {
		this.workspace = workspace;
		this.rosterByName = new HashMap<>();
		for (Person p : roster) {
			rosterByName.computeIfAbsent(nameKey(p.name()), k -> new ArrayList<>()).add(p);
			byCitizenId.put(p.citizenId(), Optional.of(p)); // most rows name someone on the roster: no query for them
		}
	}

	private PersonMatcher(PersonMatcher from) {
		this.workspace = from.workspace;
		this.rosterByName = from.rosterByName;
	}

	/** The same roster without the lookups gathered so far: for the few rows a user resolves later. */
	PersonMatcher forgetLookups() {
		return new PersonMatcher(this);
	}

	/** The separating dot of Uyghur and other names, as the input methods type it (·, •, ・, ．, .). */
	private static final String NAME_DOTS = ".．·•・‧･";

	/** A name as rows and people are compared: normalized, and the dot in 再努尔·托合提 however typed, or left out. */
	static String nameKey(String name) {
		return dots(ChineseText.normalizeName(name), "");
	}

	/** {@code name} with each kind of name dot replaced; the same string when it has none, as most names. */
	private static String dots(String name, String replacement) {
		StringBuilder out = null;
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (NAME_DOTS.indexOf(c) >= 0 && out == null) {
				out = new StringBuilder(name.length()).append(name, 0, i);
			}
			if (out != null) {
				out.append(NAME_DOTS.indexOf(c) >= 0 ? replacement : String.valueOf(c));
			}
		}
		return out == null ? name : out.toString();
	}

	/** An ID number as exported to keep Excel off it: '652301…, ="652301…". */
	private static String unguarded(String id) {
		String s = id.strip();
		if (s.startsWith("=\"") && s.endsWith("\"") && s.length() > 3) {
			return s.substring(2, s.length() - 1);
		}
		return s.startsWith("'") || s.startsWith("`") ? s.substring(1) : s;
	}

	private static boolean scientific(String text) {
		return (text.indexOf('E') >= 0 || text.indexOf('e') >= 0) && SCIENTIFIC.matcher(text.strip()).matches();
	}

	/**
	 * The person a row names, or empty with the reasons why not; same-named people who could be
	 * meant go into {@code candidates}, for the user to choose from. {@code name} and
	 * {@code organization} come normalized ({@link ChineseText#normalizeName}).
	 */
	Optional<Person> match(String name, String organization, Cell idCell, Set<Reason> reasons, List<Person> candidates) {
		if (idCell instanceof Cell.Number || scientific(idCell.display())) {
			reasons.add(Reason.DAMAGED_ID); // Excel kept 15 digits: never guess the rest
		} else if (!idCell.isBlank()) {
			String text = ChineseText.normalizeName(unguarded(idCell.display())).toUpperCase(java.util.Locale.ROOT);
			if (!CitizenId.check(text).isEmpty()) {
				reasons.add(Reason.BAD_CHECKSUM);
				return Optional.empty();
			}
			Optional<Person> found = byCitizenId.computeIfAbsent(CitizenId.of(text), workspace::personByCitizenId);
			if (found.isEmpty()) {
				reasons.add(Reason.UNKNOWN_PERSON);
				return Optional.empty();
			}
			if (!name.isEmpty() && !nameKey(found.get().name()).equals(nameKey(name))) {
				reasons.add(Reason.NAME_MISMATCH);
			}
			return found;
		}
		if (name.isEmpty()) {
			reasons.add(Reason.NO_PERSON);
			return Optional.empty();
		}
		String key = nameKey(name);
		List<Person> everyone = workspaceByName.computeIfAbsent(key,
				k -> workspace.findPeople(new PeopleQuery(Optional.empty(), true, dots(name, "·")), 0, 50).stream()
						.filter(p -> nameKey(p.name()).equals(k)).toList());
		List<Person> named = rosterByName.getOrDefault(key, List.of());
		if (named.size() == 1 && everyone.size() > 1) {
			List<Person> byUnit = inOrganization(everyone, organization);
			if (!organization.isEmpty() && !byUnit.contains(named.get(0)) && !byUnit.isEmpty()) {
				named = byUnit; // the row's 单位 is a namesake's, not the roster's person's: theirs it is, or a question
			} else {
				reasons.add(Reason.SHARED_NAME); // the roster decides, and the preview says so
			}
		}
		if (named.isEmpty()) {
			named = everyone;
		}
		if (named.size() > 1 && !organization.isEmpty()) {
			List<Person> inOrg = inOrganization(named, organization);
			if (!inOrg.isEmpty()) {
				named = inOrg;
			}
		}
		if (named.size() == 1) {
			return Optional.of(named.get(0));
		}
		if (named.isEmpty()) {
			reasons.add(Reason.UNKNOWN_PERSON);
		} else {
			reasons.add(Reason.AMBIGUOUS_NAME);
			candidates.addAll(named);
		}
		return Optional.empty();
	}

	/** Those of {@code people} whose organization's name contains the row's 单位 or is contained in it. */
	private List<Person> inOrganization(List<Person> people, String organization) {
		if (organization.isEmpty()) {
			return List.of();
		}
		return people.stream().filter(p -> workspace.organizations().get(p.organization())
				.map(o -> ChineseText.normalizeName(o.name()).contains(organization) || organization.contains(ChineseText.normalizeName(o.name())))
				.orElse(false)).toList();
	}
}
