package org.dangxiao.reports.builtin;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.dangxiao.model.CitizenId;
import org.dangxiao.model.Commands;
import org.dangxiao.model.Gender;
import org.dangxiao.model.OrgId;
import org.dangxiao.model.OrgType;
import org.dangxiao.model.Organization;
import org.dangxiao.model.Person;
import org.dangxiao.model.PersonId;
import org.dangxiao.model.WorkspaceSnapshot;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.model.people.PersonStatus;
import org.dangxiao.model.people.StatusPeriod;
import org.dangxiao.model.rules.FrequencyRule;
import org.dangxiao.model.rules.FrequencyRules;
import org.dangxiao.model.study.AgendaItem;
import org.dangxiao.model.study.Attendee;
import org.dangxiao.model.study.MaterialId;
import org.dangxiao.model.study.MaterialKind;
import org.dangxiao.model.study.Meeting;
import org.dangxiao.model.study.MeetingId;
import org.dangxiao.model.study.MeetingType;
import org.dangxiao.model.study.PlannedMeeting;
import org.dangxiao.model.study.PlannedMeetingId;
import org.dangxiao.model.study.PlannedTopic;
import org.dangxiao.model.study.StudyForm;
import org.dangxiao.model.study.StudyMaterial;
import org.dangxiao.model.study.StudyPlan;
import org.dangxiao.model.study.StudyPlanId;
import org.dangxiao.model.training.Attendance;
import org.dangxiao.model.training.AttendanceStatus;
import org.dangxiao.model.training.ClassId;
import org.dangxiao.model.training.ClassMode;
import org.dangxiao.model.training.Course;
import org.dangxiao.model.training.CourseId;
import org.dangxiao.model.training.Enrollment;
import org.dangxiao.model.training.EnrollmentStatus;
import org.dangxiao.model.training.ProgramId;
import org.dangxiao.model.training.TargetRule;
import org.dangxiao.model.training.TrainingClass;
import org.dangxiao.model.training.TrainingProgram;
import org.dangxiao.reports.Arguments;
import org.dangxiao.store.Database;
import org.dangxiao.store.JdbcWorkspace;
import org.dangxiao.training.Training;

/**
 * A small real H2 workspace whose every number the report tests check is worked out here.
 *
 * <pre>
 * 县委 (1)                      吴十
 * ├─ 城关镇党委 (2)
 * │  ├─ 城关镇第一党支部 (3)     张三 李四 王五
 * │  └─ 城关镇第二党支部 (4)     赵六, 钱七 (调出 2025-03-01)
 * ├─ 河西乡党委 (5)
 * │  └─ 河西乡第一党支部 (6)     孙八 周九
 * └─ 县直机关党工委 (7)          郑一 (no category: nobody to train)
 * </pre>
 *
 * Everyone but 郑一 is 新任乡村干部, the target of the program 2025年新任村干部轮训 (deadline
 * 2025-12-31): 7 to train once 钱七 is left out. 第一期 (3 courses of 3 学时, 2025-03-10..12) has
 * 张三 (all attended, one late), 李四 (leave on the third), 孙八 (all attended) and 吴十 (attended,
 * absent, no record); 第二期 (2 courses of 4 学时, 2025-06-02..03) has 赵六 (both), 王五 (attended,
 * absent) and 周九 (no record at all). 结业核算 leaves 张三, 孙八 and 赵六 结业 (3 trained), the others
 * 退训 (leave above 1/7).
 */
final class Fixture implements AutoCloseable {
	static final OrgId COUNTY = new OrgId(1), TOWN = new OrgId(2), TOWN_BRANCH_1 = new OrgId(3), TOWN_BRANCH_2 = new OrgId(4),
			VILLAGE = new OrgId(5), VILLAGE_BRANCH = new OrgId(6), ORGANS = new OrgId(7);
	static final PersonId ZHANG = new PersonId(101), LI = new PersonId(102), WANG = new PersonId(103), ZHAO = new PersonId(104),
			QIAN = new PersonId(105), SUN = new PersonId(106), ZHOU = new PersonId(107), WU = new PersonId(108), ZHENG = new PersonId(109);
	static final String CATEGORY = "新任乡村干部";
	static final ProgramId PROGRAM = new ProgramId(1001);
	static final ClassId FIRST = new ClassId(2001), SECOND = new ClassId(2002);
	static final LocalDate YEAR_END = LocalDate.of(2025, 12, 31);

