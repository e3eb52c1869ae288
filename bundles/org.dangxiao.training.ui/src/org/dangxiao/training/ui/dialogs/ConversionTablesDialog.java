package org.dangxiao.training.ui.dialogs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dangxiao.model.Command;
import org.dangxiao.model.CommandException;
import org.dangxiao.model.Commands;
import org.dangxiao.model.Workspace;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.model.training.ConversionTableId;
import org.dangxiao.model.training.HoursConversionTable;
import org.dangxiao.model.training.HoursConversionTable.OnlineThreshold;
import org.dangxiao.model.training.TrainingProgram;
import org.dangxiao.training.ui.Messages;
import org.dangxiao.training.ui.TrainingEdits;
import org.dangxiao.training.ui.Ui;
import org.dangxiao.ui.Edits;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * 学时折算表: the workspace's tables on the left, the chosen one's figures on the right. Tables differ
 * by province and unit, so they are the user's data; 新建 starts from the built-in example. Each
 * 保存 and 删除 is one command, so 编辑 > 撤销 takes it back as a whole. A table a program names
 * cannot be deleted: the program's 学时 would silently change.
 */
public final class ConversionTablesDialog extends TitleAreaDialog {
	/** A refusal names this many programs; a longer list would drown the sentence. */
	private static final int NAMED_PROGRAMS = 5;
	/** What separates thresholds as typed: commas, 、 and semicolons of either width, or line breaks. */
	private static final Pattern ONLINE_SEPARATOR = Pattern.compile("[,，、;；\\r\\n]+");
	/** One threshold as people write it: 30分钟:1, 30分钟以上：1, ≥30=1, 30 min: 1, 30分钟:1学时. */
	private static final Pattern ONLINE_ITEM = Pattern.compile(
			"(?:≥|>=|>)?\\s*(\\d{1,6})\\s*(?:分钟|分|minutes|minute|mins|min|m)?\\s*(?:及?以上)?\\s*[:=]\\s*(.+?)\\s*(?:学时|小时|hours|hour|h)?",
			Pattern.CASE_INSENSITIVE);
	/** A minus sign of any width: "negative" is a clearer message than "not a number". */
	private static final Pattern NEGATIVE = Pattern.compile("[-−]\\s*[0-9.]+");

	/** A line of the list: a stored table, or the one 新建 started and 保存 has not stored yet. */
	private sealed interface Row permits Stored, Draft {
	}

	private record Stored(HoursConversionTable table) implements Row {
	}

	/** At most one draft exists at a time, so all drafts are equal. */
	private record Draft() implements Row {
	}

	/** The figures as typed: a table the model accepts, or the first thing wrong with them. */
	private sealed interface Typed permits Valid, Invalid {
	}

	private record Valid(HoursConversionTable table) implements Typed {
	}

	private record Invalid(String problem) implements Typed {
	}

	/** Thrown while reading the fields so the reading stays one straight sequence; never leaves {@link #typed}. */
	private static final class Wrong extends RuntimeException {
		private static final long serialVersionUID = 1L;

		Wrong(String message) {
			super(message, null, false, false);
		}
	}

	private final Workspace workspace;
	private List<HoursConversionTable> tables = List.of();
	private List<TrainingProgram> programs = List.of();
	/** True while the list ends with the unsaved table of 新建; it is then what the form shows. */
	private boolean hasDraft;
	/** What the form shows; empty when the workspace has no table (the form shows the example, read only). */
	private Optional<Row> showing = Optional.empty();
	/** The field texts as filled in, to tell whether the user changed anything. */
	private List<String> shownTexts = List.of();
	/** Until the user types, what is missing reads as an instruction, not an error in red. */
	private boolean touched;
	/** Set while the dialog itself fills fields or the list: that is not the user's doing. */
	private boolean filling;

	private TableViewer list;
	private Button delete;
	private Label note;
	private Group details;
	private Text name;
	private Text perDay;
	private Text perHalfDay;
	private Text perCourseHour;
	private Text perSession;
	private Text online;
	private Label preview;
	private Button revert;
	private Button save;

