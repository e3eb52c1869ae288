package org.dangxiao.reports.builtin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dangxiao.model.WorkspaceView;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.model.training.Course;
import org.dangxiao.model.training.CourseId;
import org.dangxiao.model.training.TrainingClass;
import org.dangxiao.model.training.TrainingProgram;
import org.dangxiao.reports.Arguments;
import org.dangxiao.reports.ChartSpec;
import org.dangxiao.reports.Column;
import org.dangxiao.reports.Parameter;
import org.dangxiao.reports.Report;
import org.dangxiao.reports.ReportException;
import org.dangxiao.reports.ReportResult;
import org.dangxiao.training.Training;
import org.dangxiao.training.record.Credit;

/**
 * 班次出勤率: for a program, one row per class; for a class, one row per course. Counted in
 * person-courses (人次) from what {@link Training#credits} makes of the attendance, the same
 * standing that 结业核算 and the roster's 学时 use: 应到 every roster line's course that is due (not
 * still pending in a running class), 实到 those attended (an online course whose times were too
 * short to earn 学时 still counts as attended), 请假, and 缺勤 (absent, or no record once the class
 * is over).
 */
public final class AttendanceRateReport implements Report {
	static final int CHART_ROWS = 20;
	private final Parameter program = Support.optionalProgram();
	private final Parameter trainingClass = Support.optionalClass();
	private final Parameter asOf = Support.asOf();

	@Override
	public List<Parameter> parameters() {
		return List.of(program, trainingClass, asOf);
	}

	/** 应到, 实到, 请假, 缺勤 in 人次. */
	private record Tally(int due, int present, int leave, int absent) {
		static final Tally NONE = new Tally(0, 0, 0, 0);

		Tally plus(Tally o) {
			return new Tally(due + o.due, present + o.present, leave + o.leave, absent + o.absent);
		}

		static Tally of(Credit.Standing s) {
			return switch (s) {
			case ATTENDED, UNCREDITED -> new Tally(1, 1, 0, 0);
			case ON_LEAVE -> new Tally(1, 0, 1, 0);
			case ABSENT, NO_RECORD -> new Tally(1, 0, 0, 1);
			case PENDING -> NONE;
			};
		}

		void addTo(List<Object> row) {
			row.add(due);
			row.add(present);
			row.add(leave);
			row.add(absent);
			row.add(Support.ratio(present, due));
		}
	}

	@Override
	public ReportResult run(WorkspaceView ws, Arguments arguments) throws ReportException {
		Optional<Long> programId = arguments.optionalId(program);
		Optional<Long> classId = arguments.optionalId(trainingClass);
		LocalDate day = Support.asOf(arguments, asOf);
		if (programId.isEmpty() && classId.isEmpty()) {
			throw new ReportException(Nls.bind(Messages.Attendance_PROGRAM_OR_CLASS, program.label(), trainingClass.label()));
		}
		if (classId.isPresent()) {
			TrainingClass k = Support.trainingClass(ws, classId.get());
			if (programId.isPresent() && programId.get() != k.program().value()) {
				TrainingProgram p = Support.program(ws, programId.get());
				throw new ReportException(Nls.bind(Messages.Attendance_CLASS_NOT_IN_PROGRAM, k.name(), p.name()));
			}
			return byCourse(ws, k, day);
		}
		return byClass(ws, Support.program(ws, programId.get()), day);
	}

