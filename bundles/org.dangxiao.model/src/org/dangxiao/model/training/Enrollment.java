package org.dangxiao.model.training;

import java.util.Objects;

import org.dangxiao.model.PersonId;

/** One line of a class roster; a person is on a class's roster at most once. */
public record Enrollment(ClassId classId, PersonId person, EnrollmentStatus status) {
	public Enrollment {
		Objects.requireNonNull(classId, "classId");
		Objects.requireNonNull(person, "person");
		Objects.requireNonNull(status, "status");
	}

	/** What identifies a roster line: the class and the person. */
	public record Key(ClassId classId, PersonId person) {
		public Key {
			Objects.requireNonNull(classId, "classId");
			Objects.requireNonNull(person, "person");
		}
	}

	public Key key() {
		return new Key(classId, person);
	}

	public Enrollment withStatus(EnrollmentStatus newStatus) {
		return new Enrollment(classId, person, newStatus);
	}
}
