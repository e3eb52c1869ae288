package org.dangxiao.attendance.ui.wizard;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/** Layout shared by the pages. */
final class Panes {
	/** Widgets find each other in tests and screenshots by this key, as in the shell. */
	static final String TEST_ID = "org.dangxiao.test.id";

	private Panes() {
	}

	/**
	 * A pane holding a label and then the one control created in it next. The label comes right
	 * before the control so that its mnemonic (Alt+letter) moves the focus there.
	 */
	static Composite labelled(Composite parent, String label) {
		Composite pane = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 2).spacing(0, 4).applyTo(pane);
		new Label(pane, SWT.NONE).setText(label);
		return pane;
	}

	static void fill(Control control) {
		GridDataFactory.fillDefaults().grab(true, true).applyTo(control);
	}
}
