package org.dangxiao.model.study;

import org.dangxiao.model.Check;
import java.util.Objects;

import org.dangxiao.model.PersonId;

/** A person expected at a meeting, and whether they came. */
public record Attendee(PersonId person, Presence presence) {
	/** Present or on leave; leave always carries its reason because minutes must record it. */
	public sealed interface Presence permits Present, OnLeave {
		String label();
	}

	public record Present() implements Presence {
		public String label() {
			return Messages.Presence_PRESENT;
		}
	}

	public record OnLeave(String reason) implements Presence {
		public OnLeave {
			reason = Check.text(reason, "reason");
		}

		public String label() {
			return Messages.Presence_ON_LEAVE;
		}
	}

	public Attendee {
		Objects.requireNonNull(person, "person");
		Objects.requireNonNull(presence, "presence");
	}

	public static Attendee present(PersonId person) {
		return new Attendee(person, new Present());
	}

	public static Attendee onLeave(PersonId person, String reason) {
		return new Attendee(person, new OnLeave(reason));
	}

	public boolean isPresent() {
		return presence instanceof Present;
	}
}
