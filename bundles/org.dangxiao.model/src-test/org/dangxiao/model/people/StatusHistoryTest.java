package org.dangxiao.model.people;

import static org.dangxiao.model.people.PersonStatus.ACTIVE;
import static org.dangxiao.model.people.PersonStatus.LEFT;
import static org.dangxiao.model.people.PersonStatus.TRANSFERRED_OUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.dangxiao.model.PersonId;
import org.dangxiao.model.testing.Translations;
import org.junit.jupiter.api.Test;

class StatusHistoryTest {
	private static final PersonId P = new PersonId(1);
	private static final LocalDate DEADLINE = LocalDate.of(2020, 12, 31);

	static StatusPeriod period(PersonStatus s, String from, String to) {
		return new StatusPeriod(P, s, LocalDate.parse(from), Optional.ofNullable(to).map(LocalDate::parse));
	}

	@Test
	void periodMayNotEndBeforeItStarts() {
		assertThrows(IllegalArgumentException.class, () -> period(ACTIVE, "2020-05-02", "2020-05-01"));
		assertTrue(period(ACTIVE, "2020-05-01", "2020-05-01").contains(LocalDate.of(2020, 5, 1)), "a one-day period");
	}

	@Test
	void overlappingPeriodsAreRejected() {
		assertThrows(IllegalArgumentException.class, () -> StatusHistory.of(P, period(ACTIVE, "2018-01-01", "2020-06-30"),
				period(TRANSFERRED_OUT, "2020-06-30", null)), "sharing the last day");
		assertThrows(IllegalArgumentException.class, () -> StatusHistory.of(P, period(TRANSFERRED_OUT, "2020-07-01", null),
				period(ACTIVE, "2018-01-01", null)), "an open period followed by another, given out of order");
		assertThrows(IllegalArgumentException.class, () -> StatusHistory.of(P, period(ACTIVE, "2018-01-01", "2019-12-31"),
				new StatusPeriod(new PersonId(2), LEFT, LocalDate.of(2020, 1, 1), Optional.empty())), "someone else's period");
		StatusHistory ok = StatusHistory.of(P, period(TRANSFERRED_OUT, "2020-07-01", null),
				period(ACTIVE, "2018-01-01", "2020-06-30"));
		assertEquals(List.of(ACTIVE, TRANSFERRED_OUT), ok.periods().stream().map(StatusPeriod::status).toList(), "sorted");
	}

	@Test
	void statusOnADay() {
		StatusHistory h = StatusHistory.of(P, period(ACTIVE, "2018-01-01", "2019-12-31"), period(LEFT, "2020-03-01", null));
		assertEquals(Optional.empty(), h.statusOn(LocalDate.of(2017, 12, 31)));
		assertEquals(Optional.of(ACTIVE), h.statusOn(LocalDate.of(2019, 12, 31)));
		assertEquals(Optional.empty(), h.statusOn(LocalDate.of(2020, 2, 29)), "gap");
		assertEquals(Optional.of(LEFT), h.statusOn(LocalDate.of(2030, 1, 1)));
	}

	@Test
	void leavingOnOrBeforeTheDeadlineDropsThePerson() {
		for (PersonStatus gone : List.of(TRANSFERRED_OUT, LEFT)) {
			assertFalse(leavingOn(gone, DEADLINE.minusDays(1)).isCountableOn(DEADLINE));
			assertFalse(leavingOn(gone, DEADLINE).isCountableOn(DEADLINE), "on the deadline itself");
			assertTrue(leavingOn(gone, DEADLINE.plusDays(1)).isCountableOn(DEADLINE), "left after the deadline");
		}
	}

	@Test
	void comingBackOrNoHistoryCounts() {
		assertTrue(StatusHistory.of(P).isCountableOn(DEADLINE), "nothing says they left");
		StatusHistory back = StatusHistory.of(P, period(TRANSFERRED_OUT, "2019-01-01", "2020-06-30"),
				period(ACTIVE, "2020-07-01", null));
		assertTrue(back.isCountableOn(DEADLINE));
		assertFalse(back.isCountableOn(LocalDate.of(2020, 6, 30)));
		// the transfer ended but nothing followed: the last known status still says gone
		assertFalse(StatusHistory.of(P, period(TRANSFERRED_OUT, "2019-01-01", "2019-06-30")).isCountableOn(DEADLINE));
	}

	private static StatusHistory leavingOn(PersonStatus status, LocalDate day) {
		return StatusHistory.of(P, new StatusPeriod(P, ACTIVE, LocalDate.of(2015, 1, 1), Optional.of(day.minusDays(1))),
				new StatusPeriod(P, status, day, Optional.empty()));
	}

	@Test
	void everyMessageTranslated() {
		Translations.assertComplete(Messages.class);
	}
}
