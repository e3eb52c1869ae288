package org.dangxiao.imports;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.dangxiao.model.Person;
import org.dangxiao.model.PersonId;
import org.dangxiao.model.WorkspaceView;
import org.dangxiao.model.training.Attendance;
import org.dangxiao.model.training.AttendanceStatus;
import org.dangxiao.model.training.Course;
import org.dangxiao.text.ChineseText;

/**
 * Turns the rows of mapped sheets into planned attendance: finds the person (a valid ID number
 * first, then the name, narrowed by the roster and the organization), the course, the times and
 * the status, and gives every row that is not plainly right its reasons. Rows are fed one at a
 * time, so a sheet of any length passes through; accepted rows keep only what will be written.
 */
public final class Planner {
	private final WorkspaceView workspace;
	private final ClassContext context;
	private final int year;
	private final PersonMatcher matcher;
	/** The first pass's record of what was planned so far; a plan's later resolutions compare with the rows themselves. */
	private final Set<Attendance.Key> seen;
	private final PlannedRows rows;
	/** Per header mapping (a sheet has one): computed once, not for each of 500,000 rows. */
	private final java.util.Map<Mapping, Set<Optional<Sessions>>> groups = new java.util.IdentityHashMap<>();

	public Planner(WorkspaceView workspace, ClassContext context) {
		this.workspace = workspace;
		this.context = context;
		this.year = context.trainingClass().start().getYear();
		this.seen = new HashSet<>();
		this.rows = new PlannedRows();
		this.matcher = new PersonMatcher(workspace, context.people());
	}

	/**
	 * The planner a plan keeps to plan its rows again when the user resolves them: the same workspace,
	 * class and roster, without what the first pass gathered for a big file (the set of every row
	 * planned, every person looked up): the few rows a user resolves ask the workspace again.
	 */
	private Planner(Planner from) {
		this.workspace = from.workspace;
		this.context = from.context;
		this.year = from.year;
		this.seen = Set.of();
		this.rows = from.rows;
		this.matcher = from.matcher.forgetLookups();
	}

	/**
	 * What the sheet tells about every row: its name, the day named in its name or title rows and
	 * the half-day its name ends with (a sheet 3月5日下午), with the mapping's columns of each field
	 * looked up once, not for every cell of every row.
	 */
	public record SheetContext(String sheet, Mapping mapping, Optional<LocalDate> day, Optional<Sessions> session,
			Map<Field, List<Mapping.Column>> columns) {
		public SheetContext(String sheet, Mapping mapping, Optional<LocalDate> day, Optional<Sessions> session) {
			this(sheet, mapping, day, session, byField(mapping));
		}

		private static Map<Field, List<Mapping.Column>> byField(Mapping mapping) {
			Map<Field, List<Mapping.Column>> out = new java.util.EnumMap<>(Field.class);
			for (Field f : Field.values()) {
				out.put(f, mapping.columns(f));
			}
			return java.util.Collections.unmodifiableMap(out);
		}

		List<Mapping.Column> columns(Field field) {
			return columns.get(field);
		}
	}

	public static SheetContext sheetContext(String sheet, Mapping mapping, List<SheetRow> titleRows, int year) {
		Optional<LocalDate> day = DateTexts.dayIn(sheet, year);
		for (SheetRow r : titleRows) {
			if (day.isPresent()) {
				break;
			}
			for (Cell c : r.cells()) {
				day = day.or(() -> DateTexts.dayIn(c.display(), year));
			}
		}
		return new SheetContext(sheet, mapping, day, Sessions.of(sheet));
	}

	/** Plans one data row: one planned row per half-day group of the header, or one when there are none. */
	public void add(SheetContext sheet, SheetRow row) {
		if (row.isBlank() || isRepeatedHeader(sheet.mapping(), row) || isFooter(row)) {
			return;
		}
		row = withDateCarriedDown(sheet, row);
		for (Optional<Sessions> session : groups.computeIfAbsent(sheet.mapping(), Planner::sessionGroups)) {
			rows.append(plan(sheet, row, session, Optional.empty(), id -> context.roster().containsKey(id), k -> !seen.add(k), false), sheet,
					row.cells());
		}
	}