	private ReportResult byClass(WorkspaceView ws, TrainingProgram p, LocalDate day) {
		List<List<Object>> rows = new ArrayList<>();
		Tally total = Tally.NONE;
		for (TrainingClass k : Training.classes(ws, p.id())) {
			List<Credit> credits = Training.credits(ws, k, day);
			Tally t = Tally.NONE;
			for (Credit c : credits) {
				for (Credit.Line l : c.lines()) {
					t = t.plus(Tally.of(l.standing()));
				}
			}
			List<Object> row = new ArrayList<>(List.of(k.name(), k.start(), k.end(), k.mode().label(), credits.size(),
					ws.list(Course.class, k.id()).size()));
			t.addTo(row);
			rows.add(row);
			total = total.plus(t);
		}
		int classes = rows.size();
		List<Object> last = new ArrayList<>(Arrays.asList(Messages.Common_TOTAL, null, null, null, null, null));
		total.addTo(last);
		rows.add(last);
		List<Column> columns = new ArrayList<>(List.of(Column.of(Messages.Attendance_CLASS, Column.Type.TEXT),
				Column.grouped(Messages.Attendance_DATES, org.dangxiao.training.record.Messages.Column_START, Column.Type.DATE),
				Column.grouped(Messages.Attendance_DATES, org.dangxiao.training.record.Messages.Column_END, Column.Type.DATE),
				Column.of(org.dangxiao.training.record.Messages.Column_MODE, Column.Type.TEXT),
				Column.of(Messages.Attendance_TRAINEES, Column.Type.INTEGER),
				Column.of(Messages.Attendance_COURSES, Column.Type.INTEGER)));
		columns.addAll(tallyColumns());
		List<String> notes = List.of(Nls.bind(Messages.Attendance_NOTE_PROGRAM, p.name(), classes),
				Nls.bind(Messages.Attendance_NOTE_TOTAL, total.due(), total.present(), total.leave(), total.absent(),
						Support.percent(total.present(), total.due())),
				Messages.Attendance_NOTE_HOW, Nls.bind(Messages.Note_AS_OF, day.toString()), Support.madeOn());
		return new ReportResult(Nls.bind(Messages.Attendance_TITLE_PROGRAM, p.name()), notes, columns, rows, chart(classes, 10));
	}

	private ReportResult byCourse(WorkspaceView ws, TrainingClass k, LocalDate day) {
		List<Credit> credits = Training.credits(ws, k, day);
		Map<CourseId, Tally> byCourse = new HashMap<>();
		for (Credit c : credits) {
			for (Credit.Line l : c.lines()) {
				byCourse.merge(l.course().id(), Tally.of(l.standing()), Tally::plus);
			}
		}
		List<Course> courses = ws.list(Course.class, k.id()).stream()
				.sorted(java.util.Comparator.comparing(Course::start).thenComparing(Course::id)).toList();
		List<List<Object>> rows = new ArrayList<>();
		Tally total = Tally.NONE;
		for (Course c : courses) {
			Tally t = byCourse.getOrDefault(c.id(), Tally.NONE);
			List<Object> row = new ArrayList<>(Arrays.asList(c.title(), c.teacher().isEmpty() ? null : c.teacher(), c.start(), c.hours()));
			t.addTo(row);
			rows.add(row);
			total = total.plus(t);
		}
		List<Object> last = new ArrayList<>(Arrays.asList(Messages.Common_TOTAL, null, null,
				courses.stream().map(Course::hours).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add)));
		total.addTo(last);
		rows.add(last);
		List<Column> columns = new ArrayList<>(List.of(Column.of(Messages.Attendance_COURSE, Column.Type.TEXT),
				Column.of(Messages.Attendance_TEACHER, Column.Type.TEXT),
				Column.of(Messages.Attendance_TIME, Column.Type.DATE_TIME),
				Column.of(org.dangxiao.training.record.Messages.Column_HOURS, Column.Type.DECIMAL)));
		columns.addAll(tallyColumns());
		List<String> notes = List.of(
				Nls.bind(Messages.Attendance_NOTE_CLASS, k.name(), k.start().toString(), k.end().toString(), k.mode().label(), credits.size(),
						courses.size()),
				Nls.bind(Messages.Attendance_NOTE_TOTAL, total.due(), total.present(), total.leave(), total.absent(),
						Support.percent(total.present(), total.due())),
				Messages.Attendance_NOTE_HOW, Nls.bind(Messages.Note_AS_OF, day.toString()), Support.madeOn());
		return new ReportResult(Nls.bind(Messages.Attendance_TITLE_CLASS, k.name()), notes, columns, rows, chart(courses.size(), 8));
	}

	private static List<Column> tallyColumns() {
		String times = Messages.Attendance_TIMES;
		return List.of(Column.grouped(times, Messages.Attendance_DUE, Column.Type.INTEGER),
				Column.grouped(times, Messages.Attendance_PRESENT, Column.Type.INTEGER),
				Column.grouped(times, Messages.Attendance_LEAVE, Column.Type.INTEGER),
				Column.grouped(times, Messages.Attendance_ABSENT, Column.Type.INTEGER),
				Column.of(Messages.Attendance_RATE, Column.Type.PERCENT));
	}

	private static Optional<ChartSpec> chart(int rows, int rateColumn) {
		return rows == 0 ? Optional.empty()
				: Optional.of(new ChartSpec(ChartSpec.Kind.BAR, Messages.Attendance_CHART, 0, List.of(rateColumn), Math.min(CHART_ROWS, rows)));
	}
}
