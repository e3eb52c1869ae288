package org.dangxiao.model.training;

import java.util.Objects;

import org.dangxiao.model.Person;

/** A line of a class roster with the person it names. */
public record RosterEntry(Enrollment enrollment, Person person) {
	public RosterEntry {
		Objects.requireNonNull(enrollment, "enrollment");
		Objects.requireNonNull(person, "person");
		if (!enrollment.person().equals(person.id())) {
			throw new IllegalArgumentException("enrollment of " + enrollment.person() + " with person " + person.id());
		}
	}
}