	/** The half-day groups of a header (sign-in, sign-out and status columns per session), or one when there are none. */
	private static Set<Optional<Sessions>> sessionGroups(Mapping m) {
		Set<Optional<Sessions>> groups = new java.util.LinkedHashSet<>();
		for (Mapping.Column c : m.columns()) {
			if (c.field().filter(f -> f == Field.SIGN_IN || f == Field.SIGN_OUT || f == Field.STATUS).isPresent()) {
				groups.add(c.session());
			}
		}
		if (groups.isEmpty()) {
			groups.add(Optional.empty());
		}
		return groups;
	}

	/** Words a sheet's closing lines start with: 合计 56 人, 制表人：…, 备注：…, 打印日期 …. */
	private static final java.util.regex.Pattern FOOTER = java.util.regex.Pattern
			.compile("合计|总计|小计|共计|制表|填表|审核|统计人|负责人|备注[:：]|注[:：]|说明[:：]|打印日期|打印时间|导出时间");

	/**
	 * A sheet's closing line (合计, 制表人：…) is no attendance: its first filled cell starts with
	 * such a word, and it names nobody by an ID number.
	 */
	static boolean isFooter(SheetRow row) {
		for (Cell c : row.cells()) {
			if (!c.isBlank()) {
				// lookingAt: a row's first cell is compared at its start only, which fails at once for a name or a number
				return c instanceof Cell.Text t && FOOTER.matcher(ChineseText.normalizeName(t.value())).lookingAt();
			}
		}
		return false;
	}

	/** The date cell of the row before, on this sheet: class heads fill a day's date in its first row only, or merge it down. */
	private SheetContext dateSheet;
	private Cell lastDate = Cell.BLANK;

	private SheetRow withDateCarriedDown(SheetContext sheet, SheetRow row) {
		List<Mapping.Column> dates = sheet.columns(Field.DATE);
		if (dates.size() != 1) {
			return row;
		}
		int at = dates.get(0).index();
		if (sheet != dateSheet) {
			dateSheet = sheet;
			lastDate = Cell.BLANK;
		}
		if (!row.cell(at).isBlank()) {
			lastDate = row.cell(at);
			return row;
		}
		if (lastDate.isBlank()) {
			return row;
		}
		List<Cell> cells = new ArrayList<>(row.cells());
		while (cells.size() <= at) {
			cells.add(Cell.BLANK);
		}
		cells.set(at, lastDate);
		return new SheetRow(row.number(), cells);
	}

	/** Long sheets printed on paper repeat the header on every page; such a row is no data. */
	static boolean isRepeatedHeader(Mapping m, SheetRow row) {
		int same = 0;
		for (Mapping.Column c : m.columns()) {
			if (c.field().isPresent() && row.cell(c.index()) instanceof Cell.Text t && repeats(c.header(), t.value()) && ++same >= 2) {
				return true;
			}
		}
		return false;
	}

	/** Whether a cell, spaces aside, is the end of its column's header: compared in place, as it runs for every cell. */
	private static boolean repeats(String header, String value) {
		int from = 0;
		int to = value.length();
		while (from < to && Character.isWhitespace(value.charAt(from))) {
			from++;
		}
		while (to > from && Character.isWhitespace(value.charAt(to - 1))) {
			to--;
		}
		int length = to - from;
		return length > 0 && length <= header.length() && header.regionMatches(header.length() - length, value, from, length);
	}

	static Cell cell(SheetContext sheet, SheetRow row, Field field, Optional<Sessions> session) {
		for (Mapping.Column c : sheet.columns(field)) {
			if (c.session().isEmpty() || c.session().equals(session)) {
				return row.cell(c.index());
			}
		}
		return Cell.BLANK;
	}

	/**
	 * Plans a row of a finished plan again, as the user resolved it: {@code chosen} is the person the
	 * user chose or added (empty: find them as the first pass did); {@code onRoster} says who is on
	 * the class roster (people the plan adds are put on it); {@code writtenElsewhere} says whether
	 * another row of the plan writes the same person and course. The row keeps its cells.
	 */
	PlannedRow replan(SheetContext sheet, SheetRow row, Optional<Sessions> session, Optional<Person> chosen, Predicate<PersonId> onRoster,
			Predicate<Attendance.Key> writtenElsewhere) {
		return plan(sheet, row, session, chosen, onRoster, writtenElsewhere, true);
	}

