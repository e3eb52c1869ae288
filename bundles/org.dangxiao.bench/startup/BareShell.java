package org.dangxiao.bench;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * The reference of releng/org.dangxiao.product/runtime/startup-bench.sh: the least an SWT program
 * does to show a window (a Display and an empty Shell of the workbench's size), started from the
 * same Java runtime as the product. The bench measures from the outside, the same way for both,
 * when X reports the window mapped, and then ends the process; the shell also closes itself after
 * a while so that it never outlives a bench that died.
 * <p>
 * It lives outside src/ (like others/ParseOthers.java) because the bench bundle does not depend on
 * SWT; startup-bench.sh compiles it against the product's own SWT jar.
 * <p>
 * Usage: BareShell [TITLE [SECONDS_OPEN]]
 */
public final class BareShell {
	private static final String DEFAULT_TITLE = "BareShell startup reference";
	private static final int DEFAULT_SECONDS = 30;

	private BareShell() {
	}

	public static void main(String[] args) {
		String title = args.length > 0 ? args[0] : DEFAULT_TITLE;
		int seconds = DEFAULT_SECONDS;
		if (args.length > 1) {
			try {
				seconds = Integer.parseInt(args[1]);
			} catch (NumberFormatException e) {
				System.err.println("BareShell: the second argument must be the seconds to stay open, a whole number, not '" + args[1] + "'.");
				System.exit(2);
			}
		}
		Display display = new Display();
		Shell shell = new Shell(display, SWT.SHELL_TRIM);
		shell.setText(title);
		shell.setSize(1280, 800); // the main window's size in Application.e4xmi
		shell.open();
		display.timerExec(seconds * 1000, shell::dispose);
		while (!shell.isDisposed()) {
			if (!display.readAndDispatch()) {
				display.sleep();
			}
		}
		display.dispose();
	}
}
