package org.dangxiao.model.study;

import org.dangxiao.model.Check;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * One 专题 of an annual study plan, in the month it is planned for.
 *
 * @param speakers who gives the 重点发言 (key speeches) on it, in the order they speak; may be empty
 */
public record PlannedTopic(YearMonth month, String topic, List<String> speakers) {
	public PlannedTopic {
		Objects.requireNonNull(month, "month");
		topic = Check.text(topic, "topic");
		speakers = speakers.stream().map(n -> Check.text(n, "speaker")).toList();
	}

	/** A topic nobody has been asked to speak on yet. */
	public PlannedTopic(YearMonth month, String topic) {
		this(month, topic, List.of());
	}
}
