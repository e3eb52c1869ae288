package org.dangxiao.training.schedule;

import java.util.Objects;

import org.dangxiao.model.PersonId;
import org.dangxiao.model.training.ClassId;

/** One person placed in one class. */
public record Assignment(PersonId person, ClassId classId) {
	public Assignment {
		Objects.requireNonNull(person, "person");
		Objects.requireNonNull(classId, "classId");
	}
}
