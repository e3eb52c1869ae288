package org.dangxiao.imports;

import java.util.List;
import java.util.Objects;

import org.dangxiao.model.Person;
import org.dangxiao.model.PersonId;

/**
 * What the user decided about a row of the preview that was not plainly accepted
 * ({@link ImportPlan#resolve}). The row is planned again through the same rules with the decision
 * applied, so a resolved row gets its reasons (and its outcome) anew; nothing is written before
 * the plan's command runs.
 */
public sealed interface Resolution permits Resolution.Skip, Resolution.ChoosePerson, Resolution.AddPerson, Resolution.Fix {
	/** The row is not written, whatever its outcome; the summary counts it as skipped. */
	record Skip() implements Resolution {
	}

	/** For {@link Reason#AMBIGUOUS_NAME}: the row is this person, one of the row's candidates. */
	record ChoosePerson(PersonId person) implements Resolution {
		public ChoosePerson {
			Objects.requireNonNull(person, "person");
		}
	}

	/**
	 * For {@link Reason#UNKNOWN_PERSON}: a new person, written by the plan's command before the
	 * attendance and put on the class roster, in the same undoable command. The draft's id is
	 * ignored (the plan gives a provisional one, the command a real one). The other rows of the plan
	 * with the same unknown ID number, or the same name and no ID number, are resolved with them too.
	 */
	record AddPerson(Person draft) implements Resolution {
		public AddPerson {
			Objects.requireNonNull(draft, "draft");
		}
	}

	/**
	 * The row's cells as the user corrected them, one per column of the sheet (as
	 * {@link PlannedRow#cells()}); a cell left as it was keeps its kind (a date cell stays a date).
	 */
	record Fix(List<String> cells) implements Resolution {
		public Fix {
			cells = List.copyOf(cells);
		}
	}
}
