package org.dangxiao.store;

import static org.dangxiao.store.Table.Kind.DATE;
import static org.dangxiao.store.Table.Kind.DECIMAL;
import static org.dangxiao.store.Table.Kind.INT;
import static org.dangxiao.store.Table.Kind.LONG;
import static org.dangxiao.store.Table.Kind.TEXT;
import static org.dangxiao.store.Table.Kind.TIMESTAMP;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dangxiao.model.OrgId;
import org.dangxiao.model.OrgType;
import org.dangxiao.model.PersonId;
import org.dangxiao.model.Setting;
import org.dangxiao.model.audit.ImportBatch;
import org.dangxiao.model.audit.ImportBatchId;
import org.dangxiao.model.people.PersonStatus;
import org.dangxiao.model.people.StatusPeriod;
import org.dangxiao.model.rules.FrequencyRule;
import org.dangxiao.model.rules.FrequencyRules;
import org.dangxiao.model.study.AgendaItem;
import org.dangxiao.model.study.Attendee;
import org.dangxiao.model.study.FollowUpAction;
import org.dangxiao.model.study.FollowUpId;
import org.dangxiao.model.study.FollowUpStatus;
import org.dangxiao.model.study.MaterialId;
import org.dangxiao.model.study.MaterialKind;
import org.dangxiao.model.study.Meeting;
import org.dangxiao.model.study.PlannedMeeting;
import org.dangxiao.model.study.PlannedMeetingId;
import org.dangxiao.model.study.MeetingId;
import org.dangxiao.model.study.MeetingType;
import org.dangxiao.model.study.PlannedTopic;
import org.dangxiao.model.study.StudyForm;
import org.dangxiao.model.study.StudyMaterial;
import org.dangxiao.model.study.StudyPlan;
import org.dangxiao.model.study.StudyPlanId;
import org.dangxiao.model.training.Attendance;
import org.dangxiao.model.training.AttendanceStatus;
import org.dangxiao.model.training.ClassId;
import org.dangxiao.model.training.ClassMode;
import org.dangxiao.model.training.ConversionTableId;
import org.dangxiao.model.training.Course;
import org.dangxiao.model.training.CourseId;
import org.dangxiao.model.training.Enrollment;
import org.dangxiao.model.training.EnrollmentStatus;
import org.dangxiao.model.training.HoursConversionTable;
import org.dangxiao.model.training.ProgramId;
import org.dangxiao.model.training.TargetRule;
import org.dangxiao.model.training.TrainingClass;
import org.dangxiao.model.training.TrainingProgram;

/**
 * The tables of every record type other than organizations and people (which have their own,
 * older code in {@link JdbcWorkspace} and {@link Queries}), in the order of {@link org.dangxiao.model.Records#types()}.
 */
final class Tables {
	private Tables() {
	}

	/** The JDBC value of a model value: ids become their number, enums their name, Optional its content or null. */
	static Object jdbc(Object v) {
		return switch (v) {
		case null -> null;
		case Optional<?> o -> jdbc(o.orElse(null));
		case Enum<?> e -> e.name();
		case OrgId id -> id.value();
		case PersonId id -> id.value();
		case ProgramId id -> id.value();
		case ClassId id -> id.value();
		case CourseId id -> id.value();
		case ConversionTableId id -> id.value();
		case ImportBatchId id -> id.value();
		case MaterialId id -> id.value();
		case MeetingId id -> id.value();
		case PlannedMeetingId id -> id.value();
		case FollowUpId id -> id.value();
		case StudyPlanId id -> id.value();
		default -> v;
		};
	}

	private static <V> Table.Column<V> col(String name, Table.Kind kind, Function<V, Object> get) {
		return new Table.Column<>(name, kind, v -> jdbc(get.apply(v)));
	}

	private static Function<Object, Object[]> single() {
		return key -> new Object[] { jdbc(key) };
	}

	private static String lines(List<List<String>> items) {
		return TextLists.join(items);
	}

