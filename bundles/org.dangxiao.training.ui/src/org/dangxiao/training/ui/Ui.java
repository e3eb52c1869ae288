package org.dangxiao.training.ui;

import java.lang.reflect.InvocationTargetException;
import java.math.BigDecimal;
import java.text.Collator;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dangxiao.imports.ImportException;
import org.dangxiao.imports.XlsxTable;
import org.dangxiao.model.CitizenId;
import org.dangxiao.model.CommandException;
import org.dangxiao.model.OrgId;
import org.dangxiao.model.Organization;
import org.dangxiao.model.WorkspaceView;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.model.training.Coverage;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Widget;

/** What the training views share: test ids, how values read on screen, typed input, exports. */
public final class Ui {
	/** Widgets find each other in tests and screenshots by this key, as in the shell. */
	public static final String TEST_ID = org.dangxiao.ui.Widgets.TEST_ID;
	/** Low coverage and unmet requirements; readable on white. */
	public static final Color RED = new Color(0xC0, 0x1C, 0x1C);
	public static final Color GREEN = new Color(0x1B, 0x7A, 0x36);
	public static final Color GREY = new Color(0x80, 0x80, 0x80);
	/** The bars of the coverage chart: the Party's red, a little muted. */
	public static final Color BAR = new Color(0xC8, 0x37, 0x2D);

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
	/** 2025-06-01, 2025/6/1, 2025.6.1, 2025年6月1日 and 20250601: what people type for a date. */
	private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
	private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
	private static final Pattern TIME = Pattern.compile("(\\d{1,2})\\s*[:：时]\\s*(\\d{2})\\s*分?");
	/** Lists typed with any Chinese or Latin separator: 新任乡村干部、驻村干部, 第一书记. */
	private static final Pattern LIST_SEPARATOR = Pattern.compile("[,，、;；\\s]+");
	private static final Pattern PERSON_REF = Pattern.compile("person#(\\d+)");
	private static final Pattern ORG_REF = Pattern.compile("org#(\\d+)");

	private Ui() {
	}

	public static <W extends Widget> W testId(W widget, String id) {
		return org.dangxiao.ui.Widgets.testId(widget, id);
	}

	/** Names sort in pinyin order, as the people lists do. */
	public static Collator collator() {
		return Collator.getInstance(Locale.CHINA);
	}

	// ---- values as they read ---------------------------------------------------------------

	/** An ID number without spelling it out: region and the last four, 652301********1234. */
	public static String masked(CitizenId id) {
		String v = id.value();
		return v.substring(0, 4) + "*".repeat(v.length() - 8) + v.substring(v.length() - 4);
	}

	/** 87.5%; one decimal is enough to tell units apart, more would only look precise. */
	public static String percent(Coverage c) {
		return percent(c.ratio());
	}

	public static String percent(double ratio) {
		return String.format(Locale.ROOT, "%.1f%%", ratio * 100);
	}

	/** 学时 as typed: 6, 2.5, never 6.00 or 5E+1. */
	public static String hours(BigDecimal n) {
		return n.stripTrailingZeros().toPlainString();
	}

	public static String date(LocalDate d) {
		return d.toString();
	}

	public static String dateTime(LocalDateTime t) {
		return MINUTE.format(t);
	}

	/** 2025-06-01 至 2025-06-05. */
	public static String range(LocalDate from, LocalDate to) {
		return Nls.bind(Messages.Common_RANGE, from.toString(), to.toString());
	}

	public static String organization(WorkspaceView ws, OrgId id) {
		return ws.organizations().get(id).map(Organization::name).orElse("");
	}

	public static String joinList(Collection<String> items) {
		return String.join(Messages.Common_LIST_SEPARATOR, items);
	}

	// ---- typed input -----------------------------------------------------------------------

	/** Empty for blank or impossible input (2025-02-30). */
	public static Optional<LocalDate> parseDate(String text) {
		String s = text.strip();
		Matcher m = DATE.matcher(s);
		if (!m.matches()) {
			m = COMPACT_DATE.matcher(s);
			if (!m.matches()) {
				return Optional.empty();
			}
		}
		try {
			return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
		} catch (DateTimeException e) {
			return Optional.empty();
		}
	}

