package org.dangxiao.model.study;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.dangxiao.model.OrgId;
import org.dangxiao.model.PersonId;
import org.dangxiao.model.nls.Nls;

/**
 * A held meeting as its register (台账) records it. The agenda is kept sorted by order, with
 * unique orders, and each person attends at most once.
 *
 * @param minutes the 会议记录 text; empty until written up
 */
public record Meeting(MeetingId id, MeetingType type, LocalDate date, OrgId organization, Optional<PersonId> presider,
		List<Attendee> attendees, List<AgendaItem> agenda, String minutes) {
	public Meeting {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(organization, "organization");
		Objects.requireNonNull(presider, "presider");
		minutes = Objects.requireNonNullElse(minutes, "").strip();
		attendees = List.copyOf(attendees);
		Set<PersonId> seen = new HashSet<>();
		for (Attendee a : attendees) {
			if (!seen.add(a.person())) {
				throw new IllegalArgumentException(Nls.bind(Messages.Meeting_DUPLICATE_ATTENDEE, a.person().value()));
			}
		}
		List<AgendaItem> sorted = new ArrayList<>(agenda);
		sorted.sort(Comparator.comparingInt(AgendaItem::order));
		for (int i = 1; i < sorted.size(); i++) {
			if (sorted.get(i).order() == sorted.get(i - 1).order()) {
				throw new IllegalArgumentException(Nls.bind(Messages.Meeting_DUPLICATE_ORDER, sorted.get(i).order()));
			}
		}
		agenda = List.copyOf(sorted);
	}

	/** The 第一议题, when the meeting had one. */
	public Optional<AgendaItem> firstTopic() {
		return agenda.stream().filter(AgendaItem::firstTopic).findFirst();
	}

	public List<PersonId> present() {
		return attendees.stream().filter(Attendee::isPresent).map(Attendee::person).toList();
	}
}
