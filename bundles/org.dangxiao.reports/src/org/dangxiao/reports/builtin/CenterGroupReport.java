package org.dangxiao.reports.builtin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.dangxiao.compliance.CenterGroupYear;
import org.dangxiao.compliance.MonthPlan;
import org.dangxiao.model.Organization;
import org.dangxiao.model.WorkspaceView;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.model.study.Meeting;
import org.dangxiao.model.study.PlannedMeeting;
import org.dangxiao.model.study.PlannedTopic;
import org.dangxiao.model.study.StudyPlan;
import org.dangxiao.model.study.StudyPlanId;
import org.dangxiao.reports.Arguments;
import org.dangxiao.reports.ChartSpec;
import org.dangxiao.reports.Column;
import org.dangxiao.reports.Parameter;
import org.dangxiao.reports.Report;
import org.dangxiao.reports.ReportException;
import org.dangxiao.reports.ReportResult;

/**
 * 中心组学习记录: one organization's 理论学习中心组 year month by month ({@link CenterGroupYear}):
 * the annual plan's topics and 重点发言 speakers and the sessions scheduled, against the sessions
 * held with their dates and attendance. A month with something planned, nothing held and already
 * over is 未按计划, as the 中心组 view marks it in red.
 */
public final class CenterGroupReport implements Report {
	private final Parameter organization = Support.organization();
	private final Parameter year = Support.year();
	private final Parameter asOf = Support.asOf();

	@Override
	public List<Parameter> parameters() {
		return List.of(organization, year, asOf);
	}

	@Override
	public ReportResult run(WorkspaceView ws, Arguments arguments) throws ReportException {
		Organization org = Support.organization(ws, arguments.id(organization));
		int y = arguments.year(year);
		LocalDate day = Support.asOf(arguments, asOf);
		Optional<StudyPlan> stored = plansOf(ws, org).stream().filter(p -> p.year() == y).findFirst();
		// no plan yet: the sessions held still make a record, against an empty plan
		StudyPlan plan = stored.orElseGet(() -> new StudyPlan(new StudyPlanId(0), org.id(), y, List.of()));
		List<MonthPlan> months = CenterGroupYear.of(plan, ws.list(PlannedMeeting.class, org.id()), ws.list(Meeting.class, org.id()), day);

		List<List<Object>> rows = new ArrayList<>(13);
		int topics = 0, sessions = 0, held = 0, present = 0, leave = 0;
		List<String> behind = new ArrayList<>();
		for (MonthPlan m : months) {
			int p = m.held().stream().mapToInt(x -> x.present().size()).sum();
			int l = m.held().stream().mapToInt(x -> (int) x.attendees().stream().filter(a -> !a.isPresent()).count()).sum();
			String month = Nls.bind(Messages.CenterGroup_MONTH, m.month().getMonthValue());
			rows.add(Arrays.asList(month,
					joined(m.planned().stream().map(PlannedTopic::topic).toList(), Messages.Common_ITEM_SEPARATOR),
					joined(m.planned().stream().map(t -> String.join(Messages.Common_LIST_SEPARATOR, t.speakers())).filter(s -> !s.isEmpty())
							.toList(), Messages.Common_ITEM_SEPARATOR),
					m.sessions().size(), m.held().size(),
					joined(m.held().stream().map(x -> x.date().toString()).toList(), Messages.Common_LIST_SEPARATOR),
					p, l, status(m, day)));
			topics += m.planned().size();
			sessions += m.sessions().size();
			held += m.held().size();
			present += p;
			leave += l;
			if (m.behind(day)) {
				behind.add(month);
			}
		}
		rows.add(Arrays.asList(Messages.Common_TOTAL, null, null, sessions, held, null, present, leave, null));

		List<Column> columns = List.of(Column.of(Messages.CenterGroup_MONTH_COLUMN, Column.Type.TEXT),
				Column.grouped(Messages.CenterGroup_PLAN, Messages.CenterGroup_TOPICS, Column.Type.TEXT),
				Column.grouped(Messages.CenterGroup_PLAN, Messages.CenterGroup_SPEAKERS, Column.Type.TEXT),
				Column.grouped(Messages.CenterGroup_PLAN, Messages.CenterGroup_SESSIONS, Column.Type.INTEGER),
				Column.grouped(Messages.CenterGroup_ACTUAL, Messages.CenterGroup_HELD, Column.Type.INTEGER),
				Column.grouped(Messages.CenterGroup_ACTUAL, Messages.CenterGroup_DATES, Column.Type.TEXT),
				Column.grouped(Messages.CenterGroup_ACTUAL, Messages.CenterGroup_PRESENT, Column.Type.INTEGER),
				Column.grouped(Messages.CenterGroup_ACTUAL, Messages.CenterGroup_LEAVE, Column.Type.INTEGER),
				Column.of(Messages.Common_STATUS, Column.Type.TEXT));
		List<String> notes = new ArrayList<>();
		notes.add(stored.isEmpty() ? Nls.bind(Messages.CenterGroup_NOTE_NO_PLAN, org.name(), y)
				: Nls.bind(Messages.CenterGroup_NOTE_PLAN, topics, sessions));
		notes.add(Nls.bind(Messages.CenterGroup_NOTE_HELD, held, present, leave));
		if (!behind.isEmpty()) {
			notes.add(Nls.bind(Messages.CenterGroup_NOTE_BEHIND, behind.size(), String.join(Messages.Common_LIST_SEPARATOR, behind)));
		}
		notes.add(Nls.bind(Messages.Note_AS_OF, day.toString()));
		notes.add(Support.madeOn());
		ChartSpec chart = new ChartSpec(ChartSpec.Kind.BAR, Messages.CenterGroup_CHART, 0, List.of(3, 4), 12);
		return new ReportResult(Nls.bind(Messages.CenterGroup_TITLE, org.name(), y), notes, columns, rows, Optional.of(chart));
	}

	private static String status(MonthPlan m, LocalDate day) {
		if (m.behind(day)) {
			return Messages.CenterGroup_BEHIND;
		}
		if (!m.held().isEmpty()) {
			return Messages.CenterGroup_DONE;
		}
		if (!m.planned().isEmpty() || !m.sessions().isEmpty()) {
			return Messages.CenterGroup_TO_DO;
		}
		return null;
	}

	private static String joined(List<String> parts, String separator) {
		return parts.isEmpty() ? null : parts.stream().collect(Collectors.joining(separator));
	}

	/** The plans of one organization through the store's owner index, or the whole (small) table filtered. */
	private static List<StudyPlan> plansOf(WorkspaceView ws, Organization org) {
		try {
			return ws.list(StudyPlan.class, org.id());
		} catch (IllegalArgumentException e) {
			return ws.list(StudyPlan.class).stream().filter(p -> p.organization().equals(org.id())).toList();
		}
	}
}