	final JdbcWorkspace ws;
	final TrainingProgram program;
	final TrainingClass first;
	final TrainingClass second;

	Fixture(Path dir) throws Exception {
		ws = JdbcWorkspace.open(Database.h2(Files.createDirectories(dir)));
		List<Organization> orgs = List.of(org(COUNTY, "01", "县委", OrgType.PARTY_COMMITTEE, null),
				org(TOWN, "01-01", "城关镇党委", OrgType.PARTY_COMMITTEE, COUNTY),
				org(TOWN_BRANCH_1, "01-01-01", "城关镇第一党支部", OrgType.BRANCH, TOWN),
				org(TOWN_BRANCH_2, "01-01-02", "城关镇第二党支部", OrgType.BRANCH, TOWN),
				org(VILLAGE, "01-02", "河西乡党委", OrgType.PARTY_COMMITTEE, COUNTY),
				org(VILLAGE_BRANCH, "01-02-01", "河西乡第一党支部", OrgType.BRANCH, VILLAGE),
				org(ORGANS, "01-03", "县直机关党工委", OrgType.WORKING_COMMITTEE, COUNTY));
		List<Person> people = List.of(person(ZHANG, "张三", TOWN_BRANCH_1, "村党支部书记", "乡科级", CATEGORY),
				person(LI, "李四", TOWN_BRANCH_1, "村委会主任", null, CATEGORY), person(WANG, "王五", TOWN_BRANCH_1, "", null, CATEGORY),
				person(ZHAO, "赵六", TOWN_BRANCH_2, "", null, CATEGORY), person(QIAN, "钱七", TOWN_BRANCH_2, "", null, CATEGORY),
				person(SUN, "孙八", VILLAGE_BRANCH, "", null, CATEGORY), person(ZHOU, "周九", VILLAGE_BRANCH, "", null, CATEGORY),
				person(WU, "吴十", COUNTY, "", null, CATEGORY), person(ZHENG, "郑一", ORGANS, "科员", null, null));
		ws.replaceAll(new WorkspaceSnapshot(orgs, people), "报表测试");

		program = new TrainingProgram(PROGRAM, "2025年新任村干部轮训", 2025,
				new TargetRule(Set.of(CATEGORY), Optional.empty(), Set.of(), Optional.empty(), Optional.empty()), YEAR_END,
				BigDecimal.valueOf(24), Optional.empty());
		first = new TrainingClass(FIRST, PROGRAM, "2025年新任村干部轮训第一期", LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 12), "县委党校",
				ClassMode.PARTY_SCHOOL, 50, Optional.empty());
		second = new TrainingClass(SECOND, PROGRAM, "2025年新任村干部轮训第二期", LocalDate.of(2025, 6, 2), LocalDate.of(2025, 6, 3), "县委党校",
				ClassMode.PARTY_SCHOOL, 50, Optional.empty());
		Course c1 = course(3001, first, LocalDate.of(2025, 3, 10), "学习贯彻党的二十届三中全会精神", "3");
		Course c2 = course(3002, first, LocalDate.of(2025, 3, 11), "乡村振兴政策解读", "3");
		Course c3 = course(3003, first, LocalDate.of(2025, 3, 12), "基层党组织建设", "3");
		Course c4 = course(3004, second, LocalDate.of(2025, 6, 2), "学习贯彻党的二十届三中全会精神", "4");
		Course c5 = course(3005, second, LocalDate.of(2025, 6, 3), "村级事务管理", "4");
		List<Record> training = new ArrayList<>(List.of(program, first, second, c1, c2, c3, c4, c5,
				new StatusPeriod(QIAN, PersonStatus.ACTIVE, LocalDate.of(2020, 1, 1), Optional.of(LocalDate.of(2025, 2, 28))),
				new StatusPeriod(QIAN, PersonStatus.TRANSFERRED_OUT, LocalDate.of(2025, 3, 1), Optional.empty())));
		for (PersonId p : List.of(ZHANG, LI, SUN, WU)) {
			training.add(new Enrollment(FIRST, p, EnrollmentStatus.ENROLLED));
		}
		for (PersonId p : List.of(ZHAO, WANG, ZHOU)) {
			training.add(new Enrollment(SECOND, p, EnrollmentStatus.ENROLLED));
		}
		training.addAll(List.of(att(ZHANG, c1, AttendanceStatus.LATE), att(ZHANG, c2, AttendanceStatus.PRESENT),
				att(ZHANG, c3, AttendanceStatus.PRESENT), att(LI, c1, AttendanceStatus.PRESENT), att(LI, c2, AttendanceStatus.PRESENT),
				att(LI, c3, AttendanceStatus.ON_LEAVE), att(SUN, c1, AttendanceStatus.PRESENT), att(SUN, c2, AttendanceStatus.PRESENT),
				att(SUN, c3, AttendanceStatus.PRESENT), att(WU, c1, AttendanceStatus.PRESENT), att(WU, c2, AttendanceStatus.ABSENT),
				att(ZHAO, c4, AttendanceStatus.PRESENT), att(ZHAO, c5, AttendanceStatus.PRESENT), att(WANG, c4, AttendanceStatus.PRESENT),
				att(WANG, c5, AttendanceStatus.ABSENT)));
		ws.execute(Commands.putAll("培训", training));
		// 结业核算 through the training service, as the roster's button does
		ws.execute(Training.complete(ws, first, LocalDate.of(2025, 4, 1)));
		ws.execute(Training.complete(ws, second, LocalDate.of(2025, 7, 1)));

