package org.dangxiao.compliance;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.dangxiao.model.study.FollowUpAction;

/** 贯彻落实措施 that need chasing. */
public final class FollowUps {
	private FollowUps() {
	}

	/**
	 * Actions not done whose due day is before {@code today}; the due day itself is still on time
	 * (as {@link FollowUpAction#isOverdue(LocalDate)} has it).
	 *
	 * @return the most overdue first: by due date, then id
	 */
	public static List<FollowUpAction> overdue(Collection<FollowUpAction> actions, LocalDate today) {
		Objects.requireNonNull(today, "today");
		return actions.stream().filter(a -> a.isOverdue(today))
				.sorted(Comparator.comparing(FollowUpAction::due).thenComparing(FollowUpAction::id)).toList();
	}
}
