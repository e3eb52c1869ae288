package org.dangxiao.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.dangxiao.model.Command;
import org.dangxiao.model.CommandException;
import org.dangxiao.model.Commands;
import org.dangxiao.model.OrgId;
import org.dangxiao.model.Organization;
import org.dangxiao.model.OrganizationTree;
import org.dangxiao.model.Person;
import org.dangxiao.model.PersonId;
import org.dangxiao.model.WorkspaceView;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.model.training.Attendance;
import org.dangxiao.model.training.ClassId;
import org.dangxiao.model.training.Course;
import org.dangxiao.model.training.Coverage;
import org.dangxiao.model.training.Enrollment;
import org.dangxiao.model.training.EnrollmentStatus;
import org.dangxiao.model.training.HoursConversionTable;
import org.dangxiao.model.training.LeaveRule;
import org.dangxiao.model.training.ProgramId;
import org.dangxiao.model.training.TrainingClass;
import org.dangxiao.model.training.TrainingProgram;
import org.dangxiao.training.record.Credit;
import org.dangxiao.training.record.TrainingRecord;
import org.dangxiao.training.schedule.Assignment;
import org.dangxiao.training.schedule.ClassSlot;
import org.dangxiao.training.schedule.Proposal;
import org.dangxiao.training.schedule.ScheduleRequest;
import org.dangxiao.training.schedule.Trainee;

/**
 * Rotation training on a workspace: the reads the training views need and the commands they run.
 * Every change is one command, so one undo takes a whole roster edit or schedule back.
 */
public final class Training {
	/** Seats a roster line takes: everyone but those who withdrew. */
	private static final Set<EnrollmentStatus> SEATED = Set.of(EnrollmentStatus.ENROLLED, EnrollmentStatus.COMPLETED,
			EnrollmentStatus.ON_LEAVE, EnrollmentStatus.MAKE_UP);

	private Training() {
	}

	/** The classes of a program, earliest first. */
	public static List<TrainingClass> classes(WorkspaceView ws, ProgramId program) {
		return ws.list(TrainingClass.class, program).stream()
				.sorted(java.util.Comparator.comparing(TrainingClass::start).thenComparing(k -> k.id().value())).toList();
	}

	public static List<Enrollment> roster(WorkspaceView ws, ClassId classId) {
		return ws.list(Enrollment.class, classId);
	}

	/** Seats still free in a class: its capacity less everyone on its roster who has not withdrawn. */
	public static int freeSeats(WorkspaceView ws, TrainingClass k) {
		long taken = roster(ws, k.id()).stream().filter(e -> SEATED.contains(e.status())).count();
		return (int) Math.max(0, k.capacity() - taken);
	}

	/** The program's coverage: in total, per organization with its subtree, and per category. */
	public record CoverageSummary(Coverage total, Map<OrgId, Coverage> bySubtree, Map<String, Coverage> byCategory) {
	}

	public static CoverageSummary coverage(WorkspaceView ws, ProgramId program) {
		var cells = ws.coverageCells(program); // one query for both breakdowns
		Map<OrgId, Coverage> direct = Coverage.byOrganization(cells);
		Coverage total = direct.values().stream().reduce(new Coverage(0, 0), Coverage::plus);
		return new CoverageSummary(total, Coverage.rollUp(ws.organizations(), direct), Coverage.byCategory(cells));
	}

	/**
	 * Every untrained person of the program (应训未训), for an export or the scheduler: one query, as
	 * each window would evaluate the whole target again.
	 */
	public static List<Person> untrained(WorkspaceView ws, ProgramId program, Optional<OrgId> within) {
		return ws.findUntrained(program, within, 0, Integer.MAX_VALUE);
	}

