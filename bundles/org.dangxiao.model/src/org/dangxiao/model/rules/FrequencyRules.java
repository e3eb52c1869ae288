package org.dangxiao.model.rules;

import java.util.List;
import java.util.Set;

import org.dangxiao.model.OrgType;
import org.dangxiao.model.rules.FrequencyRule.Period;
import org.dangxiao.model.study.MeetingType;

/** The meeting frequencies a workspace checks; users edit them, {@link #defaults()} is the start. */
public record FrequencyRules(List<FrequencyRule> rules) {
	/** The key of the workspace's one rule table in the store. */
	public static final String KEY = "workspace";

	public FrequencyRules {
		rules = List.copyOf(rules);
	}

	/**
	 * 《中国共产党支部工作条例（试行）》(2018) art. 11–13 and seed 000. 党课 has no national
	 * frequency; quarterly is the most common local rule, so it is the default. 中心组 minimums
	 * differ too much by locality to guess, so there is no default rule for them.
	 */
	public static FrequencyRules defaults() {
		Set<OrgType> branch = Set.of(OrgType.BRANCH);
		return new FrequencyRules(List.of(
				new FrequencyRule(MeetingType.BRANCH_GENERAL_MEETING, branch, Period.QUARTER, 1),
				new FrequencyRule(MeetingType.BRANCH_COMMITTEE_MEETING, branch, Period.MONTH, 1),
				new FrequencyRule(MeetingType.GROUP_MEETING, Set.of(OrgType.GROUP), Period.MONTH, 1),
				new FrequencyRule(MeetingType.PARTY_LECTURE, branch, Period.QUARTER, 1),
				new FrequencyRule(MeetingType.THEME_PARTY_DAY, branch, Period.MONTH, 1),
				new FrequencyRule(MeetingType.ORGANIZATIONAL_LIFE_MEETING, Set.of(OrgType.GENERAL_BRANCH, OrgType.BRANCH),
						Period.YEAR, 1),
				// 党委(党组) every half year; 党工委 counted with them as a committee-level body.
				// A 基层党委 (e.g. a community's) has the same OrgType as a county's and needs an edited rule.
				new FrequencyRule(MeetingType.BENCHMARKING,
						Set.of(OrgType.PARTY_COMMITTEE, OrgType.LEADING_PARTY_GROUP, OrgType.WORKING_COMMITTEE),
						Period.HALF_YEAR, 1),
				new FrequencyRule(MeetingType.BENCHMARKING, Set.of(OrgType.GENERAL_BRANCH, OrgType.BRANCH), Period.YEAR, 1)));
	}

	public List<FrequencyRule> applicableTo(OrgType type) {
		return rules.stream().filter(r -> r.appliesTo(type)).toList();
	}
}
