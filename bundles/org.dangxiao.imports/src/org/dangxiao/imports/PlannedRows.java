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
 * as columns of numbers (about 50 bytes a row instead of several hundred), the others as objects,
 * with the cells they were read from so that the user can resolve them ({@link ImportPlan#resolve}).
 * {@link #get} builds the row on demand, so a preview table of 500,000 rows costs what it shows.
 */
final class PlannedRows extends AbstractList<PlannedRow> {
	private static final long NONE = Long.MIN_VALUE;
	private static final Sessions[] SESSIONS = Sessions.values();
	private static final AttendanceStatus[] STATUSES = AttendanceStatus.values();

	private final List<String> sheetNames = new ArrayList<>();
	private final Map<String, String> names = new HashMap<>();
	/** The flagged rows as first planned. */
	private final List<PlannedRow> flaggedRows = new ArrayList<>();
	/** The cells each flagged row was planned from: what a resolution plans it from again. */
	private final List<List<Cell>> flaggedCells = new ArrayList<>();
	/** The sheets' contexts by name, for planning flagged rows again. */
	private final Map<String, Planner.SheetContext> contexts = new HashMap<>();
	/** The flagged rows as resolved, by index into {@link #flaggedRows}; absent while a row is as planned. */
	private final Map<Integer, PlannedRow> resolved = new HashMap<>();
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
	/** The position of each flagged row, by index into {@link #flaggedRows}. */
	private int[] flaggedAt = new int[64];
	private int writable;
	private int[] writableIndex = new int[1024];
	private final long[] counts = new long[PlannedRow.Outcome.values().length];

	void append(PlannedRow r, Planner.SheetContext context, List<Cell> cells) {
		if (size == row.length) {
			grow(size * 2);
		}
		if (r.attendance().isPresent()) {
			writableIndex[writable++] = size;
		}
		counts[r.outcome().ordinal()]++;
		if (r.outcome() != PlannedRow.Outcome.ACCEPTED || !r.candidates().isEmpty()) {
			int f = flaggedRows.size();
			if (f == flaggedAt.length) {
				flaggedAt = Arrays.copyOf(flaggedAt, f * 2);
			}
			flaggedAt[f] = size;
			flagged[size++] = f;
			flaggedRows.add(r);
			flaggedCells.add(cells);
			contexts.putIfAbsent(r.sheet(), context);
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
		check(i);
		if (flagged[i] >= 0) {
			return current(flagged[i]);
		}
		Attendance a = attendance(i);
		return new PlannedRow(sheetNames.get(sheet[i]), row[i], session[i] < 0 ? Optional.empty() : Optional.of(SESSIONS[session[i]]),
				List.of(), Optional.of(a.person()), name[i], Optional.of(a.course()), Optional.of(a), Set.of(), List.of());
	}

	private void check(int i) {
		if (i < 0 || i >= size) {
			throw new IndexOutOfBoundsException(i);
		}
	}

	/** The record a plainly accepted row writes, from the columns. */
	private Attendance attendance(int i) {
		return new Attendance(new PersonId(person[i]), new CourseId(course[i]), STATUSES[status[i]], time(signIn[i]), time(signOut[i]),
				Optional.empty());
	}

	private PlannedRow current(int f) {
		PlannedRow r = resolved.get(f);
		return r != null ? r : flaggedRows.get(f);
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

	/** The outcome of row {@code i}, without building a plainly accepted row. */
	PlannedRow.Outcome outcome(int i) {
		check(i);
		return flagged[i] < 0 ? PlannedRow.Outcome.ACCEPTED : current(flagged[i]).outcome();
	}

	/** Whether row {@code i} is kept as an object, so the user can resolve it. */
	boolean isFlagged(int i) {
		check(i);
		return flagged[i] >= 0;
	}

	/** A flagged row as first planned. */
	PlannedRow original(int i) {
		check(i);
		if (flagged[i] < 0) {
			return get(i);
		}
		return flaggedRows.get(flagged[i]);
	}

	/** The cells a flagged row was read from. */
	List<Cell> cells(int i) {
		check(i);
		return flagged[i] < 0 ? List.of() : flaggedCells.get(flagged[i]);
	}

	Planner.SheetContext context(String sheetName) {
		return contexts.get(sheetName);
	}

	/** Replaces flagged row {@code i} with {@code now}; the row as first planned brings it back. */
	void replace(int i, PlannedRow now) {
		check(i);
		int f = flagged[i];
		if (f < 0) {
			throw new IllegalArgumentException("row " + i + " was accepted as it was and cannot be replaced");
		}
		PlannedRow before = current(f);
		counts[before.outcome().ordinal()]--;
		counts[now.outcome().ordinal()]++;
		if (now == flaggedRows.get(f)) {
			resolved.remove(f);
		} else {
			resolved.put(f, now);
		}
	}

	/** The positions of the flagged rows, in file order. */
	int[] flaggedPositions() {
		return Arrays.copyOf(flaggedAt, flaggedRows.size());
	}

	/** Whether a row other than {@code except} writes the same person and course as {@code key}. */
	boolean writtenElsewhere(Attendance.Key key, int except) {
		long p = key.person().value();
		long c = key.course().value();
		for (int i = 0; i < size; i++) {
			if (i == except) {
				continue;
			}
			if (flagged[i] < 0) {
				if (person[i] == p && course[i] == c) {
					return true;
				}
			} else {
				Optional<Attendance> a = current(flagged[i]).attendance();
				if (a.isPresent() && a.get().key().equals(key)) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * The rows that will be written, as attendance records built on demand. The list is taken as the
	 * rows are now: resolving rows afterwards does not change it (a command keeps it for redo).
	 */
	List<Attendance> toWrite() {
		int[] flaggedNow = flagged;
		PlannedRow[] rowsNow = new PlannedRow[flaggedRows.size()];
		for (int f = 0; f < rowsNow.length; f++) {
			rowsNow[f] = current(f);
		}
		int[] order;
		int count;
		if (resolved.isEmpty()) {
			order = writableIndex;
			count = writable;
		} else {
			order = new int[size];
			count = 0;
			for (int i = 0; i < size; i++) {
				if (flaggedNow[i] < 0 || rowsNow[flaggedNow[i]].attendance().isPresent()) {
					order[count++] = i;
				}
			}
		}
		int n = count;
		return new AbstractList<>() {
			@Override
			public Attendance get(int k) {
				if (k < 0 || k >= n) {
					throw new IndexOutOfBoundsException(k);
				}
				int i = order[k];
				return flaggedNow[i] < 0 ? attendance(i) : rowsNow[flaggedNow[i]].attendance().orElseThrow();
			}

			@Override
			public int size() {
				return n;
			}
		};
	}

	/** The flagged rows as they are now (resolved or as planned), in file order. */
	List<PlannedRow> flagged() {
		List<PlannedRow> out = new ArrayList<>(flaggedRows.size());
		for (int f = 0; f < flaggedRows.size(); f++) {
			out.add(current(f));
		}
		return out;
	}
}