	/**
	 * A date and time, 2025-06-01 08:30; a time alone (11:30) falls on {@code day}, so the end of a
	 * course is typed without repeating its date.
	 */
	public static Optional<LocalDateTime> parseDateTime(String text, Optional<LocalDate> day) {
		String s = text.strip();
		Matcher time = TIME.matcher(s);
		if (time.matches()) {
			return day.flatMap(d -> time(time).map(d::atTime));
		}
		int split = s.lastIndexOf(' ');
		if (split < 0) {
			return Optional.empty();
		}
		Matcher t = TIME.matcher(s.substring(split + 1));
		if (!t.matches()) {
			return Optional.empty();
		}
		return parseDate(s.substring(0, split)).flatMap(d -> time(t).map(d::atTime));
	}

	private static Optional<LocalTime> time(Matcher m) {
		try {
			return Optional.of(LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
		} catch (DateTimeException e) {
			return Optional.empty();
		}
	}

	/** A number of 学时, zero or more; full-width digits from a Chinese input method are accepted. */
	public static Optional<BigDecimal> parseHours(String text) {
		String s = halfWidth(text.strip());
		if (s.isEmpty()) {
			return Optional.empty();
		}
		try {
			BigDecimal n = new BigDecimal(s);
			return n.signum() < 0 ? Optional.empty() : Optional.of(n.stripTrailingZeros());
		} catch (NumberFormatException e) {
			return Optional.empty();
		}
	}

	private static String halfWidth(String s) {
		StringBuilder b = new StringBuilder(s.length());
		for (char c : s.toCharArray()) {
			b.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c == '．' ? '.' : c);
		}
		return b.toString();
	}

	/** The items of a typed list, in the order typed, without blanks or repeats. */
	public static Set<String> splitList(String text) {
		Set<String> out = new LinkedHashSet<>();
		for (String part : LIST_SEPARATOR.split(text.strip())) {
			if (!part.isBlank()) {
				out.add(part.strip());
			}
		}
		return out;
	}

	/**
	 * The model's messages name people and units by id (person#12); a sentence for the user names
	 * them by name.
	 */
	public static String humanize(String message, Function<Long, Optional<String>> person, Function<Long, Optional<String>> unit) {
		String out = replace(PERSON_REF, message, person);
		return replace(ORG_REF, out, unit);
	}

	private static String replace(Pattern p, String text, Function<Long, Optional<String>> name) {
		Matcher m = p.matcher(text);
		StringBuilder b = new StringBuilder();
		while (m.find()) {
			String found = m.group();
			m.appendReplacement(b, Matcher.quoteReplacement(name.apply(Long.parseLong(m.group(1))).orElse(found)));
		}
		m.appendTail(b);
		return b.toString();
	}

	// ---- widgets ---------------------------------------------------------------------------

	public static Button button(Composite parent, String text, String testId, Runnable action) {
		Button b = testId(new Button(parent, SWT.PUSH), testId);
		b.setText(text);
		b.addListener(SWT.Selection, e -> action.run());
		return b;
	}

	public static <T> TableViewerColumn column(TableViewer viewer, String title, int width, int alignment, Class<T> type,
			Function<T, String> text) {
		return column(viewer, title, width, alignment, type, text, x -> Optional.empty());
	}

	/** A column of a small table; {@code color} paints the text of some rows (low coverage, withdrawn). */
	public static <T> TableViewerColumn column(TableViewer viewer, String title, int width, int alignment, Class<T> type,
			Function<T, String> text, Function<T, Optional<Color>> color) {
		TableViewerColumn c = new TableViewerColumn(viewer, alignment);
		c.getColumn().setText(title);
		c.getColumn().setWidth(width);
		c.getColumn().setMoveable(true);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return type.isInstance(element) ? text.apply(type.cast(element)) : "";
			}

