package org.dangxiao.attendance.ui;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.dangxiao.imports.Field;
import org.dangxiao.imports.PlannedRow;
import org.dangxiao.imports.Sessions;
import org.dangxiao.model.CitizenId;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.model.training.TrainingClass;

/** How the import's values read on screen; one place, so the wizard and the history part agree. */
public final class Texts {
	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
	/** Sign-ins fall within one class, so the year adds nothing but width. */
	private static final DateTimeFormatter SIGN_IN = DateTimeFormatter.ofPattern("MM-dd HH:mm");

	private Texts() {
	}

	/** E.g. 2021年新任村干部轮训第一期（2021-06-01 至 2021-06-05）. */
	public static String trainingClass(TrainingClass k) {
		return Nls.bind(Messages.Class_LABEL, k.name(), k.start().toString(), k.end().toString());
	}

	/** Blank when the column or row belongs to no half-day. */
	public static String session(Optional<Sessions> s) {
		return s.map(Sessions::label).orElse("");
	}

	public static String field(Optional<Field> f) {
		return f.map(Field::label).orElse(Messages.Field_NONE);
	}

	public static String outcome(PlannedRow.Outcome o) {
		return switch (o) {
		case ACCEPTED -> Messages.Outcome_ACCEPTED;
		case WARNING -> Messages.Outcome_WARNING;
		case REJECTED -> Messages.Outcome_REJECTED;
		case SKIPPED -> Messages.Outcome_SKIPPED;
		};
	}

	/**
	 * An ID number as a list shows it to tell people apart without spelling it out: the region and
	 * the last four characters, 652301********1234.
	 */
	public static String maskedCitizenId(CitizenId id) {
		String v = id.value();
		return v.substring(0, 6) + "*".repeat(v.length() - 10) + v.substring(v.length() - 4);
	}

	/** An instant in this computer's time zone: imports are stored in UTC, read by people in Beijing time. */
	public static String local(Instant at) {
		return MINUTE.format(at.atZone(ZoneId.systemDefault()));
	}

	public static String signIn(LocalDateTime t) {
		return SIGN_IN.format(t);
	}

	/** The spreadsheet's column name: 0 is A, 25 is Z, 26 is AA. */
	public static String columnLetter(int index) {
		StringBuilder b = new StringBuilder();
		for (int n = index + 1; n > 0; n = (n - 1) / 26) {
			b.insert(0, (char) ('A' + (n - 1) % 26));
		}
		return b.toString();
	}
}
