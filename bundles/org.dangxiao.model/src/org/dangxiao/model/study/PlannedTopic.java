package org.dangxiao.model.study;

import org.dangxiao.model.Check;
import java.time.YearMonth;
import java.util.Objects;

/** One 专题 of an annual study plan, in the month it is planned for. */
public record PlannedTopic(YearMonth month, String topic) {
	public PlannedTopic {
		Objects.requireNonNull(month, "month");
		topic = Check.text(topic, "topic");
	}
}
