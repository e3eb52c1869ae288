package org.dangxiao.compliance;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;

import org.dangxiao.model.Organization;
import org.dangxiao.model.OrganizationTree;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.model.rules.FrequencyRule;
import org.dangxiao.model.rules.FrequencyRules;
import org.dangxiao.model.study.MeetingType;
import org.dangxiao.model.study.PlannedMeeting;
import org.dangxiao.model.study.PlannedMeetingId;

/**
 * Next year's meeting calendar, generated from the rules so every organization starts from a plan
 * that already meets them; users then move dates and write topics.
 *
 * <p>Dates, deterministic so generating twice gives the same plan. For a rule of {@code n}
 * meetings per period of {@code M} months, meeting {@code k} (0-based):
 * <ul>
 * <li>when {@code n <= M}, goes in month {@code floor((2k+1)·M / 2n)} of the period, the middle
 * of its share: monthly → that month, quarterly → the middle month (Feb, May, Aug, Nov),
 * half-yearly → the 4th month (Apr, Oct), yearly → July; on the 10th, early enough to leave room
 * to catch up inside the month, or for 主题党日 on {@link SkeletonOptions#themeDayOfMonth()},
 * clamped to the month's length (31 → 30 Apr, 28/29 Feb);</li>
 * <li>when {@code n > M} (e.g. two a month), on day {@code floor((2k+1)·D / 2n)} of the period's
 * {@code D} days, counted from 0: spread evenly, 主题党日 included.</li>
 * </ul>
 * Topics are the type's label and the period's (支委会（2025年3月）), with the meeting's number when
 * a period has several (支委会（2025年3月第2次）).
 */
public final class PlanSkeleton {
	/** The day of the month of meetings other than 主题党日. */
	public static final int DEFAULT_DAY = 10;

	private PlanSkeleton() {
	}

	/**
	 * For every organization (of the subtree when one is given) and every applicable rule,
	 * {@code minimumCount} planned meetings per period of the year.
	 *
	 * @param ids called once per planned meeting, in the order returned
	 * @return by organization in tree order (depth first, children by code), then date, then rule
	 *         order; ids are drawn in that order
	 * @throws IllegalArgumentException when the subtree's root is not in the tree
	 */
	public static List<PlannedMeeting> generate(OrganizationTree tree, FrequencyRules rules, SkeletonOptions options,
			LongSupplier ids) {
		Objects.requireNonNull(rules, "rules");
		Objects.requireNonNull(ids, "ids");
		List<Organization> organizations = options.subtree().map(root -> {
			if (!tree.contains(root)) {
				throw new IllegalArgumentException("no organization " + root + " in the tree");
			}
			return tree.subtree(root);
		}).orElseGet(() -> Compliance.inTreeOrder(tree));
		// a rule's slots are the same for every organization it applies to: compute them once
		List<List<Slot>> byRule = rules.rules().stream().map(r -> slots(r, options)).toList();
		List<PlannedMeeting> out = new ArrayList<>();
		for (Organization org : organizations) {
			List<Slot> slots = new ArrayList<>();
			for (int i = 0; i < byRule.size(); i++) {
				if (rules.rules().get(i).appliesTo(org.type())) {
					slots.addAll(byRule.get(i));
				}
			}
			// stable: meetings on one day keep the rules' order
			slots.sort(Comparator.comparing(Slot::date));
			for (Slot s : slots) {
				out.add(new PlannedMeeting(new PlannedMeetingId(ids.getAsLong()), s.type(), s.date(), org.id(), s.topic()));
			}
		}
		return Collections.unmodifiableList(out);
	}

	private record Slot(MeetingType type, LocalDate date, String topic) {
	}

	/** The planned meetings of one rule in the year, for any organization it applies to. */
	private static List<Slot> slots(FrequencyRule rule, SkeletonOptions options) {
		FrequencyRule.Period period = rule.period();
		MeetingType type = rule.meeting();
		int n = rule.minimumCount();
		List<Slot> out = new ArrayList<>();
		LocalDate start = LocalDate.of(options.year(), 1, 1);
		for (; start.getYear() == options.year(); start = period.next(start)) {
			LocalDate next = period.next(start);
			int months = (int) ChronoUnit.MONTHS.between(start, next);
			int days = (int) ChronoUnit.DAYS.between(start, next);
			String periodLabel = period.describe(start);
			for (int k = 0; k < n; k++) {
				LocalDate date;
				if (n <= months) {
					LocalDate month = start.plusMonths((long) (2 * k + 1) * months / (2L * n));
					int day = type == MeetingType.THEME_PARTY_DAY ? options.themeDayOfMonth() : DEFAULT_DAY;
					date = month.withDayOfMonth(Math.min(day, month.lengthOfMonth()));
				} else {
					date = start.plusDays((long) (2 * k + 1) * days / (2L * n));
				}
				String topic = n == 1 ? Nls.bind(Messages.Skeleton_TOPIC, type.label(), periodLabel)
						: Nls.bind(Messages.Skeleton_TOPIC_NTH, type.label(), periodLabel, k + 1);
				out.add(new Slot(type, date, topic));
			}
		}
		return out;
	}
}
