package org.dangxiao.compliance;

import static org.dangxiao.compliance.Fixtures.d;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.dangxiao.model.PersonId;
import org.dangxiao.model.study.FollowUpAction;
import org.dangxiao.model.study.FollowUpId;
import org.dangxiao.model.study.FollowUpStatus;
import org.dangxiao.model.study.MeetingId;
import org.junit.jupiter.api.Test;

class FollowUpsTest {
	private static final LocalDate TODAY = d(2024, 6, 10);

	private static FollowUpAction action(long id, LocalDate due, FollowUpStatus status) {
		return new FollowUpAction(new FollowUpId(id), new MeetingId(1), "整改落实 " + id, new PersonId(1), due, status,
				List.of());
	}

	@Test
	void overdueMeansNotDoneAndDueBeforeToday() {
		FollowUpAction dueToday = action(1, TODAY, FollowUpStatus.NOT_STARTED);
		FollowUpAction yesterday = action(2, TODAY.minusDays(1), FollowUpStatus.IN_PROGRESS);
		FollowUpAction doneLongAgo = action(3, d(2023, 1, 1), FollowUpStatus.DONE);
		FollowUpAction oldest = action(4, d(2024, 1, 31), FollowUpStatus.NOT_STARTED);
		FollowUpAction tomorrow = action(5, TODAY.plusDays(1), FollowUpStatus.NOT_STARTED);
		FollowUpAction sameDueLowerId = action(0, TODAY.minusDays(1), FollowUpStatus.NOT_STARTED);
		assertEquals(List.of(oldest, sameDueLowerId, yesterday), FollowUps.overdue(
				List.of(dueToday, yesterday, doneLongAgo, oldest, tomorrow, sameDueLowerId), TODAY));
		assertEquals(List.of(dueToday, yesterday, sameDueLowerId, oldest, tomorrow).size(),
				FollowUps.overdue(List.of(dueToday, yesterday, doneLongAgo, oldest, tomorrow, sameDueLowerId),
						TODAY.plusDays(2)).size(), "two days on, all but the done one");
		assertEquals(List.of(), FollowUps.overdue(List.of(), TODAY));
	}
}