	private static <E extends Enum<E>> Set<E> enums(Class<E> type, String joined) {
		return joined.isEmpty() ? Set.of()
				: Arrays.stream(joined.split(",")).map(s -> Enum.valueOf(type, s)).collect(Collectors.toUnmodifiableSet());
	}

	private static String names(Set<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
	}

	/** A set of free-text names, one per line: sorted, so equal sets are equal text. */
	private static String textSet(Set<String> values) {
		return lines(values.stream().sorted().map(List::of).toList());
	}

	private static Set<String> textSet(String text) {
		return TextLists.split(text, 1).stream().map(l -> l.get(0)).collect(Collectors.toUnmodifiableSet());
	}

	static final Table<StatusPeriod> STATUS_PERIOD = new Table<>(StatusPeriod.class, "status_period",
			List.of(col("person_id", LONG, StatusPeriod::person), col("from_date", DATE, StatusPeriod::from)), key -> {
				StatusPeriod.Key k = (StatusPeriod.Key) key;
				return new Object[] { k.person().value(), k.from() };
			}, List.of(col("status", TEXT, StatusPeriod::status), col("to_date", DATE, StatusPeriod::to)),
			r -> new StatusPeriod(new PersonId(r.id("person_id")), PersonStatus.valueOf(r.text("status")), r.date("from_date"),
					r.optionalDate("to_date")),
			Map.of(PersonId.class, "person_id"));

	static final Table<HoursConversionTable> CONVERSION_TABLE = new Table<>(HoursConversionTable.class, "conversion_table",
			List.of(col("id", LONG, HoursConversionTable::id)), single(),
			List.of(col("name", TEXT, HoursConversionTable::name), col("per_full_day", DECIMAL, HoursConversionTable::perFullDay),
					col("per_half_day", DECIMAL, HoursConversionTable::perHalfDay),
					col("per_course_hour", DECIMAL, HoursConversionTable::perCourseHour),
					col("per_study_session", DECIMAL, HoursConversionTable::perStudySession),
					col("online", TEXT, t -> lines(t.online().stream()
							.map(o -> List.of(String.valueOf(o.minMinutes()), o.hours().toPlainString())).toList()))),
			r -> new HoursConversionTable(new ConversionTableId(r.id("id")), r.text("name"), r.decimal("per_full_day"),
					r.decimal("per_half_day"), r.decimal("per_course_hour"), r.decimal("per_study_session"),
					r.lists("online", 2).stream()
							.map(l -> new HoursConversionTable.OnlineThreshold(Integer.parseInt(l.get(0)), new BigDecimal(l.get(1))))
							.toList()),
			Map.of());

	static final Table<TrainingProgram> PROGRAM = new Table<>(TrainingProgram.class, "training_program",
			List.of(col("id", LONG, TrainingProgram::id)), single(),
			List.of(col("name", TEXT, TrainingProgram::name), col("program_year", INT, TrainingProgram::year),
					col("deadline", DATE, TrainingProgram::deadline), col("required_hours", DECIMAL, TrainingProgram::requiredHours),
					col("target_categories", TEXT, p -> textSet(p.target().categories())),
					col("target_org", LONG, p -> p.target().subtree()), col("target_ranks", TEXT, p -> textSet(p.target().ranks())),
					col("appointed_from", DATE, p -> p.target().appointedFrom()),
					col("appointed_to", DATE, p -> p.target().appointedTo()),
					col("conversion_table", LONG, TrainingProgram::conversionTable)),
			r -> new TrainingProgram(new ProgramId(r.id("id")), r.text("name"), r.integer("program_year"),
					new TargetRule(textSet(r.text("target_categories")), r.optionalId("target_org").map(OrgId::new),
							textSet(r.text("target_ranks")), r.optionalDate("appointed_from"), r.optionalDate("appointed_to")),
					r.date("deadline"), r.decimal("required_hours"), r.optionalId("conversion_table").map(ConversionTableId::new)),
			Map.of(ConversionTableId.class, "conversion_table"));

