package org.dangxiao.model.study;

import org.dangxiao.model.Check;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.dangxiao.model.PersonId;

/**
 * A 贯彻落实措施 decided at a meeting, with its owner, due date and 落实情况.
 *
 * @param status   the recorded progress; never {@link FollowUpStatus#OVERDUE}, which depends on the day
 *                 it is asked and so is computed by {@link #statusOn(LocalDate)}
 * @param evidence what shows it was carried out: notes, document numbers, file names
 */
public record FollowUpAction(FollowUpId id, MeetingId meeting, String description, PersonId owner, LocalDate due,
		FollowUpStatus status, List<String> evidence) {
	public FollowUpAction {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(meeting, "meeting");
		Objects.requireNonNull(owner, "owner");
		Objects.requireNonNull(due, "due");
		Objects.requireNonNull(status, "status");
		description = Check.text(description, "description");
		if (status == FollowUpStatus.OVERDUE) {
			throw new IllegalArgumentException("OVERDUE is computed from the due date, not stored");
		}
		evidence = evidence.stream().map(e -> Check.text(e, "evidence")).toList();
	}

	/** Not done and the due day has passed; the due day itself still counts as on time. */
	public boolean isOverdue(LocalDate today) {
		return status != FollowUpStatus.DONE && today.isAfter(due);
	}

	/** The status to show on {@code today}. */
	public FollowUpStatus statusOn(LocalDate today) {
		return isOverdue(today) ? FollowUpStatus.OVERDUE : status;
	}

	public FollowUpAction withStatus(FollowUpStatus newStatus) {
		return new FollowUpAction(id, meeting, description, owner, due, newStatus, evidence);
	}
}
