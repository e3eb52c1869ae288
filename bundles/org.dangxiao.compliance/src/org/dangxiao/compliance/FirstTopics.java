package org.dangxiao.compliance;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.dangxiao.model.OrgId;
import org.dangxiao.model.OrganizationTree;
import org.dangxiao.model.study.Meeting;
import org.dangxiao.model.study.MeetingId;
import org.dangxiao.model.study.MeetingType;
import org.dangxiao.model.study.MaterialId;
import org.dangxiao.model.study.StudyMaterial;

/** The 第一议题 register: how long after publication each organization first studied each material. */
public final class FirstTopics {
	/** The 党委(党组) meetings, where 第一议题 is required: 党委会, 常委会, 党组会. */
	public static final Set<MeetingType> COMMITTEE_MEETINGS = Collections.unmodifiableSet(EnumSet.of(
			MeetingType.PARTY_COMMITTEE_MEETING, MeetingType.STANDING_COMMITTEE_MEETING, MeetingType.LEADING_GROUP_MEETING));
	/** Days after publication within which a material counts as studied on time. */
	public static final int DEFAULT_MAX_DAYS = 30;

	private static final Comparator<Meeting> BY_DATE = Comparator.comparing(Meeting::date).thenComparing(Meeting::id);

	private FirstTopics() {
	}

	/** {@link #register(Collection, Collection, Set, int, LocalDate)} for the 党委(党组) meetings and 30 days. */
	public static List<FirstTopicEntry> register(Collection<StudyMaterial> materials, Collection<Meeting> meetings,
			LocalDate today) {
		return register(materials, meetings, COMMITTEE_MEETINGS, DEFAULT_MAX_DAYS, today);
	}

	/**
	 * One entry for every material and every organization that held at least one meeting of the
	 * given types (in {@code meetings}, on any date): the first such meeting on or after the
	 * material's date whose 第一议题 lists the material. A meeting before the material's date is
	 * ignored (a date typed wrong, or a material re-issued); later agenda items do not count,
	 * because the register is about studying it first.
	 *
	 * @param maxDays zero or more; late means more days than this, so exactly {@code maxDays} is on time
	 * @return by material date, material id, then organization id
	 */
	public static List<FirstTopicEntry> register(Collection<StudyMaterial> materials, Collection<Meeting> meetings,
			Set<MeetingType> types, int maxDays, LocalDate today) {
		Objects.requireNonNull(types, "types");
		Objects.requireNonNull(today, "today");
		if (maxDays < 0) {
			throw new IllegalArgumentException("maxDays must be zero or more: " + maxDays);
		}
		Set<OrgId> organizations = new TreeSet<>();
		// material → meetings whose 第一议题 studied it, each meeting once even if it lists the material twice
		Map<MaterialId, List<Meeting>> studiedIn = new HashMap<>();
		for (Meeting m : meetings) {
			if (!types.contains(m.type())) {
				continue;
			}
			organizations.add(m.organization());
			m.firstTopic().ifPresent(item -> new LinkedHashSet<>(item.materials())
					.forEach(id -> studiedIn.computeIfAbsent(id, k -> new ArrayList<>()).add(m)));
		}
		List<StudyMaterial> ordered = new ArrayList<>(materials);
		ordered.sort(Comparator.comparing(StudyMaterial::date).thenComparing(StudyMaterial::id));
		List<FirstTopicEntry> out = new ArrayList<>(ordered.size() * organizations.size());
		for (StudyMaterial material : ordered) {
			Map<OrgId, Meeting> first = new HashMap<>();
			for (Meeting m : studiedIn.getOrDefault(material.id(), List.of())) {
				if (!m.date().isBefore(material.date())) {
					first.merge(m.organization(), m, (a, b) -> BY_DATE.compare(a, b) <= 0 ? a : b);
				}
			}
			for (OrgId org : organizations) {
				Optional<Meeting> m = Optional.ofNullable(first.get(org));
				LocalDate until = m.map(Meeting::date).orElse(today);
				long delay = Math.max(0, ChronoUnit.DAYS.between(material.date(), until));
				out.add(new FirstTopicEntry(material, org, m.map(Meeting::date), m.map(Meeting::id), delay,
						delay > maxDays));
			}
		}
		return Collections.unmodifiableList(out);
	}

	/** The register's column names: 学习材料, 类别, 出处, 发表日期, 组织, 首次学习日期, 会议, 间隔天数, 状态. */
	public static List<Object> registerHeader() {
		return List.of(Messages.FirstTopic_MATERIAL, Messages.FirstTopic_KIND, Messages.FirstTopic_SOURCE,
				Messages.FirstTopic_PUBLISHED, Messages.FirstTopic_ORGANIZATION, Messages.FirstTopic_FIRST_STUDIED,
				Messages.FirstTopic_MEETING, Messages.FirstTopic_DELAY_DAYS, Messages.FirstTopic_STATUS);
	}

	/**
	 * The 第一议题 register for xlsx export: {@link #registerHeader()}, then one row per entry.
	 * Columns: title, kind label, source (String), material date (LocalDate), organization name
	 * (String), first studied (LocalDate, or "" when not yet), meeting type label ("" when not yet
	 * or not in {@code meetingsById}), delay days (Integer), status label (String).
	 */
	public static List<List<Object>> registerRows(OrganizationTree tree, List<FirstTopicEntry> entries,
			Map<MeetingId, Meeting> meetingsById) {
		List<List<Object>> rows = new ArrayList<>(entries.size() + 1);
		rows.add(registerHeader());
		for (FirstTopicEntry e : entries) {
			StudyMaterial material = e.material();
			Object studied = e.firstStudied().<Object>map(d -> d).orElse("");
			String meeting = e.meeting().map(meetingsById::get).map(m -> m.type().label()).orElse("");
			rows.add(List.of(material.title(), material.kind().label(), material.source(), material.date(),
					Compliance.organizationName(tree, e.organization()), studied, meeting,
					Math.toIntExact(e.delayDays()), e.statusLabel()));
		}
		return Collections.unmodifiableList(rows);
	}
}