	static final Table<TrainingClass> CLASS = new Table<>(TrainingClass.class, "training_class",
			List.of(col("id", LONG, TrainingClass::id)), single(),
			List.of(col("program_id", LONG, TrainingClass::program), col("name", TEXT, TrainingClass::name),
					col("start_date", DATE, TrainingClass::start), col("end_date", DATE, TrainingClass::end),
					col("place", TEXT, TrainingClass::place), col("mode", TEXT, TrainingClass::mode),
					col("capacity", INT, TrainingClass::capacity), col("head_teacher", LONG, TrainingClass::headTeacher)),
			r -> new TrainingClass(new ClassId(r.id("id")), new ProgramId(r.id("program_id")), r.text("name"), r.date("start_date"),
					r.date("end_date"), r.text("place"), ClassMode.valueOf(r.text("mode")), r.integer("capacity"),
					r.optionalId("head_teacher").map(PersonId::new)),
			Map.of(ProgramId.class, "program_id", PersonId.class, "head_teacher"));

	static final Table<Course> COURSE = new Table<>(Course.class, "course", List.of(col("id", LONG, Course::id)), single(),
			List.of(col("class_id", LONG, Course::classId), col("title", TEXT, Course::title), col("teacher", TEXT, Course::teacher),
					col("starts_at", TIMESTAMP, Course::start), col("ends_at", TIMESTAMP, Course::end),
					col("hours", DECIMAL, Course::hours)),
			r -> new Course(new CourseId(r.id("id")), new ClassId(r.id("class_id")), r.text("title"), r.text("teacher"),
					r.time("starts_at"), r.time("ends_at"), r.decimal("hours")),
			Map.of(ClassId.class, "class_id"));

	static final Table<Enrollment> ENROLLMENT = new Table<>(Enrollment.class, "enrollment",
			List.of(col("class_id", LONG, Enrollment::classId), col("person_id", LONG, Enrollment::person)), key -> {
				Enrollment.Key k = (Enrollment.Key) key;
				return new Object[] { k.classId().value(), k.person().value() };
			}, List.of(col("status", TEXT, Enrollment::status)),
			r -> new Enrollment(new ClassId(r.id("class_id")), new PersonId(r.id("person_id")),
					EnrollmentStatus.valueOf(r.text("status"))),
			Map.of(ClassId.class, "class_id", PersonId.class, "person_id"));

	static final Table<ImportBatch> IMPORT_BATCH = new Table<>(ImportBatch.class, "import_batch",
			List.of(col("id", LONG, ImportBatch::id)), single(),
			List.of(col("file_name", TEXT, ImportBatch::fileName), col("sha256", TEXT, ImportBatch::sha256),
					col("imported_by", TEXT, ImportBatch::importedBy),
					col("at", TIMESTAMP, b -> LocalDateTime.ofInstant(b.at(), ZoneOffset.UTC)),
					col("accepted", INT, ImportBatch::accepted), col("rejected", INT, ImportBatch::rejected),
					col("warnings", INT, ImportBatch::warnings)),
			r -> new ImportBatch(new ImportBatchId(r.id("id")), r.text("file_name"), r.text("sha256"), r.text("imported_by"),
					r.time("at").toInstant(ZoneOffset.UTC), r.integer("accepted"), r.integer("rejected"), r.integer("warnings")),
			Map.of());

	static final Table<Attendance> ATTENDANCE = new Table<>(Attendance.class, "attendance",
			List.of(col("person_id", LONG, Attendance::person), col("course_id", LONG, Attendance::course)), key -> {
				Attendance.Key k = (Attendance.Key) key;
				return new Object[] { k.person().value(), k.course().value() };
			},
			List.of(col("status", TEXT, Attendance::status), col("sign_in", TIMESTAMP, Attendance::signIn),
					col("sign_out", TIMESTAMP, Attendance::signOut), col("batch_id", LONG, Attendance::batch)),
			r -> new Attendance(new PersonId(r.id("person_id")), new CourseId(r.id("course_id")),
					AttendanceStatus.valueOf(r.text("status")), r.optionalTime("sign_in"), r.optionalTime("sign_out"),
					r.optionalId("batch_id").map(ImportBatchId::new)),
			Map.of(CourseId.class, "course_id", PersonId.class, "person_id", ImportBatchId.class, "batch_id"));