	public ConversionTablesDialog(Shell parent, Workspace workspace) {
		super(parent);
		this.workspace = workspace;
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Point getInitialSize() {
		Point p = super.getInitialSize();
		return new Point(Math.max(p.x, 900), Math.max(p.y, 600));
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Tables_TITLE);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(Messages.Tables_TITLE);
		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 8).spacing(14, 6).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		createList(body);
		createDetails(body);
		return area;
	}

	private void createList(Composite body) {
		Composite left = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(6, 6).applyTo(left);
		GridDataFactory.fillDefaults().grab(false, true).hint(330, SWT.DEFAULT).applyTo(left);
		new Label(left, SWT.NONE).setText(Messages.Tables_LIST);
		list = new TableViewer(left, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
		Ui.testId(list.getTable(), "tables.list");
		list.getTable().setHeaderVisible(true);
		list.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 240).applyTo(list.getTable());
		Ui.column(list, Messages.Tables_COL_NAME, 240, SWT.LEFT, Row.class, this::label);
		Ui.column(list, Messages.Tables_COL_USED, 70, SWT.RIGHT, Row.class, this::usedBy).getColumn()
				.setToolTipText(Messages.Tables_COL_USED_TOOLTIP);
		list.setContentProvider(ArrayContentProvider.getInstance());
		list.addSelectionChangedListener(e -> selectionChanged());
		Ui.onDelete(list.getTable(), this::delete);

		Composite buttons = new Composite(left, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).applyTo(buttons);
		Button create = Ui.button(buttons, Messages.Tables_NEW, "tables.new", this::newTable);
		create.setToolTipText(Messages.Tables_NEW_TOOLTIP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(create);
		delete = Ui.button(buttons, Messages.Tables_DELETE, "tables.delete", this::delete);
		delete.setToolTipText(Messages.Tables_DELETE_TOOLTIP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(delete);

		note = Ui.testId(new Label(left, SWT.WRAP), "tables.note");
		note.setForeground(Ui.GREY);
		GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(note);
	}

	private void createDetails(Composite body) {
		details = new Group(body, SWT.NONE);
		details.setText(Messages.Tables_DETAILS);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 8).spacing(10, 7).applyTo(details);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(details);
		name = field(Messages.Tables_NAME, "tables.name", Messages.Tables_NAME_HINT, "");
		perDay = field(Messages.Tables_PER_DAY, "tables.perDay", "6", Messages.Tables_PER_DAY_TOOLTIP);
		perHalfDay = field(Messages.Tables_PER_HALF_DAY, "tables.perHalfDay", "3", Messages.Tables_PER_HALF_DAY_TOOLTIP);
		perCourseHour = field(Messages.Tables_PER_COURSE_HOUR, "tables.perCourseHour", "1", Messages.Tables_PER_COURSE_HOUR_TOOLTIP);
		perSession = field(Messages.Tables_PER_SESSION, "tables.perSession", "3", Messages.Tables_PER_SESSION_TOOLTIP);
		online = field(Messages.Tables_ONLINE, "tables.online", Messages.Tables_ONLINE_HINT, Messages.Tables_ONLINE_TOOLTIP);

		new Label(details, SWT.NONE); // the notes below line up with the fields, not the labels
		Label format = new Label(details, SWT.WRAP);
		format.setText(Messages.Tables_ONLINE_FORMAT);
		format.setForeground(Ui.GREY);
		GridDataFactory.fillDefaults().grab(true, false).hint(340, SWT.DEFAULT).applyTo(format);
		new Label(details, SWT.NONE);
		preview = Ui.testId(new Label(details, SWT.WRAP), "tables.onlinePreview");
		GridDataFactory.fillDefaults().grab(true, false).hint(340, SWT.DEFAULT).applyTo(preview);

		Composite buttons = new Composite(details, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).applyTo(buttons);
		GridDataFactory.fillDefaults().span(2, 1).align(SWT.END, SWT.END).grab(true, true).applyTo(buttons);
		revert = Ui.button(buttons, Messages.Tables_REVERT, "tables.revert", () -> show(showing));
		revert.setToolTipText(Messages.Tables_REVERT_TOOLTIP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(revert);
		save = Ui.button(buttons, Messages.Tables_SAVE, "tables.save", this::save);
		save.setToolTipText(Messages.Tables_SAVE_TOOLTIP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(save);
	}

	/** A label (with its mnemonic, so Alt+letter reaches the field) and a one-line field of the form. */
	private Text field(String label, String testId, String hint, String tooltip) {
		new Label(details, SWT.NONE).setText(label);
		Text text = Ui.testId(new Text(details, SWT.BORDER | SWT.SINGLE), testId);
		text.setMessage(hint);
		if (!tooltip.isEmpty()) {
			text.setToolTipText(tooltip);
		}
		GridDataFactory.fillDefaults().grab(true, false).hint(340, SWT.DEFAULT).applyTo(text);
		text.addModifyListener(e -> edited());
		return text;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		Ui.testId(createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, false), "dialog.close");
	}

	@Override
	public void create() {
		super.create();
		// Enter in a field saves the table rather than closing the dialog on the user's typing
		getShell().setDefaultButton(save);
		reload(Optional.empty());
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == IDialogConstants.CLOSE_ID) {
			if (confirmDiscard()) {
				close();
			}
		} else {
			super.buttonPressed(buttonId);
		}
	}

	/** Esc and the window's close box ask about unsaved changes as 关闭 does. */
	@Override
	protected void handleShellCloseEvent() {
		if (confirmDiscard()) {
			super.handleShellCloseEvent();
		}
	}

	// ---- the list ----------------------------------------------------------------------------

	private List<Row> rows() {
		List<Row> rows = new ArrayList<>();
		tables.forEach(t -> rows.add(new Stored(t)));
		if (hasDraft) {
			rows.add(new Draft());
		}
		return rows;
	}

	private String label(Row row) {
		return switch (row) {
		// the first table is what programs without one of their own use (Training.table)
		case Stored s when tables.indexOf(s.table()) == 0 -> Nls.bind(Messages.Tables_DEFAULT_MARK, s.table().name());
		case Stored s -> s.table().name();
		case Draft d -> name.getText().isBlank() ? Messages.Tables_DRAFT_UNNAMED : Nls.bind(Messages.Tables_DRAFT, name.getText().strip());
		};
	}

	private String usedBy(Row row) {
		return switch (row) {
		case Stored s -> Integer.toString(explicitUsers(s.table().id(), programs).size()
				+ (tables.indexOf(s.table()) == 0 ? implicitUsers().size() : 0));
		case Draft d -> "";
		};
	}

	/** The programs that name {@code id} as their table: deleting it would change their 学时. */
	private static List<TrainingProgram> explicitUsers(ConversionTableId id, List<TrainingProgram> programs) {
		return programs.stream().filter(p -> p.conversionTable().equals(Optional.of(id))).toList();
	}

	/** The programs that use the first table because they name none, or one no longer there. */
	private List<TrainingProgram> implicitUsers() {
		return programs.stream()
				.filter(p -> p.conversionTable().filter(id -> tables.stream().anyMatch(t -> t.id().equals(id))).isEmpty())
				.toList();
	}

	/** Reads the workspace again and shows {@code select}, else the first table, else the example. */
	private void reload(Optional<ConversionTableId> select) {
		tables = workspace.list(HoursConversionTable.class);
		programs = workspace.list(TrainingProgram.class);
		List<Row> rows = rows();
		filling = true;
		try {
			list.setInput(rows);
		} finally {
			filling = false;
		}
		note.setText(tables.isEmpty() ? Nls.bind(Messages.Tables_NONE_NOTE, HoursConversionTable.standard().name())
				: Nls.bind(Messages.Tables_DEFAULT_NOTE, tables.get(0).name(), HoursConversionTable.standard().name()));
		note.getParent().layout(true);
		Optional<Row> chosen = select.flatMap(id -> rows.stream().filter(r -> r instanceof Stored s && s.table().id().equals(id)).findFirst())
				.or(() -> rows.stream().findFirst());
		select(chosen);
	}

	private void select(Optional<Row> row) {
		selectInList(row);
		show(row);
	}

	private void selectInList(Optional<Row> row) {
		filling = true;
		try {
			list.setSelection(row.<ISelection>map(StructuredSelection::new).orElse(StructuredSelection.EMPTY), true);
		} finally {
			filling = false;
		}
	}

	private void selectionChanged() {
		if (filling) {
			return;
		}
		Optional<Row> chosen = list.getStructuredSelection().getFirstElement() instanceof Row r ? Optional.of(r) : Optional.empty();
		if (chosen.isEmpty() || chosen.equals(showing)) {
			selectInList(showing); // the form always belongs to the selected line
			return;
		}
		if (!confirmDiscard()) {
			selectInList(showing);
			return;
		}
		if (hasDraft) {
			// leaving the unsaved table discards it: a list of half-made drafts would only confuse
			hasDraft = false;
			filling = true;
			try {
				list.setInput(rows());
			} finally {
				filling = false;
			}
			selectInList(chosen);
		}
		show(chosen);
	}

	// ---- the form ----------------------------------------------------------------------------

	/** Fills the form from {@code row}; with none, shows the built-in example, read only. */
	private void show(Optional<Row> row) {
		showing = row;
		HoursConversionTable shown = row.map(r -> switch (r) {
		case Stored s -> s.table();
		case Draft d -> HoursConversionTable.standard();
		}).orElseGet(HoursConversionTable::standard);
		filling = true;
		try {
			name.setText(row.filter(Draft.class::isInstance).isPresent() ? templateName() : shown.name());
			perDay.setText(Ui.hours(shown.perFullDay()));
			perHalfDay.setText(Ui.hours(shown.perHalfDay()));
			perCourseHour.setText(Ui.hours(shown.perCourseHour()));
			perSession.setText(Ui.hours(shown.perStudySession()));
			online.setText(format(shown.online()));
		} finally {
			filling = false;
		}
		boolean editable = row.isPresent();
		for (Text t : fields()) {
			t.setEnabled(editable);
		}
		details.setText(editable ? Messages.Tables_DETAILS : Messages.Tables_STANDARD_SHOWN);
		shownTexts = texts();
		touched = false;
		validate();
	}

	/** 新建 starts from the example's figures, and its name only if no table has taken it yet. */
	private String templateName() {
		String standard = HoursConversionTable.standard().name();
		return tables.stream().anyMatch(t -> t.name().equals(standard)) ? "" : standard;
	}

	private List<Text> fields() {
		return List.of(name, perDay, perHalfDay, perCourseHour, perSession, online);
	}

	private List<String> texts() {
		return fields().stream().map(Text::getText).toList();
	}

	/** A draft is unsaved by nature; a stored table is changed once any field reads differently. */
	private boolean dirty() {
		return showing.map(r -> switch (r) {
		case Draft d -> true;
		case Stored s -> !texts().equals(shownTexts);
		}).orElse(false);
	}

	private boolean confirmDiscard() {
		if (!dirty()) {
			return true;
		}
		String question = showing.orElseThrow() instanceof Stored s ? Nls.bind(Messages.Tables_DISCARD, s.table().name())
				: Messages.Tables_DISCARD_NEW;
		return MessageDialog.openQuestion(getShell(), Messages.Tables_DISCARD_TITLE, question);
	}

	private void edited() {
		if (filling) {
			return;
		}
		touched = true;
		if (hasDraft) {
			list.refresh(true); // the draft's line shows the name as typed
		}
		validate();
	}

	private void validate() {
		if (showing.isEmpty()) {
			setErrorMessage(null);
			setMessage(Messages.Tables_INSTRUCTION_NONE);
			preview.setText(previewOf(HoursConversionTable.standard().online()));
			save.setEnabled(false);
			revert.setEnabled(false);
			delete.setEnabled(false);
			details.layout(true);
			return;
		}
		Typed typed = typed(new ConversionTableId(0));
		switch (typed) {
		case Invalid i -> {
			preview.setText("");
			if (touched) {
				setErrorMessage(i.problem());
			} else {
				setErrorMessage(null);
				setMessage(i.problem());
			}
		}
		case Valid v -> {
			preview.setText(previewOf(v.table().online()));
			setErrorMessage(null);
			warning(v.table()).ifPresentOrElse(w -> setMessage(w, IMessageProvider.WARNING), () -> setMessage(Messages.Tables_INSTRUCTION));
		}
		}
		save.setEnabled(typed instanceof Valid && dirty());
		revert.setEnabled(dirty());
		delete.setEnabled(true);
		details.layout(true);
	}

	/** The table as typed, under {@code id}, or the first thing wrong, in a sentence for the user. */
	private Typed typed(ConversionTableId id) {
		try {
			String n = name.getText().strip();
			if (n.isEmpty()) {
				throw new Wrong(Messages.Tables_NO_NAME);
			}
			// two tables of one name could not be told apart where a program chooses its table
			if (tables.stream().anyMatch(t -> t.name().equals(n) && !(showing.orElseThrow() instanceof Stored s && s.table().id().equals(t.id())))) {
				throw new Wrong(Nls.bind(Messages.Tables_DUPLICATE_NAME, n));
			}
			BigDecimal day = number(perDay, Messages.Tables_FIELD_PER_DAY);
			BigDecimal half = number(perHalfDay, Messages.Tables_FIELD_PER_HALF_DAY);
			BigDecimal hour = number(perCourseHour, Messages.Tables_FIELD_PER_COURSE_HOUR);
			BigDecimal session = number(perSession, Messages.Tables_FIELD_PER_SESSION);
			List<OnlineThreshold> thresholds = thresholds(online.getText());
			return new Valid(new HoursConversionTable(id, n, day, half, hour, session, thresholds));
		} catch (Wrong e) {
			return new Invalid(e.getMessage());
		} catch (IllegalArgumentException e) {
			// the model's own checks, should they be stricter than the form's
			return new Invalid(e.getMessage());
		}
	}

	private static BigDecimal number(Text field, String what) {
		String s = halfWidth(field.getText().strip());
		if (s.isEmpty()) {
			throw new Wrong(Nls.bind(Messages.Tables_NO_NUMBER, what));
		}
		return Ui.parseHours(s).orElseThrow(() -> new Wrong(
				NEGATIVE.matcher(s).matches() ? Nls.bind(Messages.Tables_NEGATIVE, what, s) : Nls.bind(Messages.Tables_BAD_NUMBER, what, s)));
	}

	/**
	 * The thresholds as typed, which must rise: each more minutes than the one before, and no fewer
	 * 学时. The model would sort them silently; refusing a disorder points at the typo instead.
	 */
	private static List<OnlineThreshold> thresholds(String text) {
		List<OnlineThreshold> out = new ArrayList<>();
		for (String part : ONLINE_SEPARATOR.split(halfWidth(text).strip())) {
			String item = part.strip();
			if (item.isEmpty()) {
				continue;
			}
			Matcher m = ONLINE_ITEM.matcher(item);
			if (!m.matches()) {
				throw new Wrong(Nls.bind(Messages.Tables_BAD_ONLINE_ITEM, item));
			}
			int minutes = Integer.parseInt(m.group(1));
			String typedHours = m.group(2).strip();
			BigDecimal hours = Ui.parseHours(typedHours).orElseThrow(() -> new Wrong(NEGATIVE.matcher(typedHours).matches()
					? Nls.bind(Messages.Tables_ONLINE_NEGATIVE, item) : Nls.bind(Messages.Tables_BAD_ONLINE_ITEM, item)));
			if (!out.isEmpty()) {
				OnlineThreshold before = out.getLast();
				if (minutes == before.minMinutes()) {
					throw new Wrong(Nls.bind(Messages.Tables_ONLINE_REPEATED, minutes));
				}
				if (minutes < before.minMinutes()) {
					throw new Wrong(Nls.bind(Messages.Tables_ONLINE_NOT_INCREASING, minutes, before.minMinutes()));
				}
				if (hours.compareTo(before.hours()) < 0) {
					throw new Wrong(Nls.bind(Messages.Tables_ONLINE_LESS_HOURS, minutes, Ui.hours(hours), before.minMinutes(),
							Ui.hours(before.hours())));
				}
			}
			out.add(new OnlineThreshold(minutes, hours));
		}
		return out;
	}

	/** Digits, point, colon and minus from a Chinese input method read as their ASCII selves. */
	private static String halfWidth(String s) {
		StringBuilder b = new StringBuilder(s.length());
		for (char c : s.toCharArray()) {
			if (c >= '０' && c <= '９') {
				b.append((char) (c - '０' + '0'));
			} else {
				b.append(switch (c) {
				case '．', '。' -> '.';
				case '：' -> ':';
				case '－' -> '-';
				case '＝' -> '=';
				default -> c;
				});
			}
		}
		return b.toString();
	}

	/** The thresholds as the field shows them: 1分钟:0.25, 15分钟:0.5, 30分钟:1. */
	private static String format(List<OnlineThreshold> thresholds) {
		return String.join(Messages.Tables_ONLINE_SEPARATOR,
				thresholds.stream().map(t -> Nls.bind(Messages.Tables_ONLINE_ITEM, t.minMinutes(), Ui.hours(t.hours()))).toList());
	}

	/** The thresholds in words, so a misplaced number shows before it is saved. */
	private static String previewOf(List<OnlineThreshold> thresholds) {
		if (thresholds.isEmpty()) {
			return Messages.Tables_ONLINE_PREVIEW_NONE;
		}
		String steps = String.join(Messages.Tables_ONLINE_PREVIEW_SEPARATOR, thresholds.stream()
				.map(t -> Nls.bind(Messages.Tables_ONLINE_PREVIEW_ITEM, t.minMinutes(), Ui.hours(t.hours()))).toList());
		int lowest = thresholds.get(0).minMinutes();
		return lowest == 0 ? Nls.bind(Messages.Tables_ONLINE_PREVIEW_FROM_ZERO, steps) : Nls.bind(Messages.Tables_ONLINE_PREVIEW, steps, lowest);
	}

	/** Figures that are allowed but look like a slip. */
	private static Optional<String> warning(HoursConversionTable t) {
		if (t.perHalfDay().compareTo(t.perFullDay()) > 0) {
			return Optional.of(Nls.bind(Messages.Tables_HALF_MORE_THAN_DAY, Ui.hours(t.perHalfDay()), Ui.hours(t.perFullDay())));
		}
		if (t.online().isEmpty()) {
			return Optional.of(Messages.Tables_NO_ONLINE);
		}
		return Optional.empty();
	}

	// ---- edits -------------------------------------------------------------------------------

	private void newTable() {
		if (hasDraft) {
			name.setFocus(); // already started: one draft at a time
			return;
		}
		if (!confirmDiscard()) {
			return;
		}
		hasDraft = true;
		filling = true;
		try {
			list.setInput(rows());
		} finally {
			filling = false;
		}
		select(Optional.of(new Draft()));
		list.refresh(true); // its line shows the name just filled in
		name.setFocus();
		name.selectAll();
	}

	private void save() {
		if (showing.isEmpty()) {
			return;
		}
		Row row = showing.get();
		ConversionTableId id = row instanceof Stored s ? s.table().id() : new ConversionTableId(0);
		if (!(typed(id) instanceof Valid valid)) {
			touched = true;
			validate();
			return;
		}
		HoursConversionTable t = valid.table();
		AtomicLong created = new AtomicLong(-1);
		Command command;
		switch (row) {
		case Stored s -> {
			if (t.equals(s.table())) {
				show(showing); // 6.0 for 6: nothing to store, no empty command in 编辑 > 撤销
				return;
			}
			// 修改学时折算表“…”; refused as a conflict if the table changed since it was shown
			command = Commands.edit(s.table(), t);
		}
		case Draft d -> command = TrainingEdits.create(newId -> new HoursConversionTable(new ConversionTableId(newId), t.name(),
				t.perFullDay(), t.perHalfDay(), t.perCourseHour(), t.perStudySession(), t.online()), created);
		}
		if (!Edits.run(getShell(), workspace, command)) {
			return; // the refusal was shown; the input stays for another try
		}
		hasDraft = false;
		reload(Optional.of(row instanceof Stored ? id : new ConversionTableId(created.get())));
		setMessage(Nls.bind(Messages.Tables_SAVED, t.name()));
	}

	private void delete() {
		if (showing.isEmpty()) {
			return;
		}
		if (!(showing.get() instanceof Stored stored)) {
			hasDraft = false; // never stored: nothing to undo, so no question either
			reload(Optional.empty());
			return;
		}
		HoursConversionTable table = stored.table();
		List<TrainingProgram> users = explicitUsers(table.id(), programs);
		if (!users.isEmpty()) {
			MessageDialog.openInformation(getShell(), Messages.Tables_DELETE_TITLE, inUse(table, users));
			return;
		}
		String question = Nls.bind(Messages.Tables_DELETE_CONFIRM, table.name());
		int index = tables.indexOf(table);
		List<TrainingProgram> implicit = implicitUsers();
		if (index == 0 && !implicit.isEmpty()) {
			// the programs without a table of their own quietly move to the next one: say so first
			String next = tables.size() > 1 ? tables.get(1).name() : HoursConversionTable.standard().name();
			question += "\n\n" + Nls.bind(Messages.Tables_DELETE_DEFAULT_MOVES, implicit.size(), next);
		}
		if (!MessageDialog.openQuestion(getShell(), Messages.Tables_DELETE_TITLE, question)) {
			return;
		}
		Command remove = Commands.remove(table);
		Command command = Commands.of(remove.label(), c -> {
			List<TrainingProgram> now = explicitUsers(table.id(), c.list(TrainingProgram.class));
			if (!now.isEmpty()) {
				throw new CommandException(inUse(table, now));
			}
			remove.run(c);
		});
		if (!Edits.run(getShell(), workspace, command)) {
			return;
		}
		// the line that took its place, so Delete pressed again walks down the list
		List<HoursConversionTable> before = tables;
		Optional<ConversionTableId> neighbour = index + 1 < before.size() ? Optional.of(before.get(index + 1).id())
				: index > 0 ? Optional.of(before.get(index - 1).id()) : Optional.empty();
		reload(neighbour);
		setMessage(Nls.bind(Messages.Tables_DELETED, table.name()));
	}

	/** Why {@code table} cannot go, naming the first few of the programs that use it. */
	private static String inUse(HoursConversionTable table, List<TrainingProgram> users) {
		List<String> quoted = users.stream().limit(NAMED_PROGRAMS).map(p -> Nls.bind(Messages.Tables_QUOTED, p.name())).toList();
		String names = String.join(Messages.Common_LIST_SEPARATOR, quoted);
		if (users.size() > NAMED_PROGRAMS) {
			names = Nls.bind(Messages.Tables_AND_MORE, names, users.size());
		}
		return Nls.bind(Messages.Tables_IN_USE, table.name(), names, users.size());
	}
}
