package org.dangxiao.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.dangxiao.model.Person;
import org.dangxiao.model.PersonId;
import org.dangxiao.model.WorkspaceView;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.text.ChineseText;

/**
 * A roster (学员名单) from a spreadsheet: the same readers, header finding, column mapping and person
 * matching as the attendance import, for sheets that list people rather than sign-ins. Each row
 * finds its person or says why not; nothing is written here — the caller enrolls {@link Plan#people}.
 */
public final class RosterImport {
	private RosterImport() {
	}

	/** One row of the sheet and what became of it. */
	public record Line(String sheet, int row, String name, Optional<Person> person, Set<Reason> reasons, List<Person> candidates) {
		public Line {
			reasons = Set.copyOf(reasons);
			candidates = List.copyOf(candidates);
		}

		/** Matched, and nothing that rejects it. */
		public boolean accepted() {
			return person.isPresent() && reasons.stream().noneMatch(Reason::rejects);
		}

		public String explanation() {
			return String.join("；", reasons.stream().sorted().map(Reason::label).toList());
		}
	}

	public record Plan(String fileName, List<Line> lines) {
		public Plan {
			lines = List.copyOf(lines);
		}

		/** The people to enroll, each once, in sheet order. */
		public List<PersonId> people() {
			return lines.stream().filter(Line::accepted).map(l -> l.person().orElseThrow().id()).toList();
		}

		public List<Line> problems() {
			return lines.stream().filter(l -> !l.accepted()).toList();
		}
	}

	/**
	 * Reads the default sheets of {@code file}, with the mapping found (or saved as a template) for
	 * each, and matches every row against the workspace. A row naming someone a row above already
	 * named is a duplicate; someone already on the class ({@code onRoster}) is not a problem, only
	 * not added twice by the caller.
	 */
	public static Plan plan(WorkspaceView workspace, Path file) throws ImportException {
		AttendanceImport.Inspection inspection = AttendanceImport.inspect(file, Optional.of(workspace));
		PersonMatcher matcher = new PersonMatcher(workspace, List.of());
		List<Line> lines = new ArrayList<>();
		Set<PersonId> seen = new HashSet<>();
		if (inspection.defaultSheets().isEmpty()) {
			// no sheet has a header that names people
			throw new ImportException(Nls.bind(Messages.Read_NO_HEADER, file.getFileName(),
					inspection.sheets().isEmpty() ? "" : inspection.sheets().get(0).name()));
		}
		for (SheetInfo sheet : inspection.defaultSheets()) {
			Optional<Mapping> found = inspection.mappings().getOrDefault(sheet.name(), Optional.empty());
			if (found.isEmpty() || !found.get().identifiesPeople()) {
				throw new ImportException(Nls.bind(Messages.Read_NO_HEADER, file.getFileName(), sheet.name()));
			}
			Mapping mapping = found.get();
			Planner.SheetContext context = Planner.sheetContext(sheet.name(), mapping, List.of(), 2000);
			int before = lines.size();
			inspection.reader().read(file, sheet, row -> {
				if (row.number() > mapping.lastHeaderRow() && !row.isBlank() && !Planner.isRepeatedHeader(mapping, row)) {
					Set<Reason> reasons = EnumSet.noneOf(Reason.class);
					List<Person> candidates = new ArrayList<>();
					String name = ChineseText.normalizeName(Planner.cell(context, row, Field.NAME, Optional.empty()).display());
					String organization = ChineseText.normalizeName(Planner.cell(context, row, Field.ORGANIZATION, Optional.empty()).display());
					Optional<Person> person = matcher.match(name, organization, Planner.cell(context, row, Field.CITIZEN_ID, Optional.empty()),
							reasons, candidates);
					if (person.isPresent() && !seen.add(person.get().id())) {
						reasons.add(Reason.DUPLICATE_ROW);
					}
					lines.add(new Line(sheet.name(), row.number(), name, person, reasons, candidates));
				}
				return true;
			});
			if (lines.size() == before) {
				throw new ImportException(Nls.bind(Messages.Read_NO_ROWS, file.getFileName(), sheet.name()));
			}
		}
		return new Plan(file.getFileName().toString(), lines);
	}

	/** For the caller's summary: how many rows were given for each reason. */
	public static Map<Reason, Long> reasons(Plan plan) {
		Map<Reason, Long> out = new java.util.EnumMap<>(Reason.class);
		plan.problems().forEach(l -> l.reasons().forEach(r -> out.merge(r, 1L, Long::sum)));
		return out;
	}
}
