package org.dangxiao.reports.ui;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.dangxiao.model.nls.Nls;
import org.dangxiao.reports.RegisterExport;
import org.dangxiao.reports.ReportException;
import org.dangxiao.reports.ReportResult;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.printing.PrintDialog;
import org.eclipse.swt.printing.Printer;
import org.eclipse.swt.printing.PrinterData;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * A shown report to an .xlsx register ({@link RegisterExport}), to a printer, or to a PDF file
 * through the printing system (GTK's "Print to File" writes PDF; on Windows, Microsoft Print to
 * PDF). The dialog-free methods are what the UI tests call.
 */
public final class Outputs {
	/** More pages than this are printed only after the user says so. */
	private static final int ASK_ABOVE_PAGES = 100;
	/** How long the printing system may take to close a PDF file after the job ends. */
	private static final long PDF_WAIT_MS = 30_000;

	private Outputs() {
	}

	// ---- Excel -----------------------------------------------------------------------------

	/** Asks where, writes the register with a progress dialog, says how it went. */
	public static void exportExcel(Shell shell, ReportResult result) {
		Optional<Path> target = ask(shell, Messages.Excel_TITLE, result.title(), "xlsx", Messages.Excel_FILTER);
		if (target.isEmpty()) {
			return;
		}
		Path file = target.get();
		try {
			new ProgressMonitorDialog(shell).run(true, false, monitor -> {
				monitor.beginTask(Nls.bind(Messages.Excel_WRITING, file.getFileName()), IProgressMonitor.UNKNOWN);
				try {
					RegisterExport.write(result, file);
				} catch (ReportException | RuntimeException e) {
					throw new InvocationTargetException(e);
				} finally {
					monitor.done();
				}
			});
			MessageDialog.openInformation(shell, Messages.Excel_TITLE, Nls.bind(Messages.Excel_DONE, result.title(), result.rows().size(), file));
		} catch (InvocationTargetException e) {
			MessageDialog.openError(shell, Messages.Excel_FAILED, failure(e.getCause()));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	// ---- printing --------------------------------------------------------------------------

	/** The system's print dialog, landscape proposed for wide reports, then the pages with progress. */
	public static void print(Shell shell, ReportResult result) {
		PrintDialog dialog = new PrintDialog(shell, SWT.NONE);
		dialog.setText(Messages.Print_TITLE);
		PrinterData proposed = Optional.ofNullable(Printer.getDefaultPrinterData()).orElseGet(PrinterData::new);
		proposed.orientation = ReportPrinter.wantsLandscape(shell.getDisplay(), result) ? PrinterData.LANDSCAPE : PrinterData.PORTRAIT;
		dialog.setPrinterData(proposed);
		PrinterData data = dialog.open();
		if (data == null || !confirmPages(shell, result, data.orientation == PrinterData.LANDSCAPE)) {
			return;
		}
		ReportPrinter.Outcome outcome = run(shell, result, data);
		switch (outcome) {
		case ReportPrinter.Outcome.Printed p -> MessageDialog.openInformation(shell, Messages.Print_TITLE,
				Nls.bind(Messages.Print_DONE, result.title(), p.pages(), Optional.ofNullable(data.name).orElse("")));
		case ReportPrinter.Outcome.Failed f -> MessageDialog.openError(shell, Messages.Print_FAILED, f.message());
		case ReportPrinter.Outcome.Cancelled c -> {
		}
		}
	}

	/** Asks where, prints into that PDF file, checks the file is there, says how it went. */
	public static void exportPdf(Shell shell, ReportResult result) {
		Optional<Path> target = ask(shell, Messages.Pdf_TITLE, result.title(), "pdf", Messages.Pdf_FILTER);
		if (target.isEmpty()) {
			return;
		}
		boolean landscape = ReportPrinter.wantsLandscape(shell.getDisplay(), result);
		if (!confirmPages(shell, result, landscape)) {
			return;
		}
		Optional<PrinterData> data = pdfPrinter(target.get(), landscape);
		if (data.isEmpty()) {
			MessageDialog.openError(shell, Messages.Pdf_FAILED, Messages.Pdf_NO_PRINTER);
			return;
		}
		Optional<String> cannot = clear(target.get());
		if (cannot.isPresent()) {
			MessageDialog.openError(shell, Messages.Pdf_FAILED, cannot.get());
			return;
		}
		ReportPrinter.Outcome outcome = run(shell, result, data.get());
		if (outcome instanceof ReportPrinter.Outcome.Printed p) {
			outcome = awaitFile(shell.getDisplay(), target.get(), p);
		}
		switch (outcome) {
		case ReportPrinter.Outcome.Printed p -> MessageDialog.openInformation(shell, Messages.Pdf_TITLE,
				Nls.bind(Messages.Pdf_DONE, result.title(), p.pages(), target.get()));
		case ReportPrinter.Outcome.Failed f -> MessageDialog.openError(shell, Messages.Pdf_FAILED, f.message());
		case ReportPrinter.Outcome.Cancelled c -> {
		}
		}
	}

	/**
	 * Writes {@code result} as a PDF file without any dialog, on the UI thread of {@code display}:
	 * what tests and scripts use.
	 */
	public static ReportPrinter.Outcome writePdf(Display display, ReportResult result, Path pdf) {
		boolean landscape = ReportPrinter.wantsLandscape(display, result);
		Optional<PrinterData> data = pdfPrinter(pdf, landscape);
		if (data.isEmpty()) {
			return new ReportPrinter.Outcome.Failed(Messages.Pdf_NO_PRINTER);
		}
		Optional<String> cannot = clear(pdf);
		if (cannot.isPresent()) {
			return new ReportPrinter.Outcome.Failed(cannot.get());
		}
		ReportPrinter.Outcome outcome = new ReportPrinter(result, ReportPrinter.defaultFontName(display)).print(data.get(), result.title(),
				(page, pages) -> true);
		return outcome instanceof ReportPrinter.Outcome.Printed p ? awaitFile(display, pdf, p) : outcome;
	}

	/**
	 * A printer that writes {@code pdf}: GTK's file printer (its output follows the file name's
	 * extension, .pdf), or a printer named …PDF… (Microsoft Print to PDF) elsewhere.
	 */
	static Optional<PrinterData> pdfPrinter(Path pdf, boolean landscape) {
		PrinterData chosen = null;
		for (PrinterData p : Printer.getPrinterList()) {
			String driver = Optional.ofNullable(p.driver).orElse("");
			String name = Optional.ofNullable(p.name).orElse("");
			if ("gtk".equals(SWT.getPlatform()) ? driver.contains("File") : name.toUpperCase(Locale.ROOT).contains("PDF")) {
				chosen = p;
				break;
			}
		}
		if (chosen == null) {
			if (!"gtk".equals(SWT.getPlatform())) {
				return Optional.empty();
			}
			// GTK lists its file printer only when the file backend is installed; SWT falls back to it for a file
			chosen = new PrinterData();
		}
		chosen.printToFile = true;
		chosen.fileName = pdf.toAbsolutePath().toString();
		chosen.orientation = landscape ? PrinterData.LANDSCAPE : PrinterData.PORTRAIT;
		chosen.scope = PrinterData.ALL_PAGES;
		chosen.copyCount = 1;
		return Optional.of(chosen);
	}

	/** GTK may finish the file after the job returns: wait for it while the display runs. */
	private static ReportPrinter.Outcome awaitFile(Display display, Path pdf, ReportPrinter.Outcome.Printed printed) {
		long until = System.currentTimeMillis() + PDF_WAIT_MS;
		while (!written(pdf) && System.currentTimeMillis() < until) {
			if (!display.readAndDispatch()) {
				try {
					Thread.sleep(20);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					break;
				}
			}
		}
		return written(pdf) ? printed : new ReportPrinter.Outcome.Failed(Nls.bind(Messages.Pdf_NOT_WRITTEN, pdf));
	}

	/** Removes the file being replaced, so that a file found after the job is the new one. */
	private static Optional<String> clear(Path pdf) {
		try {
			Files.deleteIfExists(pdf);
			return Optional.empty();
		} catch (java.io.IOException | RuntimeException e) {
			return Optional.of(Nls.bind(Messages.Pdf_NOT_WRITTEN, pdf) + " " + e.getMessage());
		}
	}

	/**
	 * The file is complete: GTK copies the spooled job into it in chunks while the display runs,
	 * so a file of some size may still be half written; a PDF ends with %%EOF.
	 */
	static boolean written(Path pdf) {
		try (java.nio.channels.SeekableByteChannel in = Files.newByteChannel(pdf)) {
			long size = in.size();
			if (size == 0) {
				return false;
			}
			java.nio.ByteBuffer tail = java.nio.ByteBuffer.allocate((int) Math.min(size, 1024));
			in.position(size - tail.capacity());
			while (tail.hasRemaining() && in.read(tail) >= 0) {
				// reads the last kilobyte
			}
			return new String(tail.array(), 0, tail.position(), java.nio.charset.StandardCharsets.ISO_8859_1).contains("%%EOF");
		} catch (java.io.IOException | RuntimeException e) {
			return false;
		}
	}

	private static boolean confirmPages(Shell shell, ReportResult result, boolean landscape) {
		int pages = ReportPrinter.estimatePages(result, landscape);
		return pages <= ASK_ABOVE_PAGES || MessageDialog.openQuestion(shell, Messages.Print_TITLE,
				Nls.bind(Messages.Print_MANY_PAGES, result.rows().size(), pages));
	}

	/**
	 * Prints on the UI thread (SWT's printer draws with the toolkit, which is not thread-safe) in a
	 * progress dialog whose 取消 is heard between pages.
	 */
	private static ReportPrinter.Outcome run(Shell shell, ReportResult result, PrinterData data) {
		ReportPrinter printer = new ReportPrinter(result, ReportPrinter.defaultFontName(shell.getDisplay()));
		ReportPrinter.Outcome[] outcome = { new ReportPrinter.Outcome.Cancelled() };
		Display display = shell.getDisplay();
		try {
			new ProgressMonitorDialog(shell).run(false, true, monitor -> {
				monitor.beginTask(result.title(), IProgressMonitor.UNKNOWN);
				outcome[0] = printer.print(data, result.title(), (page, pages) -> {
					monitor.subTask(Nls.bind(Messages.Print_PROGRESS, page, pages));
					while (display.readAndDispatch()) {
						// lets the progress dialog paint and hear 取消
					}
					return !monitor.isCanceled();
				});
				monitor.done();
			});
		} catch (InvocationTargetException e) {
			return new ReportPrinter.Outcome.Failed(failure(e.getCause()));
		} catch (InterruptedException e) {
			return new ReportPrinter.Outcome.Cancelled();
		}
		return outcome[0];
	}

	// ---- shared ----------------------------------------------------------------------------

	/** A save dialog for {@code extension}, proposing the report's title as the file name. */
	private static Optional<Path> ask(Shell shell, String title, String reportTitle, String extension, String filterName) {
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText(title);
		dialog.setFilterExtensions(new String[] { "*." + extension });
		dialog.setFilterNames(new String[] { filterName });
		dialog.setFileName(Cells.fileName(reportTitle) + "." + extension);
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return Optional.empty();
		}
		return Optional.of(Path.of(chosen.toLowerCase(Locale.ROOT).endsWith("." + extension) ? chosen : chosen + "." + extension));
	}

	/** A sentence for the user; faults of the program go to the log and read as such. */
	static String failure(Throwable t) {
		if (t instanceof ReportException) {
			return t.getMessage();
		}
		ILog.of(Outputs.class).error(String.valueOf(t), t);
		return Nls.bind(Messages.Common_UNEXPECTED, t == null || t.getMessage() == null ? String.valueOf(t) : t.getMessage());
	}
}
