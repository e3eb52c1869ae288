package org.dangxiao.imports;

import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.dangxiao.model.Command;
import org.dangxiao.model.CommandException;
import org.dangxiao.model.Commands;
import org.dangxiao.model.Person;
import org.dangxiao.model.PersonId;
import org.dangxiao.model.WorkspaceView;
import org.dangxiao.model.audit.ImportBatch;
import org.dangxiao.model.audit.ImportBatchId;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.model.training.Attendance;
import org.dangxiao.model.training.ClassId;
import org.dangxiao.model.training.Course;
import org.dangxiao.model.training.CourseId;
import org.dangxiao.model.training.Enrollment;
import org.dangxiao.model.training.EnrollmentStatus;
import org.dangxiao.text.ChineseText;

/**
 * The preview of an import: every row with its outcome and reasons. The user may resolve the rows
 * that were not plainly accepted ({@link #resolve}): skip them, choose among people of the same
 * name, add an unknown person, or correct the cells; each resolved row is planned again through the
 * same rules. {@link #command} writes the accepted and warned rows, with the people added and the
 * import batch that says where they came from, as one command: one undo, one event, nothing written
 * if anything fails.
 */
public final class ImportPlan {
	private final String fileName;
	private final String sha256;
	private final ClassId classId;
	private final PlannedRows rows;
	/** Plans resolved rows again; holds the workspace and the class, not the first pass's state. */
	private final Planner planner;
	/** Each resolution's rows as they were before it, by position: what {@link #undo} puts back. */
	private final Deque<Map<Integer, PlannedRow>> undo = new ArrayDeque<>();
	/** The provisional id of the next person the plan adds: -1, -2, … (real ids are positive). */
	private long nextAdded = -1;

	ImportPlan(String fileName, String sha256, ClassId classId, PlannedRows rows, Planner planner) {
		this.fileName = fileName;
		this.sha256 = sha256;
		this.classId = classId;
		this.rows = rows;
		this.planner = planner;
	}

	public String fileName() {
		return fileName;
	}

	public String sha256() {
		return sha256;
	}

	public ClassId classId() {
		return classId;
	}

	/**
	 * Every row in file order, as resolved so far; a plainly accepted row is built when asked for, so
	 * ask for what you show. The list follows later resolutions.
	 */
	public List<PlannedRow> rows() {
		return java.util.Collections.unmodifiableList(rows);
	}

	public long count(PlannedRow.Outcome outcome) {
		return rows.count(outcome);
	}

	/** The outcome of the row at {@code index}, without building a plainly accepted row: for indexing 500,000 rows. */
	public PlannedRow.Outcome outcome(int index) {
		return rows.outcome(index);
	}

	/** The rows that will not be written: the rejected ones and those the user skipped, in file order. */
	public List<PlannedRow> rejected() {
		return rows.flagged().stream()
				.filter(r -> r.outcome() == PlannedRow.Outcome.REJECTED || r.outcome() == PlannedRow.Outcome.SKIPPED).toList();
	}

	/** The rows written with a warning (a name that differs, a damaged ID number, a blank counted as absent), in file order. */
	public List<PlannedRow> warned() {
		return rows.flagged().stream().filter(r -> r.outcome() == PlannedRow.Outcome.WARNING).toList();
	}

	/** The records the command writes, built one at a time as it writes them. */
	public List<Attendance> toWrite() {
		return rows.toWrite();
	}

	/** E.g. 接受 150 行，警告 6 行，拒绝 4 行 (and how many were skipped, when any were). */
	public String summary() {
		long skipped = count(PlannedRow.Outcome.SKIPPED);
		if (skipped > 0) {
			return Nls.bind(Messages.Plan_SUMMARY_SKIPPED, count(PlannedRow.Outcome.ACCEPTED), count(PlannedRow.Outcome.WARNING),
					count(PlannedRow.Outcome.REJECTED), skipped);
		}
		return Nls.bind(Messages.Plan_SUMMARY, count(PlannedRow.Outcome.ACCEPTED), count(PlannedRow.Outcome.WARNING),
				count(PlannedRow.Outcome.REJECTED));
	}

	/** The earlier import of a file with the same content, if any: importing it again would change nothing. */
	public Optional<ImportBatch> earlierImport(WorkspaceView workspace) {
		return workspace.list(ImportBatch.class).stream().filter(b -> b.sha256().equals(sha256)).findFirst();
	}

