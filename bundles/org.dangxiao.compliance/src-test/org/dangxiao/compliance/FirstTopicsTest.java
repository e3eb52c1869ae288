package org.dangxiao.compliance;

import static org.dangxiao.compliance.Fixtures.BRANCH;
import static org.dangxiao.compliance.Fixtures.ROOT;
import static org.dangxiao.compliance.Fixtures.TOWN;
import static org.dangxiao.compliance.Fixtures.TREE;
import static org.dangxiao.compliance.Fixtures.d;
import static org.dangxiao.compliance.Fixtures.firstTopic;
import static org.dangxiao.compliance.Fixtures.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.dangxiao.model.OrgId;
import org.dangxiao.model.Organization;
import org.dangxiao.model.study.AgendaItem;
import org.dangxiao.model.study.MaterialId;
import org.dangxiao.model.study.MaterialKind;
import org.dangxiao.model.study.Meeting;
import org.dangxiao.model.study.MeetingId;
import org.dangxiao.model.study.MeetingType;
import org.dangxiao.model.study.StudyForm;
import org.dangxiao.model.study.StudyMaterial;
import org.junit.jupiter.api.Test;

class FirstTopicsTest {
	private static final LocalDate PUBLISHED = d(2024, 3, 10);
	private static final StudyMaterial SPEECH = new StudyMaterial(new MaterialId(1), MaterialKind.SPEECH,
			"在全国两会上的重要讲话", PUBLISHED, "新华社");
	private static final MeetingType COMMITTEE = MeetingType.STANDING_COMMITTEE_MEETING;

	private static FirstTopicEntry entry(List<FirstTopicEntry> entries, Organization org) {
		return entries.stream().filter(e -> e.organization().equals(org.id())).findFirst().orElseThrow();
	}

	private static List<FirstTopicEntry> register(List<Meeting> meetings, LocalDate today) {
		return FirstTopics.register(List.of(SPEECH), meetings, today);
	}

	@Test
	void theFirstStudyOnOrAfterPublicationCounts() {
		Meeting before = firstTopic(1, COMMITTEE, PUBLISHED.minusDays(5), ROOT, 1);
		Meeting sameDay = firstTopic(2, COMMITTEE, PUBLISHED, TOWN, 1);
		Meeting first = firstTopic(3, COMMITTEE, PUBLISHED.plusDays(10), ROOT, 1);
		Meeting again = firstTopic(4, COMMITTEE, PUBLISHED.plusDays(15), ROOT, 1);
		List<FirstTopicEntry> entries = register(List.of(again, before, sameDay, first), d(2024, 12, 31));
		assertEquals(2, entries.size());
		FirstTopicEntry root = entry(entries, ROOT);
		assertEquals(Optional.of(first.id()), root.meeting());
		assertEquals(Optional.of(first.date()), root.firstStudied());
		assertEquals(10, root.delayDays());
		assertFalse(root.late());
		FirstTopicEntry town = entry(entries, TOWN);
		assertEquals(Optional.of(sameDay.id()), town.meeting());
		assertEquals(0, town.delayDays());
	}

	@Test
	void lateMeansMoreThanMaxDays() {
		for (int maxDays : new int[] { 30, 7 }) {
			Meeting onTime = firstTopic(1, COMMITTEE, PUBLISHED.plusDays(maxDays), ROOT, 1);
			Meeting late = firstTopic(2, COMMITTEE, PUBLISHED.plusDays(maxDays + 1), TOWN, 1);
			List<FirstTopicEntry> entries = FirstTopics.register(List.of(SPEECH), List.of(onTime, late),
					FirstTopics.COMMITTEE_MEETINGS, maxDays, d(2025, 1, 1));
			assertEquals(maxDays, entry(entries, ROOT).delayDays());
			assertFalse(entry(entries, ROOT).late(), "exactly " + maxDays + " days is on time");
			assertEquals(maxDays + 1, entry(entries, TOWN).delayDays());
			assertTrue(entry(entries, TOWN).late(), maxDays + 1 + " days is late");
		}
		assertThrows(IllegalArgumentException.class, () -> FirstTopics.register(List.of(SPEECH), List.of(),
				FirstTopics.COMMITTEE_MEETINGS, -1, PUBLISHED));
	}

	@Test
	void notYetStudiedIsMeasuredToToday() {
		// the town holds committee meetings, but none studied the speech
		Meeting other = firstTopic(1, COMMITTEE, PUBLISHED.plusDays(3), TOWN, 99);
		FirstTopicEntry waiting = entry(register(List.of(other), PUBLISHED.plusDays(30)), TOWN);
		assertEquals(Optional.empty(), waiting.firstStudied());
		assertEquals(Optional.empty(), waiting.meeting());
		assertEquals(30, waiting.delayDays());
		assertFalse(waiting.late());
		assertEquals(Messages.FirstTopic_PENDING, waiting.statusLabel());
		FirstTopicEntry overdue = entry(register(List.of(other), PUBLISHED.plusDays(31)), TOWN);
		assertEquals(31, overdue.delayDays());
		assertTrue(overdue.late());
		assertEquals(Messages.FirstTopic_NOT_STUDIED_LATE, overdue.statusLabel());
		// a material dated after today has not waited at all
		assertEquals(0, entry(register(List.of(other), PUBLISHED.minusDays(3)), TOWN).delayDays());
	}

