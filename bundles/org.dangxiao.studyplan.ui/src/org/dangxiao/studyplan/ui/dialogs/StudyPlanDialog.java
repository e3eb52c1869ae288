package org.dangxiao.studyplan.ui.dialogs;

import org.dangxiao.ui.FormDialog;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dangxiao.model.Organization;
import org.dangxiao.model.Workspace;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.model.study.PlannedTopic;
import org.dangxiao.model.study.StudyPlan;
import org.dangxiao.studyplan.ui.Messages;
import org.dangxiao.studyplan.ui.StudyEdits;
import org.dangxiao.studyplan.ui.Ui;
import org.dangxiao.ui.Edits;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * 编辑中心组年度学习计划: the topics of one organization's year, one per line, each starting with
 * its month (3月 学习贯彻全国两会精神). Plain text, because plans are usually pasted from the
 * document the committee adopted.
 */
public final class StudyPlanDialog extends FormDialog {
	/** 3月 …, 3 …, 3、…, 三月 …, 十二月：…; the month first, then the topic. */
	private static final Pattern LINE = Pattern.compile(
			"^\\s*(\\d{1,2}|十[一二]?|[一二三四五六七八九十])\\s*(?:月份?|[：:、.．，,\\s])\\s*[：:、.．，,]?\\s*(.+)$");
	private static final String NUMERALS = "一二三四五六七八九十";

	private final Workspace workspace;
	private final Organization organization;
	private final int year;
	private final Optional<StudyPlan> seen;
	private Text topics;

	public StudyPlanDialog(Shell parent, Workspace workspace, Organization organization, int year, Optional<StudyPlan> seen) {
		super(parent);
		this.workspace = workspace;
		this.organization = organization;
		this.year = year;
		this.seen = seen;
	}

	@Override
	protected String title() {
		return Messages.Plan_TITLE;
	}

	@Override
	protected String instruction() {
		return Nls.bind(Messages.Plan_INSTRUCTION, organization.name(), year);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite form = form(parent);
		List<String> lines = seen.map(p -> p.topics().stream()
				.map(t -> Nls.bind(Messages.Plan_LINE, t.month().getMonthValue(), t.topic())
						+ (t.speakers().isEmpty() ? "" : Nls.bind(Messages.Plan_SPEAKERS_SUFFIX, String.join(Messages.Plan_SPEAKER_SEPARATOR, t.speakers()))))
				.toList()).orElse(List.of());
		topics = multiLine(form, Nls.bind(Messages.Plan_TOPICS, year), String.join("\n", lines), "plan.topics", 14);
		note(form, Messages.Plan_NOTE, "plan.note");
		return form.getParent();
	}

	/** Why the text is not a plan yet. */
	private Optional<String> parseProblem() {
		List<String> all = List.of(topics.getText().split("\\R", -1));
		for (int i = 0; i < all.size(); i++) {
			String line = Ui.halfWidth(all.get(i));
			if (line.isBlank()) {
				continue;
			}
			Matcher m = LINE.matcher(line);
			if (!m.matches()) {
				return Optional.of(Nls.bind(Messages.Plan_NO_MONTH, i + 1, line.strip()));
			}
			int month = month(m.group(1));
			if (month < 1 || month > 12) {
				return Optional.of(Nls.bind(Messages.Plan_BAD_MONTH, i + 1, m.group(1)));
			}
		}
		return Optional.empty();
	}

	private List<PlannedTopic> parsed() {
		List<PlannedTopic> out = new ArrayList<>();
		for (String raw : topics.getText().split("\\R")) {
			Matcher m = LINE.matcher(Ui.halfWidth(raw));
			if (!raw.isBlank() && m.matches()) {
				out.add(topic(YearMonth.of(year, month(m.group(1))), m.group(2)));
			}
		}
		return out;
	}

	/**
	 * 专题 | 张三、李四: the 重点发言 speakers follow a bar, separated by 、 , ， or spaces; a topic without a
	 * bar has none yet.
	 */
	static PlannedTopic topic(YearMonth month, String text) {
		int bar = text.indexOf('|');
		if (bar < 0) {
			return new PlannedTopic(month, text.strip());
		}
		List<String> speakers = java.util.Arrays.stream(text.substring(bar + 1).split("[、,，;；\\s]+")).map(String::strip)
				.filter(n -> !n.isEmpty()).toList();
		return new PlannedTopic(month, text.substring(0, bar).strip(), speakers);
	}

	private static int month(String s) {
		if (Character.isDigit(s.charAt(0))) {
			return Integer.parseInt(s);
		}
		if (s.startsWith("十")) {
			return s.length() == 1 ? 10 : 10 + NUMERALS.indexOf(s.charAt(1)) + 1;
		}
		return NUMERALS.indexOf(s.charAt(0)) + 1;
	}

	@Override
	protected Optional<String> problem() {
		return parseProblem();
	}

	@Override
	protected Optional<String> warning() {
		if (parsed().isEmpty()) {
			return Optional.of(Messages.Plan_EMPTY);
		}
		return Optional.empty();
	}

	@Override
	protected boolean commit() {
		List<PlannedTopic> t = parsed();
		if (seen.isPresent() && seen.get().topics().equals(t)) {
			return true;
		}
		return Edits.run(getShell(), workspace, StudyEdits.savePlan(seen, organization.id(), organization.name(), year, t));
	}
}