	/**
	 * How many of the records this plan writes replace attendance the workspace already holds for
	 * the same person and course (from another file, or typed in): committing keeps this file's and
	 * counts them in this import. Zero costs a query per course of the class.
	 */
	public int replacing(WorkspaceView workspace) {
		Map<CourseId, Set<PersonId>> stored = new HashMap<>();
		for (Course course : workspace.list(Course.class, classId)) {
			List<Attendance> there = workspace.list(Attendance.class, course.id());
			if (!there.isEmpty()) {
				stored.put(course.id(), there.stream().map(Attendance::person).collect(java.util.stream.Collectors.toSet()));
			}
		}
		if (stored.isEmpty()) {
			return 0;
		}
		return (int) toWrite().stream().filter(a -> stored.getOrDefault(a.course(), Set.of()).contains(a.person())).count();
	}

	// ---- resolving rows ---------------------------------------------------------------------

	/** What a resolution changed: the row it was made for, as it is now, and the positions of every row it changed. */
	public record Resolved(PlannedRow row, List<Integer> changed) {
		public Resolved {
			changed = List.copyOf(changed);
		}
	}

	/**
	 * Whether the row at {@code index} can be resolved: every row that was not plainly accepted.
	 * A plainly accepted row is written as it is.
	 */
	public boolean isResolvable(int index) {
		return rows.isFlagged(index);
	}

	/** Whether the row at {@code index} differs from how it was first planned. */
	public boolean isResolved(int index) {
		return rows.isFlagged(index) && rows.get(index) != rows.original(index);
	}

	/** The row at {@code index} as first planned, before any resolution. */
	public PlannedRow original(int index) {
		return rows.original(index);
	}

	/** The mapping of the sheet of a resolvable row: the headers its cells are read with. */
	public Optional<Mapping> mapping(int index) {
		if (!rows.isFlagged(index)) {
			return Optional.empty();
		}
		return Optional.ofNullable(rows.context(rows.original(index).sheet())).map(Planner.SheetContext::mapping);
	}

	/**
	 * The text of each mapped field of a resolvable row (for its half-day), as the row says now,
	 * corrections included: what a dialog about the row starts from (the 单位 to look for, the 职务).
	 */
	public Map<Field, String> values(int index) {
		Map<Field, String> out = new EnumMap<>(Field.class);
		if (!rows.isFlagged(index)) {
			return out;
		}
		PlannedRow now = rows.get(index);
		Planner.SheetContext sc = rows.context(now.sheet());
		SheetRow row = sheetRow(index, State.of(now.resolutions()).fix());
		for (Field f : sc.mapping().fields()) {
			out.put(f, Planner.text(sc, row, f, now.session()).strip());
		}
		return out;
	}

	/** Whether {@code id} is the provisional id of a person this plan adds; the command gives them a real one. */
	public static boolean isAdded(PersonId id) {
		return id.value() < 0;
	}

	/** The people the command adds (with provisional ids): those of the added people that a row to be written needs. */
	public List<Person> peopleToAdd() {
		Map<PersonId, Person> out = new LinkedHashMap<>();
		for (PlannedRow r : rows.flagged()) {
			if (r.attendance().isPresent() && r.personResolution().orElse(null) instanceof Resolution.AddPerson a) {
				out.putIfAbsent(a.draft().id(), a.draft());
			}
		}
		return List.copyOf(out.values());
	}