	/** The text of the row's cell of {@code field} for {@code session}, as shown; empty when blank or unmapped. */
	static String text(SheetContext sheet, SheetRow row, Field field, Optional<Sessions> session) {
		return cell(sheet, row, field, session).display();
	}

	/**
	 * The row's ID number folded as the first pass compares it (half-width, no blanks, upper case);
	 * empty when the cell is blank, and "#" for a number cell, which is no ID number anyone can match.
	 */
	static String citizenIdText(SheetContext sheet, SheetRow row, Optional<Sessions> session) {
		Cell c = cell(sheet, row, Field.CITIZEN_ID, session);
		if (c instanceof Cell.Number) {
			return "#";
		}
		return ChineseText.normalizeName(c.display()).toUpperCase(java.util.Locale.ROOT);
	}

	/** A person of the workspace, as the planner sees it. */
	Optional<Person> person(PersonId id) {
		return workspace.person(id);
	}

	WorkspaceView workspace() {
		return workspace;
	}

	ClassContext context() {
		return context;
	}

	private PlannedRow plan(SheetContext sheet, SheetRow row, Optional<Sessions> group, Optional<Person> chosen, Predicate<PersonId> onRoster,
			Predicate<Attendance.Key> duplicate, boolean keepCells) {
		// the half-day of the header's column group, else the row's own 上下午 cell, else the sheet's name
		Optional<Sessions> session = group.isPresent() ? group
				: Sessions.of(cell(sheet, row, Field.HALF_DAY, group).display()).or(sheet::session);
		Set<Reason> reasons = EnumSet.noneOf(Reason.class);
		List<Person> candidates = new ArrayList<>();
		String name = ChineseText.normalizeName(cell(sheet, row, Field.NAME, session).display());
		String organization = ChineseText.normalizeName(cell(sheet, row, Field.ORGANIZATION, session).display());
		Optional<Person> person = matcher.match(name, organization, cell(sheet, row, Field.CITIZEN_ID, session), reasons, candidates);
		if (chosen.isPresent()) {
			// the user answered the question the row asked: who it is
			reasons.remove(Reason.AMBIGUOUS_NAME);
			reasons.remove(Reason.UNKNOWN_PERSON);
			reasons.remove(Reason.SHARED_NAME);
			person = chosen;
		}

		Optional<LocalDate> day = moment(cell(sheet, row, Field.DATE, session)).flatMap(DateTexts.Moment::date).or(sheet::day);
		Cell signInCell = sheet.columns(Field.SIGN_IN).isEmpty() ? cell(sheet, row, Field.SUBMITTED, session) // a form's 提交时间
				: cell(sheet, row, Field.SIGN_IN, session);
		// a 签到 column of ticks and words (√, 请假) says the status, not a time
		Optional<AttendanceStatus> statusInSignIn = signInCell instanceof Cell.Text t ? StatusWords.of(t.value()) : Optional.empty();
		if (statusInSignIn.isPresent()) {
			signInCell = Cell.BLANK;
		}
		Optional<LocalDateTime> signIn = time(signInCell, day, reasons);
		Optional<LocalDateTime> signOut = time(cell(sheet, row, Field.SIGN_OUT, session), day.or(() -> signIn.map(LocalDateTime::toLocalDate)),
				reasons);
		if (day.isEmpty()) {
			day = signIn.map(LocalDateTime::toLocalDate);
		}
		Cell courseCell = cell(sheet, row, Field.COURSE, session);
		Optional<Course> course = context.course(courseCell.isBlank() ? Optional.empty() : Optional.of(courseCell.display()), day, session,
				signIn);
		if (course.isEmpty()) {
			reasons.add(Reason.NO_COURSE);
		}
		if (signIn.isPresent() && !context.contains(signIn.get()) || signOut.isPresent() && !context.contains(signOut.get())
				|| day.isPresent() && !context.contains(day.get().atStartOfDay())) {
			reasons.add(Reason.OUTSIDE_CLASS_DATES);
		}
		Cell statusCell = cell(sheet, row, Field.STATUS, session);
		// no status column filled: a tick or word in the 签到 column, else on a row without a time a 备注 of 请假 or 病假
		Optional<AttendanceStatus> unwritten = !statusCell.isBlank() ? Optional.empty()
				: statusInSignIn.or(() -> signIn.isPresent() ? Optional.empty() : StatusWords.of(cell(sheet, row, Field.NOTE, session).display()));
		Optional<AttendanceStatus> status = unwritten.isPresent() ? unwritten : status(statusCell, signIn, reasons);
		if (person.isPresent() && !onRoster.test(person.get().id())) {
			reasons.add(Reason.NOT_ENROLLED);
		}
		Optional<Attendance> attendance = Optional.empty();
		if (person.isPresent() && course.isPresent() && status.isPresent()
				&& !(signIn.isPresent() && signOut.isPresent() && signOut.get().isBefore(signIn.get()))) {
			attendance = Optional.of(new Attendance(person.get().id(), course.get().id(), status.get(), signIn, signOut, Optional.empty()));
			if (!rejects(reasons) && duplicate.test(attendance.get().key())) {
				reasons.add(Reason.DUPLICATE_ROW);
			}
		} else if (person.isPresent() && course.isPresent() && status.isPresent()) {
			reasons.add(Reason.BAD_TIME);
		}
		boolean rejected = attendance.isEmpty() || rejects(reasons);
		return new PlannedRow(sheet.sheet(), row.number(), session,
				keepCells || rejected || !reasons.isEmpty() ? row.cells().stream().map(Cell::display).toList() : List.of(),
				person.map(Person::id), name, course.map(Course::id), rejected ? Optional.empty() : attendance, reasons, candidates);
	}

