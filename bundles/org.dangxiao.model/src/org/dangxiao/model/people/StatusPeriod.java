package org.dangxiao.model.people;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.dangxiao.model.PersonId;
import org.dangxiao.model.nls.Nls;

/**
 * A span of days in which a person had one status.
 *
 * @param to the last day, inclusive; empty while the status lasts
 */
public record StatusPeriod(PersonId person, PersonStatus status, LocalDate from, Optional<LocalDate> to) {
	public StatusPeriod {
		Objects.requireNonNull(person, "person");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		if (to.isPresent() && to.get().isBefore(from)) {
			throw new IllegalArgumentException(Nls.bind(Messages.StatusPeriod_END_BEFORE_START, to.get(), from));
		}
	}

	/** A person has at most one status period starting on a given day. */
	public record Key(PersonId person, LocalDate from) {
		public Key {
			Objects.requireNonNull(person, "person");
			Objects.requireNonNull(from, "from");
		}
	}

	public Key key() {
		return new Key(person, from);
	}

	public boolean contains(LocalDate day) {
		return !day.isBefore(from) && (to.isEmpty() || !day.isAfter(to.get()));
	}
}