		ws.execute(Commands.putAll("学习", study()));
	}

	/**
	 * Materials M1 (2025-01-10) and M2 (2025-03-01), and M0 of 2024. 县委 studies M1 on 01-20 (10 days,
	 * on time); 城关镇党委 studies M1 and M2 on 03-15 (64 days: late; 14 days: on time); 河西乡党委
	 * holds a 党委会 on 02-01 whose 第一议题 studies neither. The 中心组 of 城关镇党委 plans topics in
	 * January, March and June with sessions on 01-15, 03-20 and 06-18 and holds sessions on 01-16
	 * (张三, 李四 present, 王五 on leave), 03-21 (张三, 李四) and 05-10 (张三); none in June. The rule
	 * table has two rules for branches: 支委会 monthly and 组织生活会 yearly; 城关镇第一党支部 holds 支委会
	 * in January to November and 组织生活会 on 12-20, the other branches hold nothing.
	 */
	private static List<Record> study() {
		List<Record> out = new ArrayList<>();
		StudyMaterial m0 = new StudyMaterial(new MaterialId(4000), MaterialKind.SPEECH, "2024年的讲话", LocalDate.of(2024, 12, 20), "《人民日报》");
		StudyMaterial m1 = new StudyMaterial(new MaterialId(4001), MaterialKind.SPEECH, "在中央经济工作会议上的讲话", LocalDate.of(2025, 1, 10),
				"《求是》2025年第2期");
		StudyMaterial m2 = new StudyMaterial(new MaterialId(4002), MaterialKind.DOCUMENT, "关于加强基层治理的意见", LocalDate.of(2025, 3, 1), "中办发");
		out.addAll(List.of(m0, m1, m2));
		out.add(firstTopic(5001, COUNTY, LocalDate.of(2025, 1, 20), m1.id()));
		out.add(firstTopic(5002, TOWN, LocalDate.of(2025, 3, 15), m1.id(), m2.id()));
		out.add(firstTopic(5003, VILLAGE, LocalDate.of(2025, 2, 1)));

		out.add(new StudyPlan(new StudyPlanId(6001), TOWN, 2025,
				List.of(new PlannedTopic(YearMonth.of(2025, 1), "学习贯彻党的二十届三中全会精神", List.of("张三", "李四")),
						new PlannedTopic(YearMonth.of(2025, 3), "学习贯彻全国两会精神"), new PlannedTopic(YearMonth.of(2025, 6), "学习党纪学习教育成果"))));
		out.add(new PlannedMeeting(new PlannedMeetingId(6101), MeetingType.CENTER_GROUP_STUDY, LocalDate.of(2025, 1, 15), TOWN, "中心组学习"));
		out.add(new PlannedMeeting(new PlannedMeetingId(6102), MeetingType.CENTER_GROUP_STUDY, LocalDate.of(2025, 3, 20), TOWN, "中心组学习"));
		out.add(new PlannedMeeting(new PlannedMeetingId(6103), MeetingType.CENTER_GROUP_STUDY, LocalDate.of(2025, 6, 18), TOWN, "中心组学习"));
		out.add(meeting(5101, MeetingType.CENTER_GROUP_STUDY, TOWN, LocalDate.of(2025, 1, 16),
				List.of(Attendee.present(ZHANG), Attendee.present(LI), Attendee.onLeave(WANG, "出差"))));
		out.add(meeting(5102, MeetingType.CENTER_GROUP_STUDY, TOWN, LocalDate.of(2025, 3, 21), List.of(Attendee.present(ZHANG), Attendee.present(LI))));
		out.add(meeting(5103, MeetingType.CENTER_GROUP_STUDY, TOWN, LocalDate.of(2025, 5, 10), List.of(Attendee.present(ZHANG))));

		out.add(new FrequencyRules(List.of(new FrequencyRule(MeetingType.BRANCH_COMMITTEE_MEETING, Set.of(OrgType.BRANCH), FrequencyRule.Period.MONTH, 1),
				new FrequencyRule(MeetingType.ORGANIZATIONAL_LIFE_MEETING, Set.of(OrgType.BRANCH), FrequencyRule.Period.YEAR, 1))));
		for (int month = 1; month <= 11; month++) {
			out.add(meeting(5200 + month, MeetingType.BRANCH_COMMITTEE_MEETING, TOWN_BRANCH_1, LocalDate.of(2025, month, 8), List.of()));
		}
		out.add(meeting(5300, MeetingType.ORGANIZATIONAL_LIFE_MEETING, TOWN_BRANCH_1, LocalDate.of(2025, 12, 20), List.of()));
		return out;
	}

	/** Loads the texts of the reports and of everything whose words they show in Simplified Chinese. */
	static void chinese() {
		reload(Locale.SIMPLIFIED_CHINESE);
	}

	static void reload(Locale locale) {
		Locale.setDefault(locale);
		for (Class<?> messages : List.of(Messages.class, org.dangxiao.reports.Messages.class, org.dangxiao.training.record.Messages.class,
				org.dangxiao.compliance.Messages.class, org.dangxiao.model.training.Messages.class, org.dangxiao.model.study.Messages.class,
				org.dangxiao.model.rules.Messages.class)) {
			Nls.load(messages);
		}
	}

	static Arguments args(String... keysAndValues) {
		Map<String, String> m = new java.util.LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			m.put(keysAndValues[i], keysAndValues[i + 1]);
		}
		return Arguments.of(m);
	}

	private static Organization org(OrgId id, String code, String name, OrgType type, OrgId parent) {
		return new Organization(id, code, name, type, Optional.ofNullable(parent));
	}

	private static Person person(PersonId id, String name, OrgId org, String post, String rank, String category) {
		// 110101 (东城区), born 1980-01-01, a sequence number from the id, and the GB 11643 check character
		String first17 = "11010119800101" + String.format("%03d", id.value() % 1000);
		CitizenId citizen = CitizenId.of(first17 + CitizenId.checkCharacter(first17));
		return new Person(id, name, Gender.MALE, "汉族", citizen, org, post, Optional.ofNullable(rank),
				category == null ? Set.of() : Set.of(category));
	}

	private static Course course(long id, TrainingClass k, LocalDate day, String title, String hours) {
		return new Course(new CourseId(id), k.id(), title, "党校教师", LocalDateTime.of(day, java.time.LocalTime.of(9, 0)),
				LocalDateTime.of(day, java.time.LocalTime.of(12, 0)), new BigDecimal(hours));
	}

	private static Attendance att(PersonId p, Course c, AttendanceStatus status) {
		return new Attendance(p, c.id(), status, Optional.empty(), Optional.empty(), Optional.empty());
	}

	private static Meeting firstTopic(long id, OrgId org, LocalDate date, MaterialId... materials) {
		AgendaItem item = new AgendaItem(1, "传达学习", true, Optional.of(StudyForm.CONVEYING), List.of(materials));
		return new Meeting(new MeetingId(id), MeetingType.PARTY_COMMITTEE_MEETING, date, org, Optional.empty(), List.of(), List.of(item), "");
	}

	private static Meeting meeting(long id, MeetingType type, OrgId org, LocalDate date, List<Attendee> attendees) {
		return new Meeting(new MeetingId(id), type, date, org, Optional.empty(), attendees, List.of(), "");
	}

	@Override
	public void close() {
		ws.close();
	}
}
