package org.dangxiao.compliance;

import static org.dangxiao.compliance.Fixtures.BRANCH;
import static org.dangxiao.compliance.Fixtures.TREE;
import static org.dangxiao.compliance.Fixtures.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.dangxiao.model.OrgId;
import org.dangxiao.model.Organization;
import org.dangxiao.model.study.MeetingType;
import org.dangxiao.model.study.PlannedMeeting;
import org.dangxiao.model.study.PlannedMeetingId;
import org.junit.jupiter.api.Test;

class IcsTest {
	private static final Instant NOW = Instant.parse("2025-01-02T08:30:15.123Z");
	private static final Function<OrgId, String> NAMES = id -> TREE.get(id).map(Organization::name).orElse(null);

	private static PlannedMeeting planned(long id, String topic) {
		return new PlannedMeeting(new PlannedMeetingId(id), MeetingType.THEME_PARTY_DAY, d(2025, 1, 15), BRANCH.id(),
				topic);
	}

	/** The physical lines, CRLF-terminated, as bytes. */
	private static List<byte[]> physicalLines(String ics) {
		byte[] bytes = ics.getBytes(StandardCharsets.UTF_8);
		List<byte[]> lines = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == '\n') {
				assertTrue(i > 0 && bytes[i - 1] == '\r', "LF without CR at byte " + i);
				lines.add(Arrays.copyOfRange(bytes, start, i - 1));
				start = i + 1;
			} else if (bytes[i] == '\r') {
				assertTrue(i + 1 < bytes.length && bytes[i + 1] == '\n', "CR without LF at byte " + i);
			}
		}
		assertEquals(bytes.length, start, "the last line ends in CRLF too");
		return lines;
	}

	/** RFC 5545 §3.1 unfolding: a CRLF followed by a space disappears. */
	private static List<String> contentLines(String ics) {
		return List.of(ics.replace("\r\n ", "").split("\r\n"));
	}

	private static String property(String ics, String name) {
		return contentLines(ics).stream().filter(l -> l.startsWith(name + ":") || l.startsWith(name + ";"))
				.findFirst().orElseThrow(() -> new AssertionError("no " + name));
	}

	@Test
	void linesEndInCrlf() {
		String ics = Ics.calendar(List.of(planned(1, "学习")), NAMES, NOW);
		List<byte[]> lines = physicalLines(ics);
		assertEquals("BEGIN:VCALENDAR", new String(lines.get(0), StandardCharsets.UTF_8));
		assertEquals("END:VCALENDAR", new String(lines.get(lines.size() - 1), StandardCharsets.UTF_8));
		assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
	}

	@Test
	void aLongChineseSummaryIsFoldedAt75OctetsWithoutBreakingACharacter() throws CharacterCodingException {
		// 3-byte characters after an ASCII prefix put character boundaries off the 75-octet grid; the emoji is 4 bytes
		String topic = "深入学习贯彻习近平新时代中国特色社会主义思想主题教育专题组织生活会暨民主评议党员🇨🇳大会".repeat(3);
		String ics = Ics.calendar(List.of(planned(1, topic)), NAMES, NOW);
		int folded = 0;
		for (byte[] line : physicalLines(ics)) {
			assertTrue(line.length <= 75, line.length + " octets: " + new String(line, StandardCharsets.UTF_8));
			// each line must decode alone: a split character would be malformed at an end
			StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(line));
			if (line.length > 0 && line[0] == ' ') {
				folded++;
			}
		}
		assertTrue(folded >= 5, "folded " + folded + " times");
		String summary = property(ics, "SUMMARY");
		assertEquals("SUMMARY:" + MeetingType.THEME_PARTY_DAY.label() + Messages.Ics_SUMMARY.replace("{0}", "")
				.replace("{1}", "") + topic, summary, "unfolding gives back the text");
		// the line that was folded was long enough to need it, and lines are filled, not cut short
		assertTrue(physicalLines(ics).stream().anyMatch(l -> l.length >= 73));
	}

	@Test
	void textIsEscaped() {
		String ics = Ics.calendar(List.of(planned(1, "学习;讨论,总结\\反思\n第二行\r\n第三行")),
				id -> "城关镇, 第一;支部", NOW);
		String summary = property(ics, "SUMMARY");
		assertTrue(summary.endsWith("学习\\;讨论\\,总结\\\\反思\\n第二行\\n第三行"), summary);
		assertEquals("LOCATION:城关镇\\, 第一\\;支部", property(ics, "LOCATION"));
		assertTrue(property(ics, "DESCRIPTION").contains("城关镇\\, 第一\\;支部"));
		assertFalse(property(ics, "DESCRIPTION").contains("\n"));
		assertEquals("a\\\\\\;b\\,\\nc", Ics.escape("a\\;b,\rc"));
	}

	@Test
	void oneEventPerPlannedMeeting() {
		List<PlannedMeeting> planned = List.of(planned(7, "一"), planned(8, "二"), new PlannedMeeting(
				new PlannedMeetingId(9), MeetingType.BRANCH_COMMITTEE_MEETING, d(2025, 12, 31), new OrgId(404), "三"));
		String ics = Ics.calendar(planned, NAMES, NOW);
		List<String> lines = contentLines(ics);
		assertEquals(3, lines.stream().filter("BEGIN:VEVENT"::equals).count());
		assertEquals(3, lines.stream().filter("END:VEVENT"::equals).count());
		assertEquals(List.of("UID:7@dangxiao", "UID:8@dangxiao", "UID:9@dangxiao"),
				lines.stream().filter(l -> l.startsWith("UID:")).toList());
		assertEquals(3, lines.stream().filter("DTSTAMP:20250102T083015Z"::equals).count());
		assertTrue(lines.contains("DTSTART;VALUE=DATE:20250115"));
		assertTrue(lines.contains("DTSTART;VALUE=DATE:20251231"));
		assertTrue(lines.contains("DTEND;VALUE=DATE:20260101"), "exclusive end, across the year");
		assertTrue(lines.contains("SUMMARY:" + MeetingType.THEME_PARTY_DAY.label() + Messages.Ics_SUMMARY
				.replace("{0}", "").replace("{1}", "") + "一"), lines.toString());
		assertTrue(lines.contains("LOCATION:" + BRANCH.name()));
		assertTrue(lines.contains("LOCATION:org#404"), "a stale organization does not break the export");
		assertTrue(lines.containsAll(List.of("VERSION:2.0", "END:VCALENDAR")));
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("PRODID:")));
		assertEquals(0, contentLines(Ics.calendar(List.of(), NAMES, NOW)).stream().filter("BEGIN:VEVENT"::equals)
				.count());
	}

	@Test
	void aTopicThatAlreadyNamesTheTypeIsNotPrefixedTwice() {
		String topic = MeetingType.THEME_PARTY_DAY.label() + "（2025年1月）";
		assertEquals("SUMMARY:" + topic, property(Ics.calendar(List.of(planned(1, topic)), NAMES, NOW), "SUMMARY"));
	}
}
