package org.dangxiao.training.record;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.dangxiao.model.Check;
import org.dangxiao.model.PersonId;
import org.dangxiao.model.training.ClassId;
import org.dangxiao.model.training.ClassMode;
import org.dangxiao.model.training.Enrollment;
import org.dangxiao.model.training.EnrollmentStatus;
import org.dangxiao.model.training.ProgramId;
import org.dangxiao.model.training.TrainingClass;
import org.dangxiao.model.training.TrainingProgram;

/**
 * A person's 个人培训档案: every class they were on the roster of, with what it earned them.
 *
 * <p>Entries of a 退训 (withdrawn) roster line are listed with what attendance earned, but their
 * 学时 and days count toward no total or requirement: withdrawal means the training is not
 * recognised.
 *
 * <p>A class counts in the year, and in any window, that holds its last day: a class from
 * 2024-12-28 to 2025-01-03 is 2025's, days of December included. The end date is when the
 * training is complete and certified, and no class is split between two years.
 *
 * @param entries sorted by start date, then end date, class name and class id
 */
public record TrainingRecord(PersonId person, List<Entry> entries) {
	private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::start).thenComparing(Entry::end)
			.thenComparing(Entry::className).thenComparing(Entry::classId);

	/** One class of the record. */
	public record Entry(ClassId classId, String className, String programName, LocalDate start, LocalDate end,
			ClassMode mode, EnrollmentStatus status, BigDecimal hours, SortedSet<LocalDate> attendedDates) {
		public Entry {
			Objects.requireNonNull(classId, "classId");
			Objects.requireNonNull(start, "start");
			Objects.requireNonNull(end, "end");
			Objects.requireNonNull(mode, "mode");
			Objects.requireNonNull(status, "status");
			className = Check.text(className, "className");
			programName = Check.text(programName, "programName");
			hours = Check.notNegative(hours, "hours");
			attendedDates = Collections.unmodifiableSortedSet(new TreeSet<>(attendedDates));
		}

		public int days() {
			return attendedDates.size();
		}

		/** The year the class counts in: the year of its last day. */
		public Year year() {
			return Year.from(end);
		}

		/** Whether its 学时 and days count toward totals and requirements; 退训 does not. */
		public boolean counts() {
			return status != EnrollmentStatus.WITHDRAWN;
		}
	}

	/** Days and 学时 summed over some entries; days are distinct dates, so overlapping classes are not counted twice. */
	public record Tally(int days, BigDecimal hours) {
		public Tally {
			Check.count(days, "days");
			hours = Check.notNegative(hours, "hours");
		}
	}

	public TrainingRecord {
		Objects.requireNonNull(person, "person");
		entries = entries.stream().sorted(ORDER).toList();
	}

	/**
	 * Joins a person's roster lines with their classes, programs and credits.
	 *
	 * @param enrollments the person's roster lines, all of them the person's own
	 * @param classes     at least the classes of the roster lines; others are ignored
	 * @param programs    at least the programs of those classes; others are ignored
	 * @param credits     exactly one per roster line, computed for this person
	 */
	public static TrainingRecord of(PersonId person, Collection<Enrollment> enrollments,
			Collection<TrainingClass> classes, Collection<TrainingProgram> programs, Collection<Credit> credits) {
		Map<ClassId, TrainingClass> classById = new HashMap<>();
		classes.forEach(c -> classById.put(c.id(), c));
		Map<ProgramId, TrainingProgram> programById = new HashMap<>();
		programs.forEach(p -> programById.put(p.id(), p));
		Map<ClassId, Credit> creditByClass = new HashMap<>();
		for (Credit c : credits) {
			if (!c.person().equals(person)) {
				throw new IllegalArgumentException("credit of " + c.person() + " given for " + person);
			}
			if (creditByClass.put(c.classId(), c) != null) {
				throw new IllegalArgumentException("two credits for " + c.classId());
			}
		}
		List<Entry> entries = new ArrayList<>();
		Set<ClassId> seen = new HashSet<>();
		for (Enrollment e : enrollments) {
			if (!e.person().equals(person)) {
				throw new IllegalArgumentException("roster line of " + e.person() + " given for " + person);
			}
			if (!seen.add(e.classId())) {
				throw new IllegalArgumentException("two roster lines of " + person + " in " + e.classId());
			}
			TrainingClass c = found(classById.get(e.classId()), e.classId());
			TrainingProgram p = found(programById.get(c.program()), c.program());
			// removed, not looked up: what is left afterwards is a credit without a roster line
			Credit credit = found(creditByClass.remove(c.id()), "credit of " + c.id());
			entries.add(new Entry(c.id(), c.name(), p.name(), c.start(), c.end(), c.mode(), e.status(), credit.hours(),
					credit.attendedDates()));
		}
		if (!creditByClass.isEmpty()) {
			throw new IllegalArgumentException("credits without a roster line: " + creditByClass.keySet());
		}
		return new TrainingRecord(person, entries);
	}

	private static <T> T found(T value, Object what) {
		if (value == null) {
			throw new IllegalArgumentException(what + " not given");
		}
		return value;
	}

	/**
	 * Days and 学时 of the counted entries of {@code modes} whose last day lies in
	 * {@code from}…{@code to}, both included. A class that began before {@code from} counts whole.
	 */
	public Tally tally(LocalDate from, LocalDate to, Set<ClassMode> modes) {
		Set<LocalDate> days = new TreeSet<>();
		BigDecimal hours = BigDecimal.ZERO;
		for (Entry e : entries) {
			if (e.counts() && modes.contains(e.mode()) && !e.end().isBefore(from) && !e.end().isAfter(to)) {
				days.addAll(e.attendedDates());
				hours = hours.add(e.hours());
			}
		}
		return new Tally(days.size(), hours);
	}

	/** Every mode's counted 学时 per calendar year (by each class's last day), for the years that have any entry. */
	public SortedMap<Year, BigDecimal> hoursByYear() {
		SortedMap<Year, BigDecimal> out = new TreeMap<>();
		byYear().forEach((y, t) -> out.put(y, t.hours()));
		return Collections.unmodifiableSortedMap(out);
	}

	/** Every mode's counted days per calendar year, like {@link #hoursByYear()}. */
	public SortedMap<Year, Integer> daysByYear() {
		SortedMap<Year, Integer> out = new TreeMap<>();
		byYear().forEach((y, t) -> out.put(y, t.days()));
		return Collections.unmodifiableSortedMap(out);
	}

	private SortedMap<Year, Tally> byYear() {
		SortedMap<Year, Tally> out = new TreeMap<>();
		Set<ClassMode> all = EnumSet.allOf(ClassMode.class);
		for (Entry e : entries) {
			Year y = e.year();
			out.computeIfAbsent(y, k -> tally(k.atDay(1), k.atMonth(12).atEndOfMonth(), all));
		}
		return out;
	}

	/**
	 * The record as rows for a spreadsheet: a header of column names, then one row per entry in
	 * record order. Cells are String, LocalDate or BigDecimal only, so the writer needs no
	 * knowledge of the model.
	 */
	public List<List<Object>> rows() {
		List<List<Object>> rows = new ArrayList<>();
		rows.add(List.of(Messages.Column_CLASS, Messages.Column_PROGRAM, Messages.Column_START, Messages.Column_END,
				Messages.Column_MODE, Messages.Column_STATUS, Messages.Column_HOURS, Messages.Column_DAYS));
		for (Entry e : entries) {
			rows.add(List.of(e.className(), e.programName(), e.start(), e.end(), e.mode().label(), e.status().label(),
					e.hours(), BigDecimal.valueOf(e.days())));
		}
		return List.copyOf(rows);
	}
}
