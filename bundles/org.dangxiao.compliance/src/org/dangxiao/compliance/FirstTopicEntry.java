package org.dangxiao.compliance;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.dangxiao.model.OrgId;
import org.dangxiao.model.study.MeetingId;
import org.dangxiao.model.study.StudyMaterial;

/**
 * 第一议题: when one organization first studied one material.
 *
 * @param firstStudied the date of {@code meeting}; both present or both empty
 * @param delayDays    days from the material's date to {@code firstStudied}, or to the day asked
 *                     when not studied yet (never negative: a material dated after that day has
 *                     waited 0 days)
 * @param late         whether {@code delayDays} exceeds the allowed days
 */
public record FirstTopicEntry(StudyMaterial material, OrgId organization, Optional<LocalDate> firstStudied,
		Optional<MeetingId> meeting, long delayDays, boolean late) {
	public FirstTopicEntry {
		Objects.requireNonNull(material, "material");
		Objects.requireNonNull(organization, "organization");
		Objects.requireNonNull(firstStudied, "firstStudied");
		Objects.requireNonNull(meeting, "meeting");
		if (firstStudied.isPresent() != meeting.isPresent()) {
			throw new IllegalArgumentException("firstStudied and meeting go together: " + firstStudied + ", " + meeting);
		}
		if (delayDays < 0) {
			throw new IllegalArgumentException("delayDays must be zero or more: " + delayDays);
		}
	}

	public boolean studied() {
		return firstStudied.isPresent();
	}

	/** 按时学习, 超期学习, 尚未学习 or 超期未学习. */
	public String statusLabel() {
		if (studied()) {
			return late ? Messages.FirstTopic_LATE : Messages.FirstTopic_ON_TIME;
		}
		return late ? Messages.FirstTopic_NOT_STUDIED_LATE : Messages.FirstTopic_PENDING;
	}
}
