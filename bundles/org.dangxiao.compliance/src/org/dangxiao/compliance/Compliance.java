package org.dangxiao.compliance;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.dangxiao.model.OrgId;
import org.dangxiao.model.Organization;
import org.dangxiao.model.OrganizationTree;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.model.rules.FrequencyRule;
import org.dangxiao.model.rules.FrequencyRules;
import org.dangxiao.model.study.Meeting;
import org.dangxiao.model.study.MeetingId;
import org.dangxiao.model.study.MeetingType;

/**
 * Meeting compliance of a whole tree: every applicable {@link FrequencyRule} of every organization,
 * period by period. Supersedes {@link org.dangxiao.model.rules.FrequencyCheck} for the tree-wide
 * view: it also judges periods in progress (as {@link CellStatus#UPCOMING} or {@link CellStatus#DUE})
 * instead of skipping them, and counts periods the range only cuts.
 */
public final class Compliance {
	/** Days before a period's end from which an unmet period is {@link CellStatus#DUE}. */
	public static final int DEFAULT_DUE_SOON_DAYS = 14;

	private static final Comparator<Meeting> BY_DATE = Comparator.comparing(Meeting::date).thenComparing(Meeting::id);

	private Compliance() {
	}

	/** {@link #evaluate(OrganizationTree, FrequencyRules, Collection, LocalDate, LocalDate, LocalDate, int)} with {@value #DEFAULT_DUE_SOON_DAYS} days. */
	public static List<ComplianceCell> evaluate(OrganizationTree tree, FrequencyRules rules, Collection<Meeting> meetings,
			LocalDate from, LocalDate to, LocalDate today) {
		return evaluate(tree, rules, meetings, from, to, today, DEFAULT_DUE_SOON_DAYS);
	}