	@Test
	void onlyMeetingsOfTheGivenTypesCount() {
		Meeting branch = firstTopic(1, MeetingType.BRANCH_COMMITTEE_MEETING, PUBLISHED.plusDays(1), BRANCH, 1);
		Meeting centerGroup = firstTopic(2, MeetingType.CENTER_GROUP_STUDY, PUBLISHED.plusDays(2), ROOT, 1);
		Meeting committee = firstTopic(3, MeetingType.PARTY_COMMITTEE_MEETING, PUBLISHED.plusDays(20), ROOT, 1);
		List<FirstTopicEntry> entries = register(List.of(branch, centerGroup, committee), PUBLISHED.plusDays(40));
		assertEquals(List.of(ROOT.id()), entries.stream().map(FirstTopicEntry::organization).toList(),
				"a branch holds no 党委(党组) meetings, so it is not in the register");
		assertEquals(Optional.of(committee.id()), entries.get(0).meeting(), "the 中心组 session came first but is not counted");

		entries = FirstTopics.register(List.of(SPEECH), List.of(branch, centerGroup, committee),
				Set.of(MeetingType.CENTER_GROUP_STUDY, MeetingType.BRANCH_COMMITTEE_MEETING), 30, PUBLISHED.plusDays(40));
		assertEquals(Optional.of(centerGroup.id()), entry(entries, ROOT).meeting());
		assertEquals(Optional.of(branch.id()), entry(entries, BRANCH).meeting());
		for (MeetingType t : new MeetingType[] { MeetingType.PARTY_COMMITTEE_MEETING,
				MeetingType.STANDING_COMMITTEE_MEETING, MeetingType.LEADING_GROUP_MEETING }) {
			assertTrue(FirstTopics.COMMITTEE_MEETINGS.contains(t), t.toString());
		}
		assertEquals(3, FirstTopics.COMMITTEE_MEETINGS.size());
	}

	@Test
	void anAgendaItemThatIsNotTheFirstTopicDoesNotCount() {
		AgendaItem opening = new AgendaItem(1, "研究人事", false, Optional.empty(), ids());
		AgendaItem second = new AgendaItem(2, "学习讲话", false, Optional.of(StudyForm.COLLECTIVE_STUDY), ids(1));
		Meeting m = new Meeting(new MeetingId(1), COMMITTEE, PUBLISHED.plusDays(1), ROOT.id(), Optional.empty(),
				List.of(), List.of(opening, second), "");
		// item 1 studying it without being marked as the 第一议题 does not count either
		AgendaItem unmarked = new AgendaItem(1, "学习讲话", false, Optional.of(StudyForm.CONVEYING), ids(1));
		Meeting n = new Meeting(new MeetingId(2), COMMITTEE, PUBLISHED.plusDays(2), ROOT.id(), Optional.empty(),
				List.of(), List.of(unmarked), "");
		FirstTopicEntry e = entry(register(List.of(m, n), PUBLISHED.plusDays(5)), ROOT);
		assertFalse(e.studied());
		assertEquals(5, e.delayDays());
		Meeting marked = firstTopic(3, COMMITTEE, PUBLISHED.plusDays(3), ROOT, 7, 1);
		assertEquals(Optional.of(marked.id()), entry(register(List.of(m, n, marked), PUBLISHED.plusDays(5)), ROOT).meeting());
	}

	@Test
	void entriesComeByMaterialDateThenOrganization() {
		StudyMaterial older = new StudyMaterial(new MaterialId(9), MaterialKind.DOCUMENT, "文件", d(2024, 1, 2), "中发");
		List<Meeting> meetings = List.of(firstTopic(1, COMMITTEE, d(2024, 4, 1), TOWN, 1, 9),
				firstTopic(2, COMMITTEE, d(2024, 4, 1), ROOT));
		List<FirstTopicEntry> entries = FirstTopics.register(List.of(SPEECH, older), meetings, d(2024, 5, 1));
		assertEquals(List.of(older, older, SPEECH, SPEECH), entries.stream().map(FirstTopicEntry::material).toList());
		assertEquals(List.of(ROOT.id(), TOWN.id(), ROOT.id(), TOWN.id()),
				entries.stream().map(FirstTopicEntry::organization).toList());
	}

	@Test
	void registerRowsShowOneRowPerEntry() {
		Meeting studied = firstTopic(3, COMMITTEE, PUBLISHED.plusDays(40), ROOT, 1);
		Meeting nothing = firstTopic(4, COMMITTEE, PUBLISHED.plusDays(1), TOWN);
		List<FirstTopicEntry> entries = register(List.of(studied, nothing), PUBLISHED.plusDays(45));
		List<List<Object>> rows = FirstTopics.registerRows(TREE, entries, Map.of(studied.id(), studied));
		assertEquals(3, rows.size());
		assertEquals(FirstTopics.registerHeader(), rows.get(0));
		assertEquals(List.of(SPEECH.title(), MaterialKind.SPEECH.label(), SPEECH.source(), PUBLISHED, ROOT.name(),
				studied.date(), COMMITTEE.label(), 40, Messages.FirstTopic_LATE), rows.get(1));
		assertEquals(List.of(SPEECH.title(), MaterialKind.SPEECH.label(), SPEECH.source(), PUBLISHED, TOWN.name(), "",
				"", 45, Messages.FirstTopic_NOT_STUDIED_LATE), rows.get(2));
		rows.forEach(r -> assertEquals(rows.get(0).size(), r.size()));
	}

	@Test
	void anEntryKeepsDateAndMeetingTogether() {
		assertThrows(IllegalArgumentException.class, () -> new FirstTopicEntry(SPEECH, new OrgId(1),
				Optional.of(PUBLISHED), Optional.empty(), 0, false));
	}
}
