package org.dangxiao.store;

import static org.dangxiao.store.WorkspaceContract.BRANCH;
import static org.dangxiao.store.WorkspaceContract.GROUP;
import static org.dangxiao.store.WorkspaceContract.LI;
import static org.dangxiao.store.WorkspaceContract.ROOT;
import static org.dangxiao.store.WorkspaceContract.ZHANG;
import static org.dangxiao.store.WorkspaceContract.ZHAO;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.dangxiao.model.OrgType;
import org.dangxiao.model.Records;
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
 * One record of every stored type around the small test tree of {@link WorkspaceContract}, with
 * the awkward values each column must survive: tabs and newlines in text, empty optionals,
 * decimals, times, sets.
 */
final class Domain {
	private Domain() {
	}

	static final StatusPeriod ZHANG_ACTIVE = new StatusPeriod(ZHANG.id(), PersonStatus.ACTIVE, LocalDate.of(2018, 3, 1),
			Optional.of(LocalDate.of(2020, 8, 31)));
	static final StatusPeriod ZHANG_TRANSFERRED = new StatusPeriod(ZHANG.id(), PersonStatus.TRANSFERRED_OUT, LocalDate.of(2020, 9, 1),
			Optional.empty());
	static final HoursConversionTable TABLE = new HoursConversionTable(new ConversionTableId(101), "自治区标准", new BigDecimal("6.0"),
			BigDecimal.valueOf(3), BigDecimal.ONE, BigDecimal.valueOf(3),
			List.of(new HoursConversionTable.OnlineThreshold(1, new BigDecimal("0.25")),
					new HoursConversionTable.OnlineThreshold(30, BigDecimal.ONE)));
	static final TrainingProgram PROGRAM = new TrainingProgram(new ProgramId(102), "2020年新任村干部、驻村干部、第一书记轮训", 2020,
			new TargetRule(Set.of("驻村干部", "第一书记"), Optional.of(ROOT.id()), Set.of(), Optional.empty(), Optional.empty()),
			LocalDate.of(2020, 12, 31), BigDecimal.valueOf(48), Optional.of(TABLE.id()));
	static final TrainingClass CLASS = new TrainingClass(new ClassId(103), PROGRAM.id(), "第一期", LocalDate.of(2020, 6, 1),
			LocalDate.of(2020, 6, 7), "州委党校", ClassMode.PARTY_SCHOOL, 60, Optional.of(ZHAO.id()));
	static final Course COURSE = new Course(new CourseId(104), CLASS.id(), "学习贯彻党的二十大精神", "王教授",
			LocalDateTime.of(2020, 6, 1, 9, 0), LocalDateTime.of(2020, 6, 1, 11, 30), new BigDecimal("2.5"));
	static final Enrollment ENROLLMENT = new Enrollment(CLASS.id(), ZHANG.id(), EnrollmentStatus.COMPLETED);
	static final ImportBatch BATCH = new ImportBatch(new ImportBatchId(105), "第一期签到表.xlsx", "ab".repeat(32), "tester",
			Instant.parse("2020-06-01T12:00:00Z"), 1, 0, 0);
	static final Attendance ATTENDANCE = new Attendance(ZHANG.id(), COURSE.id(), AttendanceStatus.LATE,
			Optional.of(LocalDateTime.of(2020, 6, 1, 9, 5)), Optional.empty(), Optional.of(BATCH.id()));
	static final StudyMaterial MATERIAL = new StudyMaterial(new MaterialId(106), MaterialKind.SPEECH, "在庆祝中国共产党成立100周年大会上的讲话",
			LocalDate.of(2021, 7, 1), "《求是》2021年第14期");
	static final Meeting MEETING = new Meeting(new MeetingId(107), MeetingType.PARTY_COMMITTEE_MEETING, LocalDate.of(2021, 7, 5),
			ROOT.id(), Optional.of(ZHANG.id()), List.of(Attendee.present(ZHANG.id()), Attendee.onLeave(LI.id(), "下乡\t调研\n两天")),
			List.of(new AgendaItem(1, "传达学习讲话精神", true, Optional.of(StudyForm.CONVEYING), List.of(MATERIAL.id())),
					new AgendaItem(2, "研究人事事项", false, Optional.empty(), List.of())),
			"会议记录\n第二行\\结束");
	static final org.dangxiao.model.study.PlannedMeeting PLANNED = new org.dangxiao.model.study.PlannedMeeting(
			new org.dangxiao.model.study.PlannedMeetingId(110), MeetingType.THEME_PARTY_DAY, LocalDate.of(2022, 1, 15), BRANCH.id(), "主题党日：学习党章");
	static final FollowUpAction FOLLOW_UP = new FollowUpAction(new FollowUpId(108), MEETING.id(), "制定学习方案", ZHANG.id(),
			LocalDate.of(2021, 7, 31), FollowUpStatus.IN_PROGRESS, List.of("党发〔2021〕12号", "学习记录.docx"));
	static final StudyPlan PLAN = new StudyPlan(new StudyPlanId(109), BRANCH.id(), 2021,
			List.of(new PlannedTopic(YearMonth.of(2021, 1), "学习党史"),
					new PlannedTopic(YearMonth.of(2021, 7), "七一讲话", List.of("张三", "李四\t（书面\\发言）"))));
	static final FrequencyRules RULES = FrequencyRules.defaults();
	static final org.dangxiao.model.Setting SETTING = new org.dangxiao.model.Setting("imports.mapping.abc", "姓名\tNAME\n\\ 签到\tSIGN_IN");

