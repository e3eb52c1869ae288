package org.dangxiao.reports.builtin;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.dangxiao.model.Organization;
import org.dangxiao.model.Person;
import org.dangxiao.model.WorkspaceView;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.model.training.ClassMode;
import org.dangxiao.reports.Arguments;
import org.dangxiao.reports.Column;
import org.dangxiao.reports.Parameter;
import org.dangxiao.reports.Report;
import org.dangxiao.reports.ReportException;
import org.dangxiao.reports.ReportResult;
import org.dangxiao.training.Training;
import org.dangxiao.training.record.RequirementCheck;
import org.dangxiao.training.record.Requirements;
import org.dangxiao.training.record.TrainingRecord;

/**
 * 个人培训档案: every class a person was on, with the 学时 and days attendance credits them
 * ({@link Training#record}), and the check of 《干部教育培训工作条例》 for their rank
 * ({@link Requirements#standard()}) in the notes, as the personal-record dialog shows it.
 */
public final class PersonRecordReport implements Report {
	private final Parameter person = Support.person();
	private final Parameter asOf = Support.asOf();

	@Override
	public List<Parameter> parameters() {
		return List.of(person, asOf);
	}

	@Override
	public ReportResult run(WorkspaceView ws, Arguments arguments) throws ReportException {
		Person p = Support.person(ws, arguments.id(person));
		LocalDate day = Support.asOf(arguments, asOf);
		TrainingRecord record = Training.record(ws, p.id(), day);
		RequirementCheck check = Requirements.standard().check(p, record, day, Optional.empty());

		List<List<Object>> rows = new ArrayList<>();
		for (TrainingRecord.Entry e : record.entries()) {
			rows.add(Arrays.asList(e.className(), e.programName(), e.start(), e.end(), e.mode().label(), e.status().label(), e.hours(),
					e.days(), e.counts() ? null : Messages.Record_NOT_COUNTED));
		}
		TrainingRecord.Tally all = record.tally(LocalDate.MIN, LocalDate.MAX, EnumSet.allOf(ClassMode.class));
		rows.add(Arrays.asList(Messages.Common_TOTAL, null, null, null, null, null, all.hours(), all.days()));

		List<Column> columns = List.of(Column.of(org.dangxiao.training.record.Messages.Column_CLASS, Column.Type.TEXT),
				Column.of(org.dangxiao.training.record.Messages.Column_PROGRAM, Column.Type.TEXT),
				Column.grouped(Messages.Record_DATES, org.dangxiao.training.record.Messages.Column_START, Column.Type.DATE),
				Column.grouped(Messages.Record_DATES, org.dangxiao.training.record.Messages.Column_END, Column.Type.DATE),
				Column.of(org.dangxiao.training.record.Messages.Column_MODE, Column.Type.TEXT),
				Column.of(org.dangxiao.training.record.Messages.Column_STATUS, Column.Type.TEXT),
				Column.grouped(Messages.Record_CREDITED, org.dangxiao.training.record.Messages.Column_HOURS, Column.Type.DECIMAL),
				Column.grouped(Messages.Record_CREDITED, org.dangxiao.training.record.Messages.Column_DAYS, Column.Type.INTEGER),
				Column.of(Messages.Common_REMARK, Column.Type.TEXT));

		String organization = ws.organizations().get(p.organization()).map(Organization::name).orElse("");
		List<String> notes = new ArrayList<>();
		notes.add(Nls.bind(Messages.Record_NOTE_PERSON, p.name(), organization, p.post().isEmpty() ? "—" : p.post(),
				p.rank().orElse(Messages.Record_NO_RANK)));
		notes.add(Nls.bind(Messages.Record_NOTE_CHECK, check.message()));
		Map<Year, BigDecimal> byYear = record.hoursByYear();
		if (!byYear.isEmpty()) {
			notes.add(Nls.bind(Messages.Record_NOTE_BY_YEAR, byYear.entrySet().stream()
					.map(y -> Nls.bind(Messages.Record_YEAR_HOURS, y.getKey().getValue(), Support.hours(y.getValue())))
					.collect(Collectors.joining(Messages.Common_LIST_SEPARATOR))));
		}
		notes.add(Nls.bind(Messages.Note_AS_OF, day.toString()));
		notes.add(Support.madeOn());
		return new ReportResult(Nls.bind(Messages.Record_TITLE, p.name()), notes, columns, rows, Optional.empty());
	}
}