	/**
	 * Puts {@code people} on the roster of {@code k} as 在训; those already on it stay as they are.
	 * Refused, with the numbers, when they do not fit in the free seats.
	 */
	public static Command enroll(TrainingClass k, Collection<PersonId> people) {
		List<PersonId> distinct = people.stream().distinct().toList();
		return Commands.of(Nls.bind(Messages.Training_ENROLL, distinct.size(), k.name()), c -> {
			Set<PersonId> on = c.list(Enrollment.class, k.id()).stream().map(Enrollment::person).collect(Collectors.toSet());
			List<Enrollment> add = distinct.stream().filter(p -> !on.contains(p)).map(p -> new Enrollment(k.id(), p, EnrollmentStatus.ENROLLED))
					.toList();
			int free = freeSeats(c, k);
			if (add.size() > free) {
				throw new CommandException(Nls.bind(Messages.Training_OVER_CAPACITY, k.name(), k.capacity(), free, add.size()));
			}
			for (Enrollment e : add) {
				if (c.person(e.person()).isEmpty()) {
					throw new CommandException(Nls.bind(Messages.Training_NO_PERSON, e.person().value()));
				}
			}
			c.putAll(add);
		});
	}

	/** Sets the status of these roster lines of {@code k}. */
	public static Command setStatus(TrainingClass k, Collection<PersonId> people, EnrollmentStatus status) {
		return Commands.of(Nls.bind(Messages.Training_SET_STATUS, people.size(), k.name(), status.label()), c -> {
			for (PersonId p : people) {
				Enrollment e = c.get(Enrollment.class, new Enrollment.Key(k.id(), p))
						.orElseThrow(() -> new CommandException(Nls.bind(Messages.Training_NOT_ON_ROSTER, p.value(), k.name())));
				c.put(e.withStatus(status));
			}
		});
	}

	/** Takes these people off the roster of {@code k}. */
	public static Command unenroll(TrainingClass k, Collection<PersonId> people) {
		return Commands.of(Nls.bind(Messages.Training_UNENROLL, people.size(), k.name()), c -> {
			for (PersonId p : people) {
				c.remove(Enrollment.class, new Enrollment.Key(k.id(), p));
			}
		});
	}

	/** The 学时 table of a program: its own, else the first in the workspace, else the standard example. */
	public static HoursConversionTable table(WorkspaceView ws, TrainingProgram program) {
		return program.conversionTable().flatMap(id -> ws.get(HoursConversionTable.class, id))
				.or(() -> ws.list(HoursConversionTable.class).stream().findFirst()).orElseGet(HoursConversionTable::standard);
	}

	/** What attendance credits each person on a class's roster, as of {@code asOf}. */
	public static List<Credit> credits(WorkspaceView ws, TrainingClass k, LocalDate asOf) {
		TrainingProgram program = ws.get(TrainingProgram.class, k.program()).orElseThrow();
		HoursConversionTable table = table(ws, program);
		List<Course> courses = ws.list(Course.class, k.id());
		Map<PersonId, List<Attendance>> byPerson = new java.util.HashMap<>();
		for (Course course : courses) {
			for (Attendance a : ws.list(Attendance.class, course.id())) {
				byPerson.computeIfAbsent(a.person(), x -> new ArrayList<>()).add(a);
			}
		}
		return roster(ws, k.id()).stream()
				.map(e -> Credit.of(e.person(), k, courses, byPerson.getOrDefault(e.person(), List.of()), table, LeaveRule.standard(), asOf))
				.toList();
	}

	/**
	 * 结业核算: sets each roster line to what attendance suggests (结业, or 退训 when leave passed 1/7
	 * of a full-time class), as one command; lines whose status would not change are left alone.
	 */
	public static Command complete(WorkspaceView ws, TrainingClass k, LocalDate asOf) {
		List<Credit> credits = credits(ws, k, asOf);
		return Commands.of(Nls.bind(Messages.Training_COMPLETE, k.name()), c -> {
			List<Enrollment> changed = new ArrayList<>();
			Map<PersonId, Credit> byPerson = credits.stream().collect(Collectors.toMap(Credit::person, x -> x));
			for (Enrollment e : c.list(Enrollment.class, k.id())) {
				Credit credit = byPerson.get(e.person());
				if (credit == null) {
					continue; // enrolled after the credits were computed: judged next time
				}
				EnrollmentStatus next = credit.suggestedStatus(e.status());
				if (next != e.status()) {
					changed.add(e.withStatus(next));
				}
			}
			if (changed.isEmpty()) {
				throw new CommandException(Nls.bind(Messages.Training_NOTHING_TO_COMPLETE, k.name()));
			}
			c.putAll(changed);
		});
	}

