package org.dangxiao.imports;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.dangxiao.model.PersonId;
import org.dangxiao.model.training.Attendance;
import org.dangxiao.model.training.AttendanceStatus;
import org.dangxiao.model.training.CourseId;

/**
 * The rows of a plan, in file order. Most rows of a big file are plainly accepted; those are kept
 * as columns of numbers (about 50 bytes a row instead of several hundred), the others as objects.
 * {@link #get} builds the row on demand, so a preview table of 500,000 rows costs what it shows.
 */
final class PlannedRows extends AbstractList<PlannedRow> {
	private static final long NONE = Long.MIN_VALUE;
	private static final Sessions[] SESSIONS = Sessions.values();
	private static final AttendanceStatus[] STATUSES = AttendanceStatus.values();

	private final List<String> sheetNames = new ArrayList<>();
	private final Map<String, String> names = new HashMap<>();
	private final List<PlannedRow> flaggedRows = new ArrayList<>();
	private int size;
	private short[] sheet = new short[1024];
	private int[] row = new int[1024];
	private byte[] session = new byte[1024];
	private long[] person = new long[1024];
	private long[] course = new long[1024];
	private byte[] status = new byte[1024];
	private long[] signIn = new long[1024];
	private long[] signOut = new long[1024];
	private String[] name = new String[1024];
	/** Index into {@link #flaggedRows}, or -1 for a plainly accepted row kept in the columns. */
	private int[] flagged = new int[1024];
	private int writable;
	private int[] writableIndex = new int[1024];
	private final long[] counts = new long[PlannedRow.Outcome.values().length];

	void append(PlannedRow r) {
		if (size == row.length) {
			grow(size * 2);
		}
		if (r.attendance().isPresent()) {
			writableIndex[writable++] = size;
		}
		counts[r.outcome().ordinal()]++;
		if (r.outcome() != PlannedRow.Outcome.ACCEPTED || !r.candidates().isEmpty()) {
			flagged[size++] = flaggedRows.size();
			flaggedRows.add(r);
			return;
		}
		Attendance a = r.attendance().orElseThrow();
		int s = sheetNames.indexOf(r.sheet());
		if (s < 0) {
			s = sheetNames.size();
			sheetNames.add(r.sheet());
		}
		sheet[size] = (short) s;
		row[size] = r.row();
		session[size] = (byte) r.session().map(Enum::ordinal).orElse(-1).intValue();
		person[size] = a.person().value();
		course[size] = a.course().value();
		status[size] = (byte) a.status().ordinal();
		signIn[size] = a.signIn().map(t -> t.toEpochSecond(ZoneOffset.UTC)).orElse(NONE);
		signOut[size] = a.signOut().map(t -> t.toEpochSecond(ZoneOffset.UTC)).orElse(NONE);
		name[size] = names.computeIfAbsent(r.name(), n -> n);
		flagged[size++] = -1;
	}

	private void grow(int capacity) {
		sheet = Arrays.copyOf(sheet, capacity);
		row = Arrays.copyOf(row, capacity);
		session = Arrays.copyOf(session, capacity);
		person = Arrays.copyOf(person, capacity);
		course = Arrays.copyOf(course, capacity);
		status = Arrays.copyOf(status, capacity);
		signIn = Arrays.copyOf(signIn, capacity);
		signOut = Arrays.copyOf(signOut, capacity);
		name = Arrays.copyOf(name, capacity);
		flagged = Arrays.copyOf(flagged, capacity);
		writableIndex = Arrays.copyOf(writableIndex, capacity);
	}

	@Override
	public PlannedRow get(int i) {
		if (i < 0 || i >= size) {
			throw new IndexOutOfBoundsException(i);
		}
		if (flagged[i] >= 0) {
			return flaggedRows.get(flagged[i]);
		}
		Attendance a = new Attendance(new PersonId(person[i]), new CourseId(course[i]), STATUSES[status[i]], time(signIn[i]), time(signOut[i]),
				Optional.empty());
		return new PlannedRow(sheetNames.get(sheet[i]), row[i], session[i] < 0 ? Optional.empty() : Optional.of(SESSIONS[session[i]]),
				List.of(), Optional.of(a.person()), name[i], Optional.of(a.course()), Optional.of(a), Set.of(), List.of());
	}

	private static Optional<LocalDateTime> time(long epochSecond) {
		return epochSecond == NONE ? Optional.empty() : Optional.of(LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC));
	}

	@Override
	public int size() {
		return size;
	}

	long count(PlannedRow.Outcome outcome) {
		return counts[outcome.ordinal()];
	}

	/** The rows that will be written, as attendance records built on demand. */
	List<Attendance> toWrite() {
		return new AbstractList<>() {
			@Override
			public Attendance get(int i) {
				return PlannedRows.this.get(writableIndex[i]).attendance().orElseThrow();
			}

			@Override
			public int size() {
				return writable;
			}
		};
	}

	List<PlannedRow> flagged() {
		return java.util.Collections.unmodifiableList(flaggedRows);
	}
}