	/**
	 * Resolves the row at {@code index} and plans it again: the reasons, the outcome, the counts and
	 * what {@link #command} writes follow. A resolution adds to the ones before it (a correction and
	 * then a person); skipping is undone by any other resolution. Adding a person resolves every
	 * other row of the plan with the same unknown ID number, or the same name and no ID number, too.
	 * A correction of the cells goes to the row's other half-days too (a row of a two-row header is
	 * one record per half-day, read from the same cells). Rows rejected as duplicates of what a
	 * changed row wrote, or now writes, are checked again: the row they repeated may be gone.
	 *
	 * @throws ImportException with a sentence for the user when the resolution does not fit the row
	 *                         (a person who is not one of the row's candidates, an ID number already
	 *                         in the workspace); nothing changed then
	 */
	public Resolved resolve(int index, Resolution resolution) throws ImportException {
		PlannedRow now = resolvable(index);
		State state = State.of(now.resolutions());
		Map<Integer, PlannedRow> before = new LinkedHashMap<>();
		switch (resolution) {
		case Resolution.Skip s -> {
			if (state.skip()) {
				throw new ImportException(Nls.bind(Messages.Resolve_ALREADY_SKIPPED, where(now)));
			}
			apply(index, state.skipped(), before);
		}
		case Resolution.ChoosePerson c -> {
			PlannedRow asked = replan(index, state.withPerson(Optional.empty()).unskipped());
			if (!asked.reasons().contains(Reason.AMBIGUOUS_NAME)) {
				throw new ImportException(Nls.bind(Messages.Resolve_NOT_AMBIGUOUS, where(now)));
			}
			if (asked.candidates().stream().noneMatch(p -> p.id().equals(c.person()))) {
				String who = planner.person(c.person()).map(Person::name).orElse(String.valueOf(c.person().value()));
				throw new ImportException(Nls.bind(Messages.Resolve_NOT_A_CANDIDATE, where(now), who, asked.name()));
			}
			apply(index, state.withPerson(Optional.of(c)).unskipped(), before);
		}
		case Resolution.AddPerson a -> addPerson(index, now, state, a.draft(), before);
		case Resolution.Fix x -> {
			Optional<Resolution.Fix> fix = sameAsRead(index, x.cells()) ? Optional.empty() : Optional.of(x);
			State fixed = state.withFix(fix).unskipped();
			if (!samePerson(index, state, fixed)) {
				// the row now names someone else: the person chosen for the old text no longer answers it
				fixed = fixed.withPerson(Optional.empty());
			}
			apply(index, fixed, before);
			for (int j : halfDaysOf(index)) {
				State other = State.of(rows.get(j).resolutions());
				State otherFixed = other.withFix(fix);
				apply(j, samePerson(j, other, otherFixed) ? otherFixed : otherFixed.withPerson(Optional.empty()), before);
			}
		}
		}
		recheckDuplicates(before);
		undo.push(before);
		return new Resolved(rows.get(index), List.copyOf(before.keySet()));
	}

	/** The other resolvable records of the sheet row of {@code index}: its other half-days. */
	private List<Integer> halfDaysOf(int index) {
		PlannedRow r = rows.get(index);
		List<Integer> out = new ArrayList<>();
		if (r.session().isEmpty()) {
			return out;
		}
		for (int j : rows.flaggedPositions()) {
			PlannedRow o = rows.get(j);
			if (j != index && o.row() == r.row() && o.sheet().equals(r.sheet())) {
				out.add(j);
			}
		}
		return out;
	}

	/**
	 * Plans again the rows rejected as duplicates whose person and course a changed row wrote
	 * before or writes now, in file order, so that the first of them left is the one written.
	 */
	private void recheckDuplicates(Map<Integer, PlannedRow> before) {
		Set<Attendance.Key> keys = new java.util.HashSet<>();
		for (Map.Entry<Integer, PlannedRow> e : before.entrySet()) {
			for (PlannedRow r : List.of(e.getValue(), rows.get(e.getKey()))) {
				if (r.person().isPresent() && r.course().isPresent()) {
					keys.add(new Attendance.Key(r.person().get(), r.course().get()));
				}
			}
		}
		if (keys.isEmpty()) {
			return;
		}
		for (int j : rows.flaggedPositions()) {
			PlannedRow r = rows.get(j);
			if (!before.containsKey(j) && r.reasons().contains(Reason.DUPLICATE_ROW) && r.person().isPresent() && r.course().isPresent()
					&& keys.contains(new Attendance.Key(r.person().get(), r.course().get()))) {
				apply(j, State.of(r.resolutions()), before);
			}
		}
	}

	/** Puts the row at {@code index} back as it was first planned (undoable with {@link #undo}). */
	public Resolved restore(int index) throws ImportException {
		PlannedRow now = resolvable(index);
		PlannedRow original = rows.original(index);
		if (now == original) {
			return new Resolved(now, List.of());
		}
		Map<Integer, PlannedRow> before = new LinkedHashMap<>();
		before.put(index, now);
		rows.replace(index, original);
		undo.push(before);
		return new Resolved(original, List.of(index));
	}

	public boolean canUndo() {
		return !undo.isEmpty();
	}

