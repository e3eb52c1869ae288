package org.dangxiao.compliance;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.dangxiao.model.OrgId;
import org.dangxiao.model.Organization;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.model.study.FollowUpAction;
import org.dangxiao.model.study.FollowUpStatus;
import org.dangxiao.model.study.Meeting;
import org.dangxiao.model.study.MeetingId;

/**
 * 贯彻落实措施按期落实: the follow-up actions decided at an organization's meetings are carried out
 * by their due dates. The frequency rules only count meetings; this asks whether what they decided
 * was done. One finding per organization whose meetings decided actions that fall in the year:
 * those due in it, and those due earlier and still not done (they are still owed).
 *
 * <p>{@link CellStatus#MISSED} when any is overdue (not done, due before today: the due day itself
 * is on time, as {@link FollowUps#overdue} has it); else {@link CellStatus#DUE} when one still open
 * falls due within {@value Compliance#DEFAULT_DUE_SOON_DAYS} days; else {@link CellStatus#UPCOMING}
 * while any is open; {@link CellStatus#MET} when all are done.
 */
public final class OverdueFollowUpsRule implements ComplianceRule {
	public static final String ID = "org.dangxiao.compliance.followUps";
	/** Up to this many meetings are read one by one; above it one read of all meetings is cheaper. */
	private static final int SINGLE_READS = 200;
	private static final int SHOWN_CHARACTERS = 30;
	private static final Comparator<FollowUpAction> BY_DUE = Comparator.comparing(FollowUpAction::due)
			.thenComparing(FollowUpAction::id);

	@Override
	public List<Finding> check(Context context) {
		LocalDate first = context.firstDay(), last = context.lastDay(), today = context.today();
		List<FollowUpAction> relevant = context.workspace().list(FollowUpAction.class).stream()
				.filter(a -> !a.due().isAfter(last) && (!a.due().isBefore(first) || a.status() != FollowUpStatus.DONE)).toList();
		if (relevant.isEmpty()) {
			return List.of();
		}
		Map<MeetingId, OrgId> owners = owners(context, relevant);
		Map<OrgId, List<FollowUpAction>> byOrganization = new HashMap<>();
		for (FollowUpAction a : relevant) {
			OrgId org = owners.get(a.meeting());
			if (org != null && context.contains(org)) {
				byOrganization.computeIfAbsent(org, k -> new ArrayList<>()).add(a);
			}
		}
		List<Finding> out = new ArrayList<>();
		for (Organization o : context.organizations()) {
			List<FollowUpAction> actions = byOrganization.get(o.id());
			if (actions != null) {
				out.add(judge(o.id(), actions, today));
			}
		}
		return out;
	}

	/** The organization of each meeting the actions belong to; meetings no longer there are left out. */
	private static Map<MeetingId, OrgId> owners(Context context, List<FollowUpAction> actions) {
		Set<MeetingId> meetings = new LinkedHashSet<>();
		actions.forEach(a -> meetings.add(a.meeting()));
		Map<MeetingId, OrgId> out = new HashMap<>(meetings.size() * 2);
		if (meetings.size() <= SINGLE_READS) {
			for (MeetingId id : meetings) {
				context.workspace().get(Meeting.class, id).ifPresent(m -> out.put(id, m.organization()));
			}
		} else {
			for (Meeting m : context.workspace().list(Meeting.class)) {
				if (meetings.contains(m.id())) {
					out.put(m.id(), m.organization());
				}
			}
		}
		return out;
	}

	static Finding judge(OrgId org, List<FollowUpAction> actions, LocalDate today) {
		List<FollowUpAction> overdue = FollowUps.overdue(actions, today);
		if (!overdue.isEmpty()) {
			FollowUpAction a = overdue.get(0);
			return new Finding(org, Nls.bind(Messages.Rules_FOLLOW_UPS_OVERDUE, overdue.size(), shown(a), a.due()), CellStatus.MISSED);
		}
		Optional<FollowUpAction> open = actions.stream().filter(a -> a.status() != FollowUpStatus.DONE).min(BY_DUE);
		if (open.isEmpty()) {
			return new Finding(org, Nls.bind(Messages.Rules_FOLLOW_UPS_DONE, actions.size()), CellStatus.MET);
		}
		FollowUpAction a = open.get();
		long openCount = actions.stream().filter(x -> x.status() != FollowUpStatus.DONE).count();
		boolean soon = ChronoUnit.DAYS.between(today, a.due()) <= Compliance.DEFAULT_DUE_SOON_DAYS;
		return new Finding(org, Nls.bind(soon ? Messages.Rules_FOLLOW_UPS_DUE : Messages.Rules_FOLLOW_UPS_OPEN, openCount, shown(a), a.due()),
				soon ? CellStatus.DUE : CellStatus.UPCOMING);
	}

	/** The description, cut so a line of output stays a line. */
	private static String shown(FollowUpAction a) {
		String d = a.description().strip().replaceAll("\\s+", " ");
		return d.codePointCount(0, d.length()) <= SHOWN_CHARACTERS ? d
				: d.substring(0, d.offsetByCodePoints(0, SHOWN_CHARACTERS)) + "…";
	}
}