	static final Table<StudyMaterial> MATERIAL = new Table<>(StudyMaterial.class, "study_material",
			List.of(col("id", LONG, StudyMaterial::id)), single(),
			List.of(col("kind", TEXT, StudyMaterial::kind), col("title", TEXT, StudyMaterial::title),
					col("material_date", DATE, StudyMaterial::date), col("source", TEXT, StudyMaterial::source)),
			r -> new StudyMaterial(new MaterialId(r.id("id")), MaterialKind.valueOf(r.text("kind")), r.text("title"),
					r.date("material_date"), r.text("source")),
			Map.of());

	static final Table<PlannedMeeting> PLANNED_MEETING = new Table<>(PlannedMeeting.class, "planned_meeting",
			List.of(col("id", LONG, PlannedMeeting::id)), single(),
			List.of(col("type", TEXT, PlannedMeeting::type), col("meeting_date", DATE, PlannedMeeting::date),
					col("org_id", LONG, PlannedMeeting::organization), col("topic", TEXT, PlannedMeeting::topic)),
			r -> new PlannedMeeting(new PlannedMeetingId(r.id("id")), MeetingType.valueOf(r.text("type")), r.date("meeting_date"),
					new OrgId(r.id("org_id")), r.text("topic")),
			Map.of(OrgId.class, "org_id"));

	static final Table<Meeting> MEETING = new Table<>(Meeting.class, "meeting", List.of(col("id", LONG, Meeting::id)), single(),
			List.of(col("type", TEXT, Meeting::type), col("meeting_date", DATE, Meeting::date),
					col("org_id", LONG, Meeting::organization), col("presider_id", LONG, Meeting::presider),
					col("attendees", TEXT, m -> lines(m.attendees().stream().map(a -> List.of(String.valueOf(a.person().value()),
							a.presence() instanceof Attendee.OnLeave l ? l.reason() : "")).toList())),
					col("agenda", TEXT, m -> lines(m.agenda().stream().map(a -> List.of(String.valueOf(a.order()), a.title(),
							a.firstTopic() ? "1" : "0", a.form().map(Enum::name).orElse(""),
							a.materials().stream().map(id -> String.valueOf(id.value())).collect(Collectors.joining(",")))).toList())),
					col("minutes", TEXT, Meeting::minutes)),
			r -> new Meeting(new MeetingId(r.id("id")), MeetingType.valueOf(r.text("type")), r.date("meeting_date"),
					new OrgId(r.id("org_id")), r.optionalId("presider_id").map(PersonId::new),
					r.lists("attendees", 2).stream().map(l -> {
						PersonId who = new PersonId(Long.parseLong(l.get(0)));
						return l.get(1).isEmpty() ? Attendee.present(who) : Attendee.onLeave(who, l.get(1));
					}).toList(),
					r.lists("agenda", 5).stream().map(l -> new AgendaItem(Integer.parseInt(l.get(0)), l.get(1), l.get(2).equals("1"),
							l.get(3).isEmpty() ? Optional.empty() : Optional.of(StudyForm.valueOf(l.get(3))),
							l.get(4).isEmpty() ? List.of()
									: Arrays.stream(l.get(4).split(",")).map(s -> new MaterialId(Long.parseLong(s))).toList()))
							.toList(),
					// an empty text column reads as "" on both databases; NULL never reaches here (NOT NULL)
					r.text("minutes")),
			Map.of(OrgId.class, "org_id"));

