package org.dangxiao.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.dangxiao.model.Person;
import org.dangxiao.model.PersonId;
import org.dangxiao.model.training.Attendance;
import org.dangxiao.model.training.CourseId;

/**
 * What the import will do with one row (or one half-day of a row).
 *
 * @param cells       the row as the file showed it (or as the user corrected it); kept for rows with
 *                    reasons and resolved rows, empty for plain accepted rows
 * @param person      who the row is; for a person the plan adds ({@link Resolution.AddPerson}) a
 *                    provisional id ({@link ImportPlan#isAdded}) until the command writes them
 * @param name        the name the row gave, normalized
 * @param attendance  what will be written; empty when the row is rejected or skipped
 * @param candidates  for {@link Reason#AMBIGUOUS_NAME}: the people the user chooses from; kept once
 *                    one was chosen, so the choice can be changed
 * @param resolutions what the user decided about the row, in the order they apply (a fix, then a
 *                    person, then a skip); empty for a row as planned
 */
public record PlannedRow(String sheet, int row, Optional<Sessions> session, List<String> cells, Optional<PersonId> person, String name,
		Optional<CourseId> course, Optional<Attendance> attendance, Set<Reason> reasons, List<Person> candidates,
		List<Resolution> resolutions) {
	public PlannedRow {
		cells = List.copyOf(cells);
		reasons = Set.copyOf(reasons);
		candidates = List.copyOf(candidates);
		resolutions = List.copyOf(resolutions);
	}

	/** A row as planned, before the user resolved anything. */
	public PlannedRow(String sheet, int row, Optional<Sessions> session, List<String> cells, Optional<PersonId> person, String name,
			Optional<CourseId> course, Optional<Attendance> attendance, Set<Reason> reasons, List<Person> candidates) {
		this(sheet, row, session, cells, person, name, course, attendance, reasons, candidates, List.of());
	}

	public Outcome outcome() {
		if (skipped()) {
			return Outcome.SKIPPED;
		}
		if (attendance.isEmpty()) {
			return Outcome.REJECTED;
		}
		return reasons.isEmpty() ? Outcome.ACCEPTED : Outcome.WARNING;
	}

	/** Whether the user chose not to write this row. */
	public boolean skipped() {
		return resolutions.stream().anyMatch(Resolution.Skip.class::isInstance);
	}

	/** The person the user chose or added for this row, if any. */
	public Optional<Resolution> personResolution() {
		return resolutions.stream().filter(r -> r instanceof Resolution.ChoosePerson || r instanceof Resolution.AddPerson).findFirst();
	}

	/**
	 * Accepted rows are written; warnings are written too, and shown; rejected rows are not written
	 * and can be exported; skipped rows are those the user chose not to write (exported with the rejected).
	 */
	public enum Outcome {
		ACCEPTED, WARNING, REJECTED, SKIPPED
	}

	/** The reasons as one sentence list for the preview and the rejected-rows file; a skipped row says so. */
	public String explanation() {
		List<String> parts = new ArrayList<>(reasons.stream().sorted().map(Reason::label).toList());
		if (skipped()) {
			parts.add(Messages.Row_SKIPPED);
		}
		return String.join(Messages.Row_REASON_SEPARATOR, parts);
	}
}