			@Override
			public Color getForeground(Object element) {
				return type.isInstance(element) ? color.apply(type.cast(element)).orElse(null) : null;
			}
		});
		return c;
	}

	/** Delete in a list does what its 删除 or 移出 button does. */
	public static void onDelete(Control control, Runnable action) {
		control.addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.DEL && e.stateMask == 0) {
				action.run();
				e.doit = false;
			}
		});
	}

	/** One entry of a context menu; greyed out while it cannot run. */
	public record Action(String text, Runnable run, BooleanSupplier enabled) {
		/** A line between groups of entries. */
		public static final Action SEPARATOR = new Action("", () -> {
		}, () -> false);
	}

	/** Right-click, or the context-menu key, offers what the buttons beside the list do. */
	public static void contextMenu(Control control, List<Action> actions) {
		Menu menu = new Menu(control);
		for (Action a : actions) {
			if (a == Action.SEPARATOR) {
				new MenuItem(menu, SWT.SEPARATOR);
				continue;
			}
			MenuItem item = new MenuItem(menu, SWT.PUSH);
			item.setText(a.text());
			item.setData(a);
			item.addListener(SWT.Selection, e -> a.run().run());
		}
		menu.addListener(SWT.Show, e -> {
			for (MenuItem item : menu.getItems()) {
				if (item.getData() instanceof Action a) {
					item.setEnabled(a.enabled().getAsBoolean());
				}
			}
		});
		control.setMenu(menu);
	}

	/** Opens {@code menu} just below {@code button}, as a drop-down button does. */
	public static void dropDown(Button button, Menu menu) {
		var r = button.getBounds();
		var at = button.getParent().toDisplay(r.x, r.y + r.height);
		menu.setLocation(at);
		menu.setVisible(true);
	}

	// ---- exports ---------------------------------------------------------------------------

	/** Reads the rows of an export, the header first, off the UI thread. */
	@FunctionalInterface
	public interface Rows {
		List<? extends List<?>> read(IProgressMonitor monitor) throws InterruptedException;
	}

	/**
	 * Asks where to save, then reads and writes the rows with a progress dialog that can be
	 * cancelled while reading; the file appears only once complete (see {@link XlsxTable}).
	 */
	public static void exportXlsx(Shell shell, String fileName, String sheetTitle, Rows rows) {
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText(Messages.Export_TITLE);
		dialog.setFilterExtensions(new String[] { "*.xlsx" });
		dialog.setFilterNames(new String[] { Messages.Export_FILTER });
		dialog.setFileName(safeFileName(fileName) + ".xlsx");
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		java.nio.file.Path target = java.nio.file.Path.of(chosen.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? chosen : chosen + ".xlsx");
		int[] written = new int[1];
		try {
			new ProgressMonitorDialog(shell).run(true, true, monitor -> {
				monitor.beginTask(Nls.bind(Messages.Export_READING, sheetTitle), IProgressMonitor.UNKNOWN);
				try {
					List<? extends List<?>> data = rows.read(monitor);
					if (monitor.isCanceled()) {
						throw new InterruptedException();
					}
					monitor.subTask(Nls.bind(Messages.Export_WRITING, target.getFileName()));
					XlsxTable.write(target, sheetTitle, data);
					written[0] = Math.max(0, data.size() - 1);
				} catch (ImportException | RuntimeException e) {
					throw new InvocationTargetException(e);
				} finally {
					monitor.done();
				}
			});
			MessageDialog.openInformation(shell, Messages.Export_TITLE, Nls.bind(Messages.Export_DONE, written[0], target));
		} catch (InvocationTargetException e) {
			MessageDialog.openError(shell, Messages.Export_FAILED, failure(e.getCause()));
		} catch (InterruptedException e) {
			// cancelled while reading: nothing was written
		}
	}

	/** File names cannot hold / \ : * ? " < > | on some desktop. */
	private static String safeFileName(String name) {
		return name.replaceAll("[/\\\\:*?\"<>|]", "_");
	}

	/** A sentence for the user; faults of the program go to the log and read as such. */
	public static String failure(Throwable failure) {
		if (failure instanceof ImportException || failure instanceof CommandException) {
			return failure.getMessage();
		}
		ILog.of(Ui.class).error(String.valueOf(failure), failure);
		String detail = failure == null || failure.getMessage() == null ? String.valueOf(failure) : failure.getMessage();
		return Nls.bind(Messages.Common_UNEXPECTED, detail);
	}
}
