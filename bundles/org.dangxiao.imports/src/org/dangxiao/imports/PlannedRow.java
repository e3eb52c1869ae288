package org.dangxiao.imports;

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
 * @param cells      the row as the file showed it; kept for rows with reasons, empty for plain accepted rows
 * @param name       the name the row gave, normalized
 * @param attendance what will be written; empty when the row is rejected
 * @param candidates for {@link Reason#AMBIGUOUS_NAME}: the people the user chooses from
 */
public record PlannedRow(String sheet, int row, Optional<Sessions> session, List<String> cells, Optional<PersonId> person, String name,
		Optional<CourseId> course, Optional<Attendance> attendance, Set<Reason> reasons, List<Person> candidates) {
	public PlannedRow {
		cells = List.copyOf(cells);
		reasons = Set.copyOf(reasons);
		candidates = List.copyOf(candidates);
	}

	public Outcome outcome() {
		if (attendance.isEmpty()) {
			return Outcome.REJECTED;
		}
		return reasons.isEmpty() ? Outcome.ACCEPTED : Outcome.WARNING;
	}

	/** Accepted rows are written; warnings are written too, and shown; rejected rows are not written and can be exported. */
	public enum Outcome {
		ACCEPTED, WARNING, REJECTED
	}

	/** The reasons as one sentence list for the preview and the rejected-rows file. */
	public String explanation() {
		return String.join("；", reasons.stream().sorted().map(Reason::label).toList());
	}
}