	/** Takes back the latest resolution or restore; empty when there is none. */
	public Optional<Resolved> undo() {
		if (undo.isEmpty()) {
			return Optional.empty();
		}
		Map<Integer, PlannedRow> before = undo.pop();
		for (Map.Entry<Integer, PlannedRow> e : before.entrySet()) {
			rows.replace(e.getKey(), e.getValue());
		}
		int first = before.keySet().iterator().next();
		return Optional.of(new Resolved(rows.get(first), List.copyOf(before.keySet())));
	}

	private PlannedRow resolvable(int index) throws ImportException {
		if (index < 0 || index >= rows.size()) {
			throw new IndexOutOfBoundsException(index);
		}
		PlannedRow now = rows.get(index);
		if (!rows.isFlagged(index)) {
			throw new ImportException(Nls.bind(Messages.Resolve_NOTHING_TO_RESOLVE, where(now)));
		}
		return now;
	}

	private static String where(PlannedRow r) {
		return Nls.bind(Messages.Resolve_ROW, r.sheet(), r.row());
	}

	private void addPerson(int index, PlannedRow now, State state, Person draft, Map<Integer, PlannedRow> before) throws ImportException {
		PlannedRow asked = replan(index, state.withPerson(Optional.empty()).unskipped());
		if (!asked.reasons().contains(Reason.UNKNOWN_PERSON)) {
			throw new ImportException(Nls.bind(Messages.Resolve_NOT_UNKNOWN, where(now)));
		}
		Planner.SheetContext sc = rows.context(now.sheet());
		String written = Planner.citizenIdText(sc, sheetRow(index, state.fix()), now.session());
		String id = draft.citizenId().value();
		if (!written.isEmpty() && !written.equals(id)) {
			throw new ImportException(Nls.bind(Messages.Resolve_ID_DIFFERS, where(now), id, written));
		}
		WorkspaceView workspace = planner.workspace();
		Optional<Person> owner = workspace.personByCitizenId(draft.citizenId());
		if (owner.isPresent()) {
			throw new ImportException(Nls.bind(Messages.Resolve_ID_TAKEN, id, owner.get().name()));
		}
		if (!workspace.organizations().contains(draft.organization())) {
			throw new ImportException(Nls.bind(Messages.Resolve_NO_ORGANIZATION, draft.name()));
		}
		// the same person added for another row (the same ID number) keeps their provisional id
		Optional<PersonId> pending = pendingId(id);
		PersonId provisional;
		if (pending.isPresent()) {
			provisional = pending.get();
		} else {
			provisional = new PersonId(nextAdded--);
		}
		Person person = new Person(provisional, draft.name(), draft.gender(), draft.ethnicity(), draft.citizenId(), draft.organization(),
				draft.post(), draft.rank(), draft.categories());
		Resolution.AddPerson add = new Resolution.AddPerson(person);
		apply(index, state.withPerson(Optional.of(add)).unskipped(), before);
		String draftName = ChineseText.normalizeName(draft.name());
		for (int j : rows.flaggedPositions()) {
			if (j == index) {
				continue;
			}
			PlannedRow other = rows.get(j);
			State os = State.of(other.resolutions());
			boolean samePending = os.person().orElse(null) instanceof Resolution.AddPerson earlier && earlier.draft().id().equals(provisional);
			if (samePending) {
				apply(j, os.withPerson(Optional.of(add)), before);
			} else if (os.person().isEmpty() && !os.skip() && other.reasons().contains(Reason.UNKNOWN_PERSON)) {
				String otherId = Planner.citizenIdText(rows.context(other.sheet()), sheetRow(j, os.fix()), other.session());
				boolean same = otherId.isEmpty() ? !other.name().isEmpty() && (other.name().equals(asked.name()) || other.name().equals(draftName))
						: otherId.equals(id);
				if (same) {
					apply(j, os.withPerson(Optional.of(add)), before);
				}
			}
		}
	}

	private Optional<PersonId> pendingId(String citizenId) {
		for (PlannedRow r : rows.flagged()) {
			if (r.personResolution().orElse(null) instanceof Resolution.AddPerson a && a.draft().citizenId().value().equals(citizenId)) {
				return Optional.of(a.draft().id());
			}
		}
		return Optional.empty();
	}

