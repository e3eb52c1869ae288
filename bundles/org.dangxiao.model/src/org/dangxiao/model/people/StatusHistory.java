package org.dangxiao.model.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.dangxiao.model.PersonId;
import org.dangxiao.model.nls.Nls;

/**
 * The statuses of one person over time, sorted by start and never overlapping. Gaps are allowed:
 * registers often know nothing about the years before someone joined.
 */
public record StatusHistory(PersonId person, List<StatusPeriod> periods) {
	public StatusHistory {
		Objects.requireNonNull(person, "person");
		List<StatusPeriod> sorted = new ArrayList<>(periods);
		sorted.sort(Comparator.comparing(StatusPeriod::from));
		for (int i = 0; i < sorted.size(); i++) {
			StatusPeriod p = sorted.get(i);
			if (!p.person().equals(person)) {
				throw new IllegalArgumentException("period of " + p.person() + " in the history of " + person);
			}
			if (i > 0) {
				StatusPeriod prev = sorted.get(i - 1);
				if (prev.to().isEmpty() || !prev.to().get().isBefore(p.from())) {
					throw new IllegalArgumentException(Nls.bind(Messages.StatusHistory_OVERLAP, prev.from(), p.from()));
				}
			}
		}
		periods = List.copyOf(sorted);
	}

	public static StatusHistory of(PersonId person, StatusPeriod... periods) {
		return new StatusHistory(person, List.of(periods));
	}

	/** The status on {@code day}; empty before the first period and in gaps. */
	public Optional<PersonStatus> statusOn(LocalDate day) {
		return periods.stream().filter(p -> p.contains(day)).map(StatusPeriod::status).findFirst();
	}

	/**
	 * Whether the person belongs in a coverage denominator with this deadline: the latest status
	 * that began on or before the deadline decides, so someone who left and came back counts
	 * again, and someone with no recorded status counts (nothing says they left).
	 */
	public boolean isCountableOn(LocalDate deadline) {
		PersonStatus latest = PersonStatus.ACTIVE;
		for (StatusPeriod p : periods) {
			if (p.from().isAfter(deadline)) {
				break;
			}
			latest = p.status();
		}
		return !latest.leavesPopulation();
	}
}
