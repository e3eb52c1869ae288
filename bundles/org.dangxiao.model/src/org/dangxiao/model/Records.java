package org.dangxiao.model;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.dangxiao.model.audit.ImportBatch;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.model.people.StatusPeriod;
import org.dangxiao.model.rules.FrequencyRules;
import org.dangxiao.model.study.FollowUpAction;
import org.dangxiao.model.study.Meeting;
import org.dangxiao.model.study.StudyMaterial;
import org.dangxiao.model.study.StudyPlan;
import org.dangxiao.model.training.Attendance;
import org.dangxiao.model.training.Course;
import org.dangxiao.model.training.Enrollment;
import org.dangxiao.model.training.HoursConversionTable;
import org.dangxiao.model.training.TrainingClass;
import org.dangxiao.model.training.TrainingProgram;

/**
 * The record types a workspace stores, with the key each is found by and the words users see for
 * it. {@link Changes#put(Record)}, {@link WorkspaceView#get} and {@link WorkspaceView#list} accept
 * exactly these types. The order is the order of dependence: a type only refers to types before it.
 */
public final class Records {
	private Records() {
	}

	/**
	 * One stored type.
	 *
	 * @param key   what {@link WorkspaceView#get} finds a record by: its id, or a small key record
	 *              such as {@link Enrollment.Key}
	 * @param title a short name for labels, e.g. the program's name
	 */
	public record Type<V extends Record>(Class<V> type, String label, Function<V, Object> key, Function<V, String> title) {
		/** E.g. 培训项目“2020年新任村干部轮训”. */
		public String describe(V value) {
			return Nls.bind(Messages.Records_DESCRIBE, label, title.apply(value));
		}

		@SuppressWarnings("unchecked")
		String describeAny(Record value) {
			return describe((V) value);
		}
	}

	private static final List<Type<?>> TYPES = List.of(
			new Type<>(Organization.class, Messages.Records_ORGANIZATION, Organization::id, Organization::name),
			new Type<>(Person.class, Messages.Records_PERSON, Person::id, Person::name),
			new Type<>(StatusPeriod.class, Messages.Records_STATUS_PERIOD, StatusPeriod::key,
					s -> s.person().value() + " " + s.status().label() + " " + s.from()),
			new Type<>(HoursConversionTable.class, Messages.Records_CONVERSION_TABLE, HoursConversionTable::id, HoursConversionTable::name),
			new Type<>(TrainingProgram.class, Messages.Records_PROGRAM, TrainingProgram::id, TrainingProgram::name),
			new Type<>(TrainingClass.class, Messages.Records_CLASS, TrainingClass::id, TrainingClass::name),
			new Type<>(Course.class, Messages.Records_COURSE, Course::id, Course::title),
			new Type<>(Enrollment.class, Messages.Records_ENROLLMENT, Enrollment::key,
					e -> e.person().value() + " @ " + e.classId().value()),
			new Type<>(ImportBatch.class, Messages.Records_IMPORT_BATCH, ImportBatch::id, ImportBatch::fileName),
			new Type<>(Attendance.class, Messages.Records_ATTENDANCE, Attendance::key,
					a -> a.person().value() + " @ " + a.course().value()),
			new Type<>(StudyMaterial.class, Messages.Records_MATERIAL, StudyMaterial::id, StudyMaterial::title),
			new Type<>(Meeting.class, Messages.Records_MEETING, Meeting::id, m -> m.type().label() + " " + m.date()),
			new Type<>(org.dangxiao.model.study.PlannedMeeting.class, Messages.Records_PLANNED_MEETING, org.dangxiao.model.study.PlannedMeeting::id,
					m -> m.type().label() + " " + m.date()),
			new Type<>(FollowUpAction.class, Messages.Records_FOLLOW_UP, FollowUpAction::id, FollowUpAction::description),
			new Type<>(StudyPlan.class, Messages.Records_STUDY_PLAN, StudyPlan::id, p -> String.valueOf(p.year())),
			new Type<>(FrequencyRules.class, Messages.Records_FREQUENCY_RULES, r -> FrequencyRules.KEY,
					r -> String.valueOf(r.rules().size())),
			new Type<>(Setting.class, Messages.Records_SETTING, Setting::key, Setting::key));

	/** All stored types, in order of dependence. */
	public static List<Type<?>> types() {
		return TYPES;
	}

	@SuppressWarnings("unchecked")
	public static <V extends Record> Optional<Type<V>> find(Class<V> type) {
		return TYPES.stream().filter(t -> t.type() == type).map(t -> (Type<V>) t).findFirst();
	}

	/** The stored type of {@code type}; an {@link IllegalArgumentException} for any other class. */
	public static <V extends Record> Type<V> of(Class<V> type) {
		return find(type).orElseThrow(() -> new IllegalArgumentException(type.getName() + " is not a stored record type"));
	}

	@SuppressWarnings("unchecked")
	public static <V extends Record> Type<V> typeOf(V value) {
		return of((Class<V>) value.getClass());
	}

	public static Object key(Record value) {
		return keyOf(value, typeOf(value));
	}

	private static <V extends Record> Object keyOf(Record value, Type<V> type) {
		return type.key().apply(type.type().cast(value));
	}

	/** E.g. 培训项目“2020年新任村干部轮训”. */
	public static String describe(Record value) {
		return typeOf(value).describeAny(value);
	}
}