	/** Plans the row at {@code index} again with {@code state} and puts it in the plan, remembering the row before. */
	private void apply(int index, State state, Map<Integer, PlannedRow> before) {
		PlannedRow now = rows.get(index);
		PlannedRow next = replan(index, state);
		PlannedRow original = rows.original(index);
		if (next.equals(original)) {
			next = original;
		}
		before.putIfAbsent(index, now);
		rows.replace(index, next);
	}

	private PlannedRow replan(int index, State state) {
		PlannedRow original = rows.original(index);
		PlannedRow now = rows.get(index);
		Planner.SheetContext sc = rows.context(original.sheet());
		Optional<Person> chosen = switch (state.person().orElse(null)) {
		case null -> Optional.empty();
		case Resolution.AddPerson a -> Optional.of(a.draft());
		case Resolution.ChoosePerson c -> candidate(now, original, c.person());
		default -> Optional.empty();
		};
		PlannedRow planned = planner.replan(sc, sheetRow(index, state.fix()), original.session(), chosen,
				id -> isAdded(id) || planner.context().roster().containsKey(id), key -> rows.writtenElsewhere(key, index));
		return new PlannedRow(planned.sheet(), planned.row(), planned.session(), planned.cells(), planned.person(), planned.name(),
				planned.course(), state.skip() ? Optional.empty() : planned.attendance(), planned.reasons(), planned.candidates(), state.list());
	}

	/** The chosen person: one of the row's candidates, else (the row was corrected since) as the workspace has them. */
	private Optional<Person> candidate(PlannedRow now, PlannedRow original, PersonId id) {
		for (PlannedRow r : List.of(now, original)) {
			for (Person p : r.candidates()) {
				if (p.id().equals(id)) {
					return Optional.of(p);
				}
			}
		}
		return planner.person(id);
	}

	/** The row's cells: as read, or as the user corrected them (a cell left as it was keeps its kind). */
	private SheetRow sheetRow(int index, Optional<Resolution.Fix> fix) {
		List<Cell> read = rows.cells(index);
		int number = rows.original(index).row();
		if (fix.isEmpty()) {
			return new SheetRow(number, read);
		}
		List<String> typed = fix.get().cells();
		List<Cell> cells = new ArrayList<>(typed.size());
		for (int i = 0; i < typed.size(); i++) {
			Cell was = i < read.size() ? read.get(i) : Cell.BLANK;
			String text = typed.get(i);
			cells.add(was.display().equals(text) ? was : Cell.text(text));
		}
		return new SheetRow(number, cells);
	}

	/** Whether {@code cells} say what the file said: no correction at all. */
	private boolean sameAsRead(int index, List<String> cells) {
		List<Cell> read = rows.cells(index);
		int width = Math.max(read.size(), cells.size());
		for (int i = 0; i < width; i++) {
			String was = i < read.size() ? read.get(i).display() : "";
			String is = i < cells.size() ? cells.get(i) : "";
			if (!was.equals(is)) {
				return false;
			}
		}
		return true;
	}

	/** Whether the name, ID number and organization cells read the same in both states. */
	private boolean samePerson(int index, State a, State b) {
		PlannedRow original = rows.original(index);
		Planner.SheetContext sc = rows.context(original.sheet());
		SheetRow ra = sheetRow(index, a.fix());
		SheetRow rb = sheetRow(index, b.fix());
		for (Field f : List.of(Field.NAME, Field.CITIZEN_ID, Field.ORGANIZATION)) {
			if (!Planner.text(sc, ra, f, original.session()).equals(Planner.text(sc, rb, f, original.session()))) {
				return false;
			}
		}
		return true;
	}

	/** A row's resolutions in the one order they apply in: a correction, a person, a skip. */
	private record State(Optional<Resolution.Fix> fix, Optional<Resolution> person, boolean skip) {
		static State of(List<Resolution> resolutions) {
			Optional<Resolution.Fix> fix = Optional.empty();
			Optional<Resolution> person = Optional.empty();
			boolean skip = false;
			for (Resolution r : resolutions) {
				switch (r) {
				case Resolution.Fix f -> fix = Optional.of(f);
				case Resolution.ChoosePerson c -> person = Optional.of(c);
				case Resolution.AddPerson a -> person = Optional.of(a);
				case Resolution.Skip s -> skip = true;
				}
			}
			return new State(fix, person, skip);
		}

		State withFix(Optional<Resolution.Fix> f) {
			return new State(f, person, skip);
		}

		State withPerson(Optional<? extends Resolution> p) {
			return new State(fix, p.map(Resolution.class::cast), skip);
		}

