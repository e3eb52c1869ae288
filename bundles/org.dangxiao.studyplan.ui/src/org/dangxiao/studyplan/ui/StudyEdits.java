package org.dangxiao.studyplan.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.dangxiao.compliance.PlanSkeleton;
import org.dangxiao.compliance.SkeletonOptions;
import org.dangxiao.model.Changes;
import org.dangxiao.model.Command;
import org.dangxiao.model.CommandException;
import org.dangxiao.model.Commands;
import org.dangxiao.model.OrgId;
import org.dangxiao.model.PersonId;
import org.dangxiao.model.Setting;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.model.rules.FrequencyRules;
import org.dangxiao.model.study.AgendaItem;
import org.dangxiao.model.study.Attendee;
import org.dangxiao.model.study.FollowUpAction;
import org.dangxiao.model.study.FollowUpStatus;
import org.dangxiao.model.study.MaterialId;
import org.dangxiao.model.study.MaterialKind;
import org.dangxiao.model.study.Meeting;
import org.dangxiao.model.study.MeetingId;
import org.dangxiao.model.study.MeetingType;
import org.dangxiao.model.study.PlannedMeeting;
import org.dangxiao.model.study.PlannedTopic;
import org.dangxiao.model.study.StudyMaterial;
import org.dangxiao.model.study.StudyPlan;
import org.dangxiao.model.study.StudyPlanId;

/**
 * The edits of the study views, each one workspace command so 编辑 > 撤销 takes it back whole.
 * Ids are taken inside the command, so a redo gets fresh ones; the id given is reported through
 * an {@link AtomicLong} so the view can select what was just created.
 */
public final class StudyEdits {
	/** The workspace setting holding the days within which a 第一议题 counts as studied on time. */
	public static final String MAX_DAYS_KEY = "studyplan.firstTopic.maxDays";

	private StudyEdits() {
	}

	/** What a meeting dialog collects; the id is given by the workspace when it is recorded. */
	public record MeetingDraft(MeetingType type, LocalDate date, OrgId organization, Optional<PersonId> presider,
			List<Attendee> attendees, List<AgendaItem> agenda, String minutes) {
		public MeetingDraft {
			attendees = List.copyOf(attendees);
			agenda = List.copyOf(agenda);
		}

		public Meeting withId(MeetingId id) {
			return new Meeting(id, type, date, organization, presider, attendees, agenda, minutes);
		}
	}

	/** Records one held meeting: 记录会议：第一支部 支委会 2025-03-10. */
	public static Command recordMeeting(MeetingDraft draft, String organizationName, AtomicLong created) {
		return Commands.of(Nls.bind(Messages.Edit_RECORD_MEETING, organizationName, draft.type().label(), draft.date()), c -> {
			requireOrganization(c, draft.organization(), organizationName);
			Meeting m = draft.withId(new MeetingId(c.newId()));
			created.set(m.id().value());
			c.put(m);
		});
	}

	/** Removes a meeting; one with 整改措施 is refused, since they would point at nothing. */
	public static Command removeMeeting(Meeting seen, String organizationName) {
		Command remove = Commands.remove(seen);
		return Commands.of(Nls.bind(Messages.Edit_REMOVE_MEETING, organizationName, seen.type().label(), seen.date()), c -> {
			int actions = c.list(FollowUpAction.class, seen.id()).size();
			if (actions > 0) {
				throw new CommandException(Nls.bind(Messages.Meetings_DELETE_HAS_FOLLOW_UPS, actions));
			}
			remove.run(c);
		});
	}

	public static Command addMaterial(MaterialKind kind, String title, LocalDate date, String source, AtomicLong created) {
		return Commands.of(Nls.bind(Messages.Edit_ADD_MATERIAL, title.strip()), c -> {
			StudyMaterial m = new StudyMaterial(new MaterialId(c.newId()), kind, title, date, source);
			created.set(m.id().value());
			c.put(m);
		});
	}

	/**
	 * Next year's meeting calendar in one command: the skeleton is generated inside it, against the
	 * tree and rules the command sees, with ids the workspace hands out, and stored with one putAll.
	 */
	public static Command generatePlan(SkeletonOptions options, String scopeLabel, int[] count) {
		return Commands.of(Nls.bind(Messages.Edit_GENERATE_PLAN, scopeLabel, options.year()), c -> {
			FrequencyRules rules = c.get(FrequencyRules.class, FrequencyRules.KEY).orElseGet(FrequencyRules::defaults);
			if (options.subtree().isPresent() && !c.organizations().contains(options.subtree().get())) {
				throw new CommandException(Messages.Generate_ORGANIZATION_GONE);
			}
			List<PlannedMeeting> planned = PlanSkeleton.generate(c.organizations(), rules, options, c::newId);
			count[0] = planned.size();
			c.putAll(planned);
		});
	}

	/** Creates or replaces an organization's 中心组 study plan of one year. */
	public static Command savePlan(Optional<StudyPlan> seen, OrgId organization, String organizationName, int year,
			List<PlannedTopic> topics) {
		if (seen.isPresent()) {
			StudyPlan old = seen.get();
			return Commands.of(Nls.bind(Messages.Edit_SAVE_PLAN, organizationName, year),
					c -> Commands.edit(old, new StudyPlan(old.id(), old.organization(), old.year(), topics)).run(c));
		}
		return Commands.of(Nls.bind(Messages.Edit_SAVE_PLAN, organizationName, year), c -> {
			requireOrganization(c, organization, organizationName);
			boolean exists = c.list(StudyPlan.class, organization).stream().anyMatch(p -> p.year() == year);
			if (exists) {
				// someone else wrote the year's plan meanwhile: two plans of one year would confuse every view
				throw new CommandException(Nls.bind(Messages.Plan_EXISTS_MEANWHILE, organizationName, year));
			}
			c.put(new StudyPlan(new StudyPlanId(c.newId()), organization, year, topics));
		});
	}

	public static Command setMaxDays(int days) {
		return Commands.of(Nls.bind(Messages.Edit_MAX_DAYS, days), c -> c.put(new Setting(MAX_DAYS_KEY, Integer.toString(days))));
	}

	/** The days of {@link #MAX_DAYS_KEY}, when set to a sensible number. */
	public static Optional<Integer> maxDays(org.dangxiao.model.WorkspaceView ws) {
		return ws.get(Setting.class, MAX_DAYS_KEY).flatMap(s -> {
			try {
				int n = Integer.parseInt(s.value().strip());
				return n >= 0 && n <= 3650 ? Optional.of(n) : Optional.empty();
			} catch (NumberFormatException e) {
				return Optional.empty();
			}
		});
	}

	public static Command markDone(FollowUpAction seen) {
		Command edit = Commands.edit(seen, seen.withStatus(FollowUpStatus.DONE));
		return Commands.of(Nls.bind(Messages.Edit_FOLLOW_UP_DONE, seen.description()), edit::run);
	}

	private static void requireOrganization(Changes c, OrgId id, String name) {
		if (!c.organizations().contains(id)) {
			throw new CommandException(Nls.bind(Messages.Edit_ORGANIZATION_GONE, name));
		}
	}
}
