package org.dangxiao.reports.builtin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dangxiao.compliance.FirstTopicEntry;
import org.dangxiao.compliance.FirstTopics;
import org.dangxiao.model.Organization;
import org.dangxiao.model.OrganizationTree;
import org.dangxiao.model.Setting;
import org.dangxiao.model.WorkspaceView;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.model.study.Meeting;
import org.dangxiao.model.study.MeetingId;
import org.dangxiao.model.study.StudyMaterial;
import org.dangxiao.reports.Arguments;
import org.dangxiao.reports.Column;
import org.dangxiao.reports.Parameter;
import org.dangxiao.reports.Report;
import org.dangxiao.reports.ReportException;
import org.dangxiao.reports.ReportResult;

/**
 * 第一议题学习台账: the materials published in a year and, for every 党委(党组) of the scope that
 * records committee meetings, the first meeting whose 第一议题 studied each, the delay and the
 * status, exactly as {@link FirstTopics#register} judges them, with the workspace's 超期 days (the
 * setting the 学习计划 view edits, 30 by default).
 */
public final class FirstTopicRegisterReport implements Report {
	/** The workspace setting of the 第一议题 register's allowed days; owned by the 学习计划 view (StudyEdits.MAX_DAYS_KEY). */
	static final String MAX_DAYS_KEY = "studyplan.firstTopic.maxDays";
	private static final int MAX_DAYS_LIMIT = 3650;
	private final Parameter year = Support.year();
	private final Parameter organization = Support.optionalOrganization();
	private final Parameter asOf = Support.asOf();

	@Override
	public List<Parameter> parameters() {
		return List.of(year, organization, asOf);
	}

	@Override
	public ReportResult run(WorkspaceView ws, Arguments arguments) throws ReportException {
		int y = arguments.year(year);
		Optional<Organization> scope = Support.organization(ws, arguments.optionalId(organization));
		LocalDate day = Support.asOf(arguments, asOf);
		int maxDays = maxDays(ws);
		OrganizationTree tree = ws.organizations();

		List<StudyMaterial> materials = ws.list(StudyMaterial.class).stream().filter(m -> m.date().getYear() == y).toList();
		// any date: a December material may be studied in January
		List<Meeting> meetings = Support.owned(ws, Meeting.class, Meeting::organization, scope).stream()
				.filter(m -> FirstTopics.COMMITTEE_MEETINGS.contains(m.type())).toList();
		Map<MeetingId, Meeting> byId = new HashMap<>(meetings.size() * 2);
		meetings.forEach(m -> byId.put(m.id(), m));
		List<FirstTopicEntry> entries = FirstTopics.register(materials, meetings, FirstTopics.COMMITTEE_MEETINGS, maxDays, day);

		List<List<Object>> register = FirstTopics.registerRows(tree, entries, byId);
		List<List<Object>> rows = new ArrayList<>(entries.size());
		for (List<Object> r : register.subList(1, register.size())) {
			// the register writes "" for what is not there yet; an empty cell keeps the date column typed
			rows.add(r.stream().map(v -> "".equals(v) ? null : v).toList());
		}

		long onTime = entries.stream().filter(e -> e.studied() && !e.late()).count();
		long late = entries.stream().filter(e -> e.studied() && e.late()).count();
		long overdue = entries.stream().filter(e -> !e.studied() && e.late()).count();
		long pending = entries.size() - onTime - late - overdue;
		List<Object> names = FirstTopics.registerHeader();
		String material = org.dangxiao.compliance.Messages.FirstTopic_MATERIAL;
		List<Column> columns = List.of(Column.grouped(material, Messages.FirstTopics_TITLE, Column.Type.TEXT),
				Column.grouped(material, (String) names.get(1), Column.Type.TEXT),
				Column.grouped(material, (String) names.get(2), Column.Type.TEXT),
				Column.grouped(material, (String) names.get(3), Column.Type.DATE),
				Column.of((String) names.get(4), Column.Type.TEXT),
				Column.grouped(Messages.FirstTopics_STUDY, (String) names.get(5), Column.Type.DATE),
				Column.grouped(Messages.FirstTopics_STUDY, (String) names.get(6), Column.Type.TEXT),
				Column.grouped(Messages.FirstTopics_STUDY, (String) names.get(7), Column.Type.INTEGER),
				Column.of((String) names.get(8), Column.Type.TEXT));
		List<String> notes = new ArrayList<>();
		notes.add(Nls.bind(Messages.Note_SCOPE, Support.scopeLabel(tree, scope)));
		notes.add(Nls.bind(Messages.FirstTopics_NOTE_RULE, maxDays));
		notes.add(materials.isEmpty() ? Nls.bind(Messages.FirstTopics_NOTE_NO_MATERIALS, y)
				: Nls.bind(Messages.FirstTopics_NOTE_COUNTS, materials.size(), entries.size(), onTime, late, pending, overdue));
		notes.add(Nls.bind(Messages.Note_AS_OF, day.toString()));
		notes.add(Support.madeOn());
		return new ReportResult(Nls.bind(Messages.FirstTopics_REPORT_TITLE, y), notes, columns, rows, Optional.empty());
	}

	/** The workspace's days when set to a sensible number, as the 学习计划 view reads them; else 30. */
	static int maxDays(WorkspaceView ws) {
		return ws.get(Setting.class, MAX_DAYS_KEY).flatMap(s -> {
			try {
				int n = Integer.parseInt(s.value().strip());
				return n >= 0 && n <= MAX_DAYS_LIMIT ? Optional.of(n) : Optional.<Integer>empty();
			} catch (NumberFormatException e) {
				return Optional.<Integer>empty();
			}
		}).orElse(FirstTopics.DEFAULT_MAX_DAYS);
	}
}