		State skipped() {
			return new State(fix, person, true);
		}

		State unskipped() {
			return new State(fix, person, false);
		}

		List<Resolution> list() {
			List<Resolution> out = new ArrayList<>(3);
			fix.ifPresent(out::add);
			person.ifPresent(out::add);
			if (skip) {
				out.add(new Resolution.Skip());
			}
			return out;
		}
	}

	// ---- committing -------------------------------------------------------------------------

	/**
	 * The command that commits this plan, in the name of {@code who}: the people added in the
	 * preview (each put on the class roster), the import batch, and the attendance, as the rows are
	 * when this is called.
	 */
	public Command command(String who) {
		return command(who, written -> {
		});
	}

	/** {@link #command(String)}, telling {@code written} as it runs how many attendance records are stored. */
	public Command command(String who, java.util.function.IntConsumer written) {
		List<Attendance> write = toWrite();
		List<Person> people = peopleToAdd();
		int accepted = (int) count(PlannedRow.Outcome.ACCEPTED);
		int warnings = (int) count(PlannedRow.Outcome.WARNING);
		int rejected = (int) (count(PlannedRow.Outcome.REJECTED) + count(PlannedRow.Outcome.SKIPPED));
		return Commands.of(Nls.bind(Messages.Plan_COMMAND, fileName, write.size()), c -> {
			Optional<ImportBatch> earlier = earlierImport(c);
			if (earlier.isPresent()) {
				throw new CommandException(Nls.bind(Messages.Plan_ALREADY_IMPORTED, fileName, earlier.get().fileName(),
						earlier.get().importedBy(), earlier.get().at()));
			}
			if (write.isEmpty()) {
				throw new CommandException(Nls.bind(Messages.Plan_NOTHING_TO_IMPORT, fileName));
			}
			// the people added in the preview first, with real ids: the attendance below refers to them
			Map<PersonId, PersonId> ids = new HashMap<>();
			for (Person p : people) {
				Optional<Person> owner = c.personByCitizenId(p.citizenId());
				if (owner.isPresent()) {
					throw new CommandException(Nls.bind(Messages.Plan_PERSON_EXISTS, p.name(), p.citizenId().value(), owner.get().name()));
				}
				if (!c.organizations().contains(p.organization())) {
					throw new CommandException(Nls.bind(Messages.Resolve_NO_ORGANIZATION, p.name()));
				}
				PersonId id = c.newPersonId();
				c.put(new Person(id, p.name(), p.gender(), p.ethnicity(), p.citizenId(), p.organization(), p.post(), p.rank(), p.categories()));
				c.put(new Enrollment(classId, id, EnrollmentStatus.ENROLLED));
				ids.put(p.id(), id);
			}
			ImportBatchId batch = new ImportBatchId(c.newId());
			c.put(new ImportBatch(batch, fileName, sha256, who, Instant.now(), accepted + warnings, rejected, warnings));
			int[] order = keyOrder(write, ids);
			// built row by row as the store writes them: the journal keeps this list, not 500,000 records
			c.putAll(new AbstractList<Attendance>() {
				@Override
				public Attendance get(int i) {
					Attendance a = write.get(order[i]);
					return new Attendance(ids.getOrDefault(a.person(), a.person()), a.course(), a.status(), a.signIn(), a.signOut(),
							Optional.of(batch));
				}

				@Override
				public int size() {
					return write.size();
				}
			}, written);
		});
	}

	/**
	 * The rows' positions in the order of attendance's key (person, course). A sheet lists one course
	 * after another, so in file order every course sweeps the whole key index again; in key order the
	 * index only grows at its end, and the database rewrites far fewer pages (./dx bench import).
	 */
	private static int[] keyOrder(List<Attendance> write, Map<PersonId, PersonId> ids) {
		long[] person = new long[write.size()];
		long[] course = new long[write.size()];
		for (int i = 0; i < person.length; i++) {
			Attendance a = write.get(i);
			person[i] = ids.getOrDefault(a.person(), a.person()).value();
			course[i] = a.course().value();
		}
		return java.util.stream.IntStream.range(0, person.length).boxed()
				.sorted(java.util.Comparator.<Integer>comparingLong(i -> person[i]).thenComparingLong(i -> course[i]))
				.mapToInt(Integer::intValue).toArray();
	}
}
