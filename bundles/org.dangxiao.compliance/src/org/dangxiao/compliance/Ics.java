package org.dangxiao.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.dangxiao.model.OrgId;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.model.study.PlannedMeeting;

/** Planned meetings as an iCalendar (RFC 5545) file, for the calendars of secretaries and members. */
public final class Ics {
	/** RFC 5545 §3.1: content lines are folded after at most 75 octets, excluding the line break. */
	static final int MAX_LINE_OCTETS = 75;
	private static final String CRLF = "\r\n";
	private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
			.withZone(ZoneOffset.UTC);

	private Ics() {
	}

	/**
	 * A VCALENDAR with one all-day VEVENT per planned meeting, in the given order: UID (the planned
	 * meeting's id + {@code @dangxiao}, so re-importing updates events instead of doubling them),
	 * DTSTAMP ({@code now}, UTC), DTSTART;VALUE=DATE and DTEND;VALUE=DATE (the next day, exclusive,
	 * as some clients want it spelled out), SUMMARY (类型：主题, or the topic alone when it already
	 * starts with the type's label, as generated skeleton topics do), LOCATION (the organization's
	 * name) and DESCRIPTION (organization and type).
	 *
	 * <p>Lines end in CRLF and are folded at 75 octets without splitting a UTF-8 character; text is
	 * escaped ({@code \\ ; ,} and line breaks).
	 *
	 * @param organizationName a name for each organization; null is taken as the id, not a crash,
	 *                         as the export should not fail on a stale planned meeting
	 */
	public static String calendar(List<PlannedMeeting> planned, Function<OrgId, String> organizationName, Instant now) {
		Objects.requireNonNull(organizationName, "organizationName");
		String stamp = STAMP.format(now.truncatedTo(ChronoUnit.SECONDS));
		StringBuilder out = new StringBuilder(256 + planned.size() * 320);
		line(out, "BEGIN:VCALENDAR");
		line(out, "VERSION:2.0");
		line(out, "PRODID:-//Dangxiao Workbench//Meeting Plan//ZH");
		line(out, "CALSCALE:GREGORIAN");
		line(out, "METHOD:PUBLISH");
		for (PlannedMeeting p : planned) {
			String label = p.type().label();
			String organization = Objects.requireNonNullElse(organizationName.apply(p.organization()),
					p.organization().toString());
			String summary = p.topic().startsWith(label) ? p.topic() : Nls.bind(Messages.Ics_SUMMARY, label, p.topic());
			LocalDate day = p.date();
			line(out, "BEGIN:VEVENT");
			line(out, "UID:" + p.id().value() + "@dangxiao");
			line(out, "DTSTAMP:" + stamp);
			line(out, "DTSTART;VALUE=DATE:" + DATE.format(day));
			line(out, "DTEND;VALUE=DATE:" + DATE.format(day.plusDays(1)));
			line(out, "SUMMARY:" + escape(summary));
			line(out, "LOCATION:" + escape(organization));
			line(out, "DESCRIPTION:" + escape(Nls.bind(Messages.Ics_DESCRIPTION, organization, label)));
			line(out, "END:VEVENT");
		}
		line(out, "END:VCALENDAR");
		return out.toString();
	}

	/** RFC 5545 §3.3.11 TEXT: backslash, semicolon and comma escaped, any line break as {@code \n}; other controls dropped. */
	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length() + 8);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '\\' -> out.append("\\\\");
			case ';' -> out.append("\\;");
			case ',' -> out.append("\\,");
			case '\n' -> out.append("\\n");
			case '\r' -> {
				out.append("\\n");
				// CRLF is one line break, not two
				if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
			}
			default -> {
				// TEXT allows no control characters but tab
				if (c == '\t' || !Character.isISOControl(c)) {
					out.append(c);
				}
			}
			}
		}
		return out.toString();
	}

	/** Appends {@code content} folded: a line break and a space before any character that would pass 75 octets. */
	static void line(StringBuilder out, String content) {
		int octets = 0;
		for (int i = 0; i < content.length();) {
			int cp = content.codePointAt(i);
			int size = utf8Length(cp);
			if (octets + size > MAX_LINE_OCTETS) {
				out.append(CRLF).append(' ');
				// the leading space is part of the continuation line's 75 octets
				octets = 1;
			}
			out.appendCodePoint(cp);
			octets += size;
			i += Character.charCount(cp);
		}
		out.append(CRLF);
	}

	private static int utf8Length(int cp) {
		return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
	}
}
