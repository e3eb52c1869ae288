package org.dangxiao.model.study;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.dangxiao.model.OrgId;
import org.dangxiao.model.nls.Nls;

/** A 理论学习中心组 年度学习计划: topics by month, all inside the plan's year, sorted by month. */
public record StudyPlan(StudyPlanId id, OrgId organization, int year, List<PlannedTopic> topics) {
	public StudyPlan {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(organization, "organization");
		for (PlannedTopic t : topics) {
			if (t.month().getYear() != year) {
				throw new IllegalArgumentException(Nls.bind(Messages.StudyPlan_MONTH_OUTSIDE_YEAR, t.topic(), t.month(), year));
			}
		}
		// stable sort: topics of one month keep the order the plan lists them in
		topics = topics.stream().sorted(Comparator.comparing(PlannedTopic::month)).toList();
	}

	public List<PlannedTopic> topicsIn(YearMonth month) {
		return topics.stream().filter(t -> t.month().equals(month)).toList();
	}
}
