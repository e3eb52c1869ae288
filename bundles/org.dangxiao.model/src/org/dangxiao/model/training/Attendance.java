package org.dangxiao.model.training;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

import org.dangxiao.model.PersonId;
import org.dangxiao.model.audit.ImportBatchId;
import org.dangxiao.model.nls.Nls;

/**
 * One 考勤 record. Status and times are kept as the sheet gave them (a sheet may say 缺勤 beside a
 * sign-in time); judging such rows is the import validator's work, not the model's.
 *
 * @param batch the import that brought it; empty for records typed in by hand
 */
public record Attendance(PersonId person, CourseId course, AttendanceStatus status, Optional<LocalDateTime> signIn,
		Optional<LocalDateTime> signOut, Optional<ImportBatchId> batch) {
	/** One record per person and course: a second sign-in is the import's duplicate, not a new record. */
	public record Key(PersonId person, CourseId course) {
		public Key {
			Objects.requireNonNull(person, "person");
			Objects.requireNonNull(course, "course");
		}
	}

	public Key key() {
		return new Key(person, course);
	}

	public Attendance {
		Objects.requireNonNull(person, "person");
		Objects.requireNonNull(course, "course");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(signIn, "signIn");
		Objects.requireNonNull(signOut, "signOut");
		Objects.requireNonNull(batch, "batch");
		if (signIn.isPresent() && signOut.isPresent() && signOut.get().isBefore(signIn.get())) {
			throw new IllegalArgumentException(Nls.bind(Messages.Attendance_SIGN_OUT_BEFORE_SIGN_IN, signOut.get().toLocalTime(),
					signIn.get().toLocalTime()));
		}
	}
}
