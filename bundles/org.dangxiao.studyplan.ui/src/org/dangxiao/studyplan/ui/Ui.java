package org.dangxiao.studyplan.ui;

import java.lang.reflect.InvocationTargetException;
import java.text.Collator;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dangxiao.imports.ImportException;
import org.dangxiao.imports.XlsxTable;
import org.dangxiao.model.CommandException;
import org.dangxiao.model.OrgId;
import org.dangxiao.model.Organization;
import org.dangxiao.model.OrganizationTree;
import org.dangxiao.model.nls.Nls;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Widget;

/**
 * What the study views share: test ids, colours, typed dates, names of organizations, exports.
 * A small copy of the training views' helpers (this bundle cannot depend on that one).
 */
public final class Ui {
	/** Widgets find each other in tests and screenshots by this key, as in the shell. */
	public static final String TEST_ID = org.dangxiao.ui.Widgets.TEST_ID;
	/** Missed and late; readable on white. */
	public static final Color RED = new Color(0xC0, 0x1C, 0x1C);
	public static final Color GREEN = new Color(0x1B, 0x7A, 0x36);
	/** Due soon: a warning, not yet a failure. */
	public static final Color ORANGE = new Color(0xC4, 0x5C, 0x00);
	/** Not yet begun, and planned (not held) meetings. */
	public static final Color GREY = new Color(0x80, 0x80, 0x80);

	/** 2025-06-01, 2025/6/1, 2025.6.1, 2025年6月1日 and 20250601: what people type for a date. */
	private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
	private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

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

	public static String date(LocalDate d) {
		return d.toString();
	}

	/** The organization's name; a visible placeholder, never an empty cell, for one no longer in the tree. */
	public static String organization(OrganizationTree tree, OrgId id) {
		return tree.get(id).map(Organization::name).orElseGet(() -> Nls.bind(Messages.Common_UNKNOWN_ORGANIZATION, id.value()));
	}

	// ---- typed input -----------------------------------------------------------------------

	/** Empty for blank or impossible input (2025-02-30); full-width digits from an input method are accepted. */
	public static Optional<LocalDate> parseDate(String text) {
		String s = halfWidth(text.strip());
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

	public static String halfWidth(String s) {
		StringBuilder b = new StringBuilder(s.length());
		for (char c : s.toCharArray()) {
			b.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c);
		}
		return b.toString();
	}

	/** The non-blank lines of a multi-line field, stripped, in the order typed. */
	public static List<String> lines(String text) {
		List<String> out = new ArrayList<>();
		for (String line : text.split("\\R")) {
			if (!line.isBlank()) {
				out.add(line.strip());
			}
		}
		return out;
	}

	// ---- widgets ---------------------------------------------------------------------------

	public static Button button(Composite parent, String text, String testId, Runnable action) {
		Button b = testId(new Button(parent, SWT.PUSH), testId);
		b.setText(text);
		b.addListener(SWT.Selection, e -> action.run());
		return b;
	}

	/** A label that takes the width of its row and wraps, for counts and hints that change. */
	public static Label line(Composite parent, String testId, int span) {
		Label l = testId(new Label(parent, SWT.WRAP), testId);
		GridDataFactory.fillDefaults().grab(true, false).span(span, 1).applyTo(l);
		return l;
	}

	/** Sets a label's text and lays its row out again, since the new text may be longer. */
	public static void setText(Label label, String text) {
		if (!label.getText().equals(text)) {
			label.setText(text);
			label.getParent().layout(new Control[] { label });
		}
	}

	/** One entry of a context menu; greyed out while it cannot run. */
	public record Action(String text, Runnable run, BooleanSupplier enabled) {
	}

	/** Right-click, or the context-menu key, offers what the buttons beside the list do. */
	public static void contextMenu(Control control, List<Action> actions) {
		Menu menu = new Menu(control);
		for (Action a : actions) {
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
	public static String safeFileName(String name) {
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
