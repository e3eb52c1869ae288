package org.dangxiao.model.study;

import java.time.LocalDate;
import java.util.Objects;

import org.dangxiao.model.Check;
import org.dangxiao.model.OrgId;

/**
 * A meeting on an organization's calendar that has not been held yet: a line of next year's plan
 * (e.g. 主题党日 on the 15th of every month), or a 中心组 session the annual plan schedules. Once held,
 * the {@link Meeting} is the record; the plan stays as it was, so planned and held can be compared.
 *
 * @param topic what the meeting is to be about; may say no more than its type
 */
public record PlannedMeeting(PlannedMeetingId id, MeetingType type, LocalDate date, OrgId organization, String topic) {
	public PlannedMeeting {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(organization, "organization");
		topic = Check.text(topic, "topic");
	}
}
