package org.dangxiao.reports.builtin;

import java.util.List;

import org.dangxiao.reports.ReportDescriptor;

/**
 * The six reports this bundle contributes, for a plain JVM without an extension registry; in
 * OSGi the same reports come through plugin.xml with the same ids, classes, names and categories
 * (OSGI-INF/l10n/bundle*.properties hold the same texts as messages*.properties; a test compares them).
 */
public final class BuiltinReports {
	public static final String CONTRIBUTOR = "org.dangxiao.reports";
	public static final String TRAINING_COVERAGE = "org.dangxiao.reports.trainingCoverage";
	public static final String PERSON_RECORD = "org.dangxiao.reports.personRecord";
	public static final String FIRST_TOPICS = "org.dangxiao.reports.firstTopics";
	public static final String CENTER_GROUP = "org.dangxiao.reports.centerGroup";
	public static final String MEETING_COMPLIANCE = "org.dangxiao.reports.meetingCompliance";
	public static final String ATTENDANCE = "org.dangxiao.reports.attendance";

	private BuiltinReports() {
	}

	public static List<ReportDescriptor> descriptors() {
		return List.of(
				new ReportDescriptor(TRAINING_COVERAGE, Messages.Report_TRAINING_COVERAGE, Messages.Category_TRAINING,
						Messages.Report_TRAINING_COVERAGE_DESCRIPTION, CONTRIBUTOR, new TrainingCoverageReport()),
				new ReportDescriptor(PERSON_RECORD, Messages.Report_PERSON_RECORD, Messages.Category_TRAINING,
						Messages.Report_PERSON_RECORD_DESCRIPTION, CONTRIBUTOR, new PersonRecordReport()),
				new ReportDescriptor(ATTENDANCE, Messages.Report_ATTENDANCE, Messages.Category_TRAINING,
						Messages.Report_ATTENDANCE_DESCRIPTION, CONTRIBUTOR, new AttendanceRateReport()),
				new ReportDescriptor(FIRST_TOPICS, Messages.Report_FIRST_TOPICS, Messages.Category_STUDY,
						Messages.Report_FIRST_TOPICS_DESCRIPTION, CONTRIBUTOR, new FirstTopicRegisterReport()),
				new ReportDescriptor(CENTER_GROUP, Messages.Report_CENTER_GROUP, Messages.Category_STUDY,
						Messages.Report_CENTER_GROUP_DESCRIPTION, CONTRIBUTOR, new CenterGroupReport()),
				new ReportDescriptor(MEETING_COMPLIANCE, Messages.Report_MEETING_COMPLIANCE, Messages.Category_STUDY,
						Messages.Report_MEETING_COMPLIANCE_DESCRIPTION, CONTRIBUTOR, new MeetingComplianceReport()));
	}
}
