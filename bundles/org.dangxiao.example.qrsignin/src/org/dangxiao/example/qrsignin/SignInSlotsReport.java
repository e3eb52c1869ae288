package org.dangxiao.example.qrsignin;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import org.dangxiao.model.WorkspaceView;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.model.training.Attendance;
import org.dangxiao.model.training.ClassId;
import org.dangxiao.model.training.Course;
import org.dangxiao.model.training.TrainingClass;
import org.dangxiao.reports.Arguments;
import org.dangxiao.reports.ChartSpec;
import org.dangxiao.reports.Column;
import org.dangxiao.reports.Parameter;
import org.dangxiao.reports.Report;
import org.dangxiao.reports.ReportException;
import org.dangxiao.reports.ReportResult;

/**
 * 扫码签到时段分布: how many sign-ins of a class (or of its courses whose name contains a text)
 * fell into each slot of N minutes (10 by default) before and after their course's start, with
 * their share and a bar chart. Sign-ins earlier or later than six slots are put together at the
 * ends, so one trainee who scanned at dawn does not stretch the table. Reads the attendance
 * records' sign-in times through the model's API only; records without one (leave, absence) are
 * counted in a note.
 */
public final class SignInSlotsReport implements Report {
	/** Slots on each side of the start shown one by one; beyond them, one slot each side. */
	static final int SLOTS_EACH_SIDE = 6;

	// made when asked, not kept in constants: the labels are in the language Messages holds now
	private static Parameter classParameter() {
		return Parameter.required("class", Messages.Report_CLASS, Parameter.Kind.CLASS);
	}

	private static Parameter courseParameter() {
		return Parameter.optional("course", Messages.Report_COURSE, Parameter.Kind.TEXT, Optional.empty());
	}

	private static Parameter slotParameter() {
		return Parameter.optional("slot", Messages.Report_SLOT_MINUTES, Parameter.Kind.TEXT, Optional.of("10"));
	}

	@Override
	public List<Parameter> parameters() {
		return List.of(classParameter(), courseParameter(), slotParameter());
	}

	@Override
	public ReportResult run(WorkspaceView workspace, Arguments arguments) throws ReportException {
		long id = arguments.id(classParameter());
		int minutes = slotMinutes(arguments);
		TrainingClass k = workspace.get(TrainingClass.class, new ClassId(id))
				.orElseThrow(() -> new ReportException(Nls.bind(Messages.Report_NO_CLASS, id)));
		Optional<String> filter = arguments.text(courseParameter());
		List<Course> courses = workspace.list(Course.class, k.id()).stream()
				.filter(c -> filter.isEmpty() || c.title().contains(filter.get())).toList();
		if (filter.isPresent() && courses.isEmpty()) {
			throw new ReportException(Nls.bind(Messages.Report_NO_COURSE, k.name(), filter.get()));
		}

		// slot index → sign-ins; slot i holds offsets [i·N, (i+1)·N) minutes from the start, negative before it
		TreeMap<Integer, Long> counts = new TreeMap<>();
		long total = 0;
		long withoutTime = 0;
		for (Course c : courses) {
			for (Attendance a : workspace.list(Attendance.class, c.id())) {
				if (a.signIn().isEmpty()) {
					withoutTime++;
					continue;
				}
				long seconds = Duration.between(c.start(), a.signIn().get()).toSeconds();
				int slot = (int) Math.max(-SLOTS_EACH_SIDE - 1, Math.min(SLOTS_EACH_SIDE, Math.floorDiv(seconds, minutes * 60L)));
				counts.merge(slot, 1L, Long::sum);
				total++;
			}
		}

		String title = filter.isEmpty() ? Nls.bind(Messages.Report_TITLE, k.name()) : Nls.bind(Messages.Report_TITLE_COURSE, k.name(), filter.get());
		List<String> notes = new ArrayList<>();
		notes.add(Nls.bind(Messages.Report_NOTE_CLASS, k.name(), k.start(), k.end(), courses.size()));
		List<Column> columns = List.of(Column.of(Messages.Report_SLOT, Column.Type.TEXT), Column.of(Messages.Report_COUNT, Column.Type.INTEGER),
				Column.of(Messages.Report_SHARE, Column.Type.PERCENT));
		if (total == 0) {
			notes.add(Messages.Report_NOTE_NONE);
			return new ReportResult(title, notes, columns, List.of(), Optional.empty());
		}
		notes.add(Nls.bind(Messages.Report_NOTE_COUNTED, total, withoutTime));
		notes.add(Nls.bind(Messages.Report_NOTE_RULE, minutes, minutes * SLOTS_EACH_SIDE));

		List<List<Object>> rows = new ArrayList<>();
		// every slot from the earliest to the latest with a sign-in, empty ones too: gaps are information
		for (int slot = counts.firstKey(); slot <= counts.lastKey(); slot++) {
			long n = counts.getOrDefault(slot, 0L);
			rows.add(List.<Object>of(label(slot, minutes), n, (double) n / total));
		}
		ChartSpec chart = new ChartSpec(ChartSpec.Kind.BAR, Messages.Report_CHART, 0, List.of(1), rows.size());
		return new ReportResult(title, notes, columns, rows, Optional.of(chart));
	}

	/** The slot's words: 开课前 10–20 分钟, 开课后 0–10 分钟, and the two open ends. */
	static String label(int slot, int minutes) {
		if (slot < -SLOTS_EACH_SIDE) {
			return Nls.bind(Messages.Slot_EARLIER, SLOTS_EACH_SIDE * minutes);
		}
		if (slot >= SLOTS_EACH_SIDE) {
			return Nls.bind(Messages.Slot_LATER, SLOTS_EACH_SIDE * minutes);
		}
		if (slot < 0) {
			return Nls.bind(Messages.Slot_BEFORE, (-slot - 1) * minutes, -slot * minutes);
		}
		return Nls.bind(Messages.Slot_AFTER, slot * minutes, (slot + 1) * minutes);
	}

	private static int slotMinutes(Arguments arguments) throws ReportException {
		Parameter slot = slotParameter();
		String text = arguments.requiredText(slot);
		if (text.matches("\\p{Nd}{1,2}")) { // full-width digits too, as a Chinese IME types them
			int m = Integer.parseInt(text);
			if (m >= 1 && m <= 60) {
				return m;
			}
		}
		throw new ReportException(Nls.bind(Messages.Report_BAD_SLOT, slot.label(), text));
	}
}