	/**
	 * The scheduling request for a program: its untrained people, each counted against the
	 * organization {@code unitDepth} levels below the root on their path (1: the children of the
	 * root, such as townships), and its classes with their free seats.
	 */
	public static ScheduleRequest scheduleRequest(WorkspaceView ws, ProgramId programId, int unitDepth, int maxPerUnitPerClass) {
		TrainingProgram program = ws.get(TrainingProgram.class, programId).orElseThrow();
		OrganizationTree tree = ws.organizations();
		Map<OrgId, OrgId> unitOf = new java.util.HashMap<>();
		Set<PersonId> enrolledSomewhere = new HashSet<>();
		List<ClassSlot> slots = new ArrayList<>();
		for (TrainingClass k : classes(ws, programId)) {
			List<Enrollment> roster = roster(ws, k.id());
			roster.stream().filter(e -> SEATED.contains(e.status())).forEach(e -> enrolledSomewhere.add(e.person()));
			slots.add(ClassSlot.of(k, freeSeats(ws, k)));
		}
		List<Trainee> trainees = untrained(ws, programId, Optional.empty()).stream()
				.filter(p -> !enrolledSomewhere.contains(p.id())) // already placed in a class that has not ended
				.map(p -> new Trainee(p.id(), unitOf.computeIfAbsent(p.organization(), o -> unit(tree, o, unitDepth)))).toList();
		return new ScheduleRequest(trainees, slots, program.deadline(), maxPerUnitPerClass);
	}

	private static OrgId unit(OrganizationTree tree, OrgId org, int depth) {
		List<Organization> path = tree.path(org);
		return path.isEmpty() ? org : path.get(Math.min(depth, path.size() - 1)).id();
	}

	/** Applies a reviewed proposal: everyone it places goes on their class's roster as 在训, in one command. */
	public static Command apply(Proposal proposal) {
		List<Assignment> assignments = proposal.assignments();
		return Commands.of(Nls.bind(Messages.Training_APPLY_SCHEDULE, assignments.size()), c -> {
			if (!proposal.violations().isEmpty()) {
				throw new CommandException(proposal.violations().get(0).message());
			}
			for (ClassSlot slot : proposal.request().classes()) {
				TrainingClass k = c.get(TrainingClass.class, slot.id())
						.orElseThrow(() -> new CommandException(Nls.bind(Messages.Training_NO_CLASS, slot.name())));
				long placed = assignments.stream().filter(a -> a.classId().equals(k.id())).count();
				if (placed > freeSeats(c, k)) {
					throw new CommandException(Nls.bind(Messages.Training_OVER_CAPACITY, k.name(), k.capacity(), freeSeats(c, k), placed));
				}
			}
			c.putAll(assignments.stream().map(a -> new Enrollment(a.classId(), a.person(), EnrollmentStatus.ENROLLED)).toList());
		});
	}

	/** A person's 个人培训档案: every class they were on, with what attendance credits them. */
	public static TrainingRecord record(WorkspaceView ws, PersonId person, LocalDate asOf) {
		List<Enrollment> enrollments = ws.list(Enrollment.class, person);
		List<Attendance> attendance = ws.list(Attendance.class, person);
		List<TrainingClass> classes = new ArrayList<>();
		List<TrainingProgram> programs = new ArrayList<>();
		List<Credit> credits = new ArrayList<>();
		for (Enrollment e : enrollments) {
			Optional<TrainingClass> k = ws.get(TrainingClass.class, e.classId());
			if (k.isEmpty()) {
				continue;
			}
			TrainingProgram program = ws.get(TrainingProgram.class, k.get().program()).orElseThrow();
			List<Course> courses = ws.list(Course.class, k.get().id());
			Set<Object> ids = courses.stream().map(Course::id).collect(Collectors.toSet());
			classes.add(k.get());
			if (programs.stream().noneMatch(p -> p.id().equals(program.id()))) {
				programs.add(program);
			}
			credits.add(Credit.of(person, k.get(), courses, attendance.stream().filter(a -> ids.contains(a.course())).toList(),
					table(ws, program), LeaveRule.standard(), asOf));
		}
		return TrainingRecord.of(person, enrollments, classes, programs, credits);
	}

	/** 学时 the roster's people were credited in total: for the class editor's summary line. */
	public static BigDecimal totalHours(List<Credit> credits) {
		return credits.stream().map(Credit::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
	}
}