	static final Table<FollowUpAction> FOLLOW_UP = new Table<>(FollowUpAction.class, "follow_up",
			List.of(col("id", LONG, FollowUpAction::id)), single(),
			List.of(col("meeting_id", LONG, FollowUpAction::meeting), col("description", TEXT, FollowUpAction::description),
					col("owner_id", LONG, FollowUpAction::owner), col("due", DATE, FollowUpAction::due),
					col("status", TEXT, FollowUpAction::status),
					col("evidence", TEXT, f -> lines(f.evidence().stream().map(List::of).toList()))),
			r -> new FollowUpAction(new FollowUpId(r.id("id")), new MeetingId(r.id("meeting_id")), r.text("description"),
					new PersonId(r.id("owner_id")), r.date("due"), FollowUpStatus.valueOf(r.text("status")),
					r.lists("evidence", 1).stream().map(l -> l.get(0)).toList()),
			Map.of(MeetingId.class, "meeting_id", PersonId.class, "owner_id"));

	static final Table<StudyPlan> STUDY_PLAN = new Table<>(StudyPlan.class, "study_plan", List.of(col("id", LONG, StudyPlan::id)),
			single(),
			List.of(col("org_id", LONG, StudyPlan::organization), col("plan_year", INT, StudyPlan::year),
					col("topics", TEXT, p -> lines(p.topics().stream()
							.map(t -> List.of(t.month().toString(), t.topic(), TextLists.join(t.speakers().stream().map(List::of).toList()))).toList()))),
			// version 7 and before wrote two fields (no speakers): such rows and backups still read
			r -> new StudyPlan(new StudyPlanId(r.id("id")), new OrgId(r.id("org_id")), r.integer("plan_year"),
					r.lists("topics", 2, 3).stream().map(l -> new PlannedTopic(YearMonth.parse(l.get(0)), l.get(1),
							l.size() < 3 ? List.of() : TextLists.split(l.get(2), 1).stream().map(x -> x.get(0)).toList())).toList()),
			Map.of(OrgId.class, "org_id"));

	static final Table<FrequencyRules> FREQUENCY_RULES = new Table<>(FrequencyRules.class, "frequency_rules",
			List.of(col("id", TEXT, r -> FrequencyRules.KEY)), single(),
			List.of(col("rules", TEXT, rules -> lines(rules.rules().stream().map(r -> List.of(r.meeting().name(), names(r.appliesTo()),
					r.period().name(), String.valueOf(r.minimumCount()))).toList()))),
			r -> new FrequencyRules(r.lists("rules", 4).stream().map(l -> new FrequencyRule(MeetingType.valueOf(l.get(0)),
					enums(OrgType.class, l.get(1)), FrequencyRule.Period.valueOf(l.get(2)), Integer.parseInt(l.get(3)))).toList()),
			Map.of());

	static final Table<Setting> SETTING = new Table<>(Setting.class, "setting", List.of(col("setting_key", TEXT, Setting::key)), single(),
			List.of(col("setting_value", TEXT, Setting::value)), r -> new Setting(r.text("setting_key"), r.text("setting_value")), Map.of());

	/** Every table, in the order of dependence. */
	static final List<Table<?>> ALL = List.of(STATUS_PERIOD, CONVERSION_TABLE, PROGRAM, CLASS, COURSE, ENROLLMENT, IMPORT_BATCH,
			ATTENDANCE, MATERIAL, MEETING, PLANNED_MEETING, FOLLOW_UP, STUDY_PLAN, FREQUENCY_RULES, SETTING);

	@SuppressWarnings("unchecked")
	static <V extends Record> Optional<Table<V>> of(Class<V> type) {
		return ALL.stream().filter(t -> t.type.type() == type).map(t -> (Table<V>) t).findFirst();
	}

	static <V extends Record> Table<V> require(Class<V> type) {
		return of(type).orElseThrow(() -> new IllegalArgumentException(type.getName() + " has no table; organizations and people have their own methods"));
	}
}