	/** Every type of {@link Records#types()} but organizations and people, in order of dependence. */
	static List<Record> sample() {
		return List.of(ZHANG_ACTIVE, ZHANG_TRANSFERRED, TABLE, PROGRAM, CLASS, COURSE, ENROLLMENT, BATCH, ATTENDANCE, MATERIAL,
				MEETING, PLANNED, FOLLOW_UP, PLAN, RULES, SETTING);
	}

	/** A changed copy of each sample record (keys kept), for edits. */
	static List<Record> edited() {
		return List.of(new StatusPeriod(ZHANG.id(), PersonStatus.ACTIVE, ZHANG_ACTIVE.from(), Optional.of(LocalDate.of(2020, 8, 30))),
				new StatusPeriod(ZHANG.id(), PersonStatus.LEFT, ZHANG_TRANSFERRED.from(), Optional.empty()),
				new HoursConversionTable(TABLE.id(), "本地标准", TABLE.perFullDay(), TABLE.perHalfDay(), new BigDecimal("0.75"),
						TABLE.perStudySession(), List.of()),
				new TrainingProgram(PROGRAM.id(), PROGRAM.name(), 2021, TargetRule.everyone(), PROGRAM.deadline(), PROGRAM.requiredHours(),
						Optional.empty()),
				new TrainingClass(CLASS.id(), PROGRAM.id(), "第一期（调整）", CLASS.start(), CLASS.end().plusDays(1), "夜校", ClassMode.NIGHT_SCHOOL,
						40, Optional.empty()),
				new Course(COURSE.id(), CLASS.id(), COURSE.title(), "", COURSE.start(), COURSE.end().plusMinutes(30), new BigDecimal("3")),
				ENROLLMENT.withStatus(EnrollmentStatus.WITHDRAWN),
				new ImportBatch(BATCH.id(), BATCH.fileName(), BATCH.sha256(), BATCH.importedBy(), BATCH.at(), 0, 1, 2),
				new Attendance(ZHANG.id(), COURSE.id(), AttendanceStatus.ABSENT, Optional.empty(), Optional.empty(), Optional.empty()),
				new StudyMaterial(MATERIAL.id(), MaterialKind.DOCUMENT, MATERIAL.title(), MATERIAL.date(), "新华社"),
				new Meeting(MEETING.id(), MeetingType.STANDING_COMMITTEE_MEETING, MEETING.date(), BRANCH.id(), Optional.empty(), List.of(),
						List.of(), ""),
				new org.dangxiao.model.study.PlannedMeeting(PLANNED.id(), MeetingType.THEME_PARTY_DAY, LocalDate.of(2022, 1, 20), GROUP.id(), "改期"),
				FOLLOW_UP.withStatus(FollowUpStatus.DONE),
				new StudyPlan(PLAN.id(), GROUP.id(), 2021, List.of()),
				new FrequencyRules(List.of(new FrequencyRule(MeetingType.THEME_PARTY_DAY, Set.of(OrgType.BRANCH, OrgType.GROUP),
						FrequencyRule.Period.MONTH, 2))),
				new org.dangxiao.model.Setting(SETTING.key(), ""));
	}
}
