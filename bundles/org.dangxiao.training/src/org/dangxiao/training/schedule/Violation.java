package org.dangxiao.training.schedule;

import java.time.LocalDate;
import java.util.Objects;

import org.dangxiao.model.OrgId;
import org.dangxiao.model.nls.Nls;

/** A rule an (edited) proposal breaks; {@link Proposal#violations()} lists them. */
public sealed interface Violation {
	ClassSlot slot();

	/** For the user, in the current language. */
	String message();

	/** More people placed in the class than it has free seats. */
	record OverCapacity(ClassSlot slot, int placed) implements Violation {
		public OverCapacity {
			Objects.requireNonNull(slot, "slot");
		}

		@Override
		public String message() {
			return Nls.bind(Messages.Violation_OVER_CAPACITY, slot.name(), placed, slot.freeSeats());
		}
	}

	/** More than the limit from one unit in the class. */
	record OverUnitLimit(ClassSlot slot, OrgId unit, int limit, int placed) implements Violation {
		public OverUnitLimit {
			Objects.requireNonNull(slot, "slot");
			Objects.requireNonNull(unit, "unit");
		}

		@Override
		public String message() {
			return Nls.bind(Messages.Violation_OVER_UNIT_LIMIT, slot.name(), unit, placed, limit);
		}
	}

	/** People placed in a class that ends after the deadline. */
	record AfterDeadline(ClassSlot slot, LocalDate deadline, int placed) implements Violation {
		public AfterDeadline {
			Objects.requireNonNull(slot, "slot");
			Objects.requireNonNull(deadline, "deadline");
		}

		@Override
		public String message() {
			return Nls.bind(Messages.Violation_AFTER_DEADLINE, slot.name(), slot.end(), deadline, placed);
		}
	}
}