	/**
	 * Every applicable rule of every organization in the tree for every period overlapping
	 * {@code from}…{@code to} (inclusive), judged as of {@code today}. Periods only partly inside the
	 * range count whole, with all their meetings, even those outside the range.
	 *
	 * <p>Linear in organizations × rules × periods plus meetings: meetings are grouped by
	 * organization and type once, and each is looked at once per rule for its type.
	 * Meetings of organizations not in the tree are ignored.
	 *
	 * @return cells in tree order (depth first, children by code), then rule order, then period
	 */
	public static List<ComplianceCell> evaluate(OrganizationTree tree, FrequencyRules rules, Collection<Meeting> meetings,
			LocalDate from, LocalDate to, LocalDate today, int dueSoonDays) {
		Objects.requireNonNull(tree, "tree");
		Objects.requireNonNull(rules, "rules");
		Objects.requireNonNull(today, "today");
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("range ends " + to + " before it starts " + from);
		}
		if (dueSoonDays < 0) {
			throw new IllegalArgumentException("dueSoonDays must be zero or more: " + dueSoonDays);
		}
		// the periods depend only on the rule and the range, so they are computed once, not per organization
		List<Periods> periods = rules.rules().stream().map(r -> Periods.of(r, from, to)).toList();
		Map<OrgId, Map<MeetingType, List<Meeting>>> grouped = group(tree, meetings);
		List<ComplianceCell> out = new ArrayList<>();
		for (Organization org : inTreeOrder(tree)) {
			Map<MeetingType, List<Meeting>> own = grouped.getOrDefault(org.id(), Map.of());
			for (Periods p : periods) {
				if (p.rule().appliesTo(org.type())) {
					p.judge(org.id(), own.getOrDefault(p.rule().meeting(), List.of()), today, dueSoonDays, out);
				}
			}
		}
		// a view, not a copy: hundreds of thousands of cells need not be copied once more
		return Collections.unmodifiableList(out);
	}

	private static Map<OrgId, Map<MeetingType, List<Meeting>>> group(OrganizationTree tree, Collection<Meeting> meetings) {
		Map<OrgId, Map<MeetingType, List<Meeting>>> grouped = new HashMap<>(tree.size() * 2);
		for (Meeting m : meetings) {
			if (tree.contains(m.organization())) {
				grouped.computeIfAbsent(m.organization(), k -> new EnumMap<>(MeetingType.class))
						.computeIfAbsent(m.type(), k -> new ArrayList<>()).add(m);
			}
		}
		// sorted once so every cell lists its meetings by date without sorting again
		grouped.values().forEach(byType -> byType.values().forEach(l -> l.sort(BY_DATE)));
		return grouped;
	}

	static List<Organization> inTreeOrder(OrganizationTree tree) {
		return tree.root().map(r -> tree.subtree(r.id())).orElse(List.of());
	}

	/**
	 * The calendar periods of one rule overlapping the range.
	 *
	 * @param bounds the first day of each period, then the day after the last one
	 */
	private record Periods(FrequencyRule rule, LocalDate[] bounds, int months) {
		static Periods of(FrequencyRule rule, LocalDate from, LocalDate to) {
			FrequencyRule.Period period = rule.period();
			List<LocalDate> bounds = new ArrayList<>();
			LocalDate start = period.start(from);
			for (; !start.isAfter(to); start = period.next(start)) {
				bounds.add(start);
			}
			bounds.add(start);
			LocalDate first = bounds.get(0);
			return new Periods(rule, bounds.toArray(LocalDate[]::new),
					(int) ChronoUnit.MONTHS.between(first, period.next(first)));
		}

		/** Appends one cell per period; {@code meetings} are the organization's of the rule's type, by date. */
		@SuppressWarnings("unchecked")
		void judge(OrgId org, List<Meeting> meetings, LocalDate today, int dueSoonDays, List<ComplianceCell> out) {
			int n = bounds.length - 1;
			LocalDate first = bounds[0], end = bounds[n];
			List<MeetingId>[] held = new List[n];
			for (Meeting m : meetings) {
				LocalDate d = m.date();
				if (d.isBefore(first) || !d.isBefore(end)) {
					continue;
				}
				// periods are whole months aligned to the year, so the index is plain month arithmetic
				int i = ((d.getYear() - first.getYear()) * 12 + d.getMonthValue() - first.getMonthValue()) / months;
				if (held[i] == null) {
					held[i] = new ArrayList<>(2);
				}
				held[i].add(m.id());
			}
			int required = rule.minimumCount();
			for (int i = 0; i < n; i++) {
				List<MeetingId> ids = held[i] == null ? List.of() : held[i];
				LocalDate periodEnd = bounds[i + 1].minusDays(1);
				out.add(new ComplianceCell(org, rule, bounds[i], periodEnd, required, ids.size(), ids,
						CellStatus.of(bounds[i], periodEnd, required, ids.size(), today, dueSoonDays)));
			}
		}
	}

	/**
	 * Counts per status for every organization of the tree, over its subtree (itself and everything
	 * below it). Every organization gets every status, zero included, so callers need no default.
	 * Cells of organizations not in the tree are ignored.
	 */
	public static Map<OrgId, Map<CellStatus, Integer>> rollUp(OrganizationTree tree, List<ComplianceCell> cells) {
		List<Organization> order = inTreeOrder(tree);
		Map<OrgId, int[]> totals = new HashMap<>(order.size() * 2);
		order.forEach(o -> totals.put(o.id(), new int[CellStatus.values().length]));
		for (ComplianceCell c : cells) {
			int[] t = totals.get(c.organization());
			if (t != null) {
				t[c.status().ordinal()]++;
			}
		}
		// depth-first order reversed visits every node after all of its descendants, so each
		// subtree total is complete before it is added to the parent: no recursion, no rescans
		for (int i = order.size() - 1; i >= 0; i--) {
			Organization o = order.get(i);
			if (o.parent().isPresent()) {
				int[] own = totals.get(o.id()), parent = totals.get(o.parent().get());
				for (int s = 0; s < own.length; s++) {
					parent[s] += own[s];
				}
			}
		}
		Map<OrgId, Map<CellStatus, Integer>> out = new HashMap<>(totals.size() * 2);
		totals.forEach((id, t) -> {
			Map<CellStatus, Integer> counts = new EnumMap<>(CellStatus.class);
			for (CellStatus s : CellStatus.values()) {
				counts.put(s, t[s.ordinal()]);
			}
			out.put(id, Collections.unmodifiableMap(counts));
		});
		return Collections.unmodifiableMap(out);
	}

	/** The register's column names: 组织, 规则/会议类型, 周期, 应开, 已开, 状态, 会议日期. */
	public static List<Object> registerHeader() {
		return List.of(Messages.Register_ORGANIZATION, Messages.Register_RULE, Messages.Register_PERIOD,
				Messages.Register_REQUIRED, Messages.Register_HELD, Messages.Register_STATUS,
				Messages.Register_MEETING_DATES);
	}

	/**
	 * The register (台账) for xlsx export: {@link #registerHeader()}, then one row per cell in the
	 * given order. Columns are String (organization name; rule as 支委会（每月至少1次）; period
	 * label; status label), Integer (required, held) and String again for the meeting dates: ISO
	 * dates joined by 、, empty when none, one text for all so the column has one type. Meetings
	 * missing from {@code meetingsById} still count in 已开 but have no date to show.
	 */
	public static List<List<Object>> registerRows(OrganizationTree tree, List<ComplianceCell> cells,
			Map<MeetingId, Meeting> meetingsById) {
		List<List<Object>> rows = new ArrayList<>(cells.size() + 1);
		rows.add(registerHeader());
		for (ComplianceCell c : cells) {
			FrequencyRule r = c.rule();
			String dates = c.meetings().stream().map(meetingsById::get).filter(Objects::nonNull)
					.map(m -> m.date().toString()).collect(Collectors.joining(Messages.Register_DATE_SEPARATOR));
			rows.add(List.of(organizationName(tree, c.organization()),
					Nls.bind(Messages.Register_RULE_TEXT, r.meeting().label(), r.period().label(), r.minimumCount()),
					c.periodLabel(), c.required(), c.held(), c.status().label(), dates));
		}
		return Collections.unmodifiableList(rows);
	}

	/** The organization's name, or a visible placeholder for one no longer in the tree. */
	static String organizationName(OrganizationTree tree, OrgId id) {
		return tree.get(id).map(Organization::name)
				.orElseGet(() -> Nls.bind(Messages.Register_UNKNOWN_ORGANIZATION, id.value()));
	}
}