	private static boolean rejects(Set<Reason> reasons) {
		for (Reason r : reasons) {
			if (r.rejects()) {
				return true;
			}
		}
		return false;
	}

	private Optional<DateTexts.Moment> moment(Cell c) {
		return switch (c) {
		case Cell.DateTime d -> Optional.of(DateTexts.moment(d.value()));
		case Cell.Number n when n.value() >= 0 && n.value() < 1 -> Optional.of(new DateTexts.Moment(Optional.empty(),
				Optional.of(LocalTime.ofSecondOfDay(Math.round(n.value() * 86_400) % 86_400))));
		case Cell.Number n -> DateTexts.serial(n.value()).map(DateTexts::moment);
		case Cell.Text t -> DateTexts.parse(t.value(), year);
		case Cell.Blank b -> Optional.empty();
		};
	}

	private Optional<LocalDateTime> time(Cell c, Optional<LocalDate> day, Set<Reason> reasons) {
		if (c.isBlank()) {
			return Optional.empty();
		}
		Optional<DateTexts.Moment> m = moment(c);
		Optional<LocalDateTime> t = m.flatMap(x -> x.time().isEmpty() ? Optional.empty()
				: x.date().or(() -> day).map(d -> LocalDateTime.of(d, x.time().get())));
		if (t.isEmpty()) {
			reasons.add(Reason.BAD_TIME);
		}
		return t;
	}

	private Optional<AttendanceStatus> status(Cell c, Optional<LocalDateTime> signIn, Set<Reason> reasons) {
		if (c.isBlank()) {
			if (signIn.isPresent()) {
				return Optional.of(AttendanceStatus.PRESENT);
			}
			reasons.add(Reason.BLANK_AS_ABSENT);
			return Optional.of(AttendanceStatus.ABSENT);
		}
		Optional<AttendanceStatus> s = StatusWords.of(c.display());
		if (s.isEmpty()) {
			reasons.add(Reason.UNKNOWN_STATUS);
		}
		return s;
	}

	/** The plan of everything added so far. */
	public ImportPlan plan(String fileName, String sha256) {
		return new ImportPlan(fileName, sha256, context.trainingClass().id(), rows, new Planner(this));
	}
}
