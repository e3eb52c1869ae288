package org.dangxiao.ui;

import org.eclipse.swt.widgets.Widget;

/** What every view's widgets share. */
public final class Widgets {
	/** The key UI tests find a widget by. */
	public static final String TEST_ID = "org.dangxiao.test.id";

	private Widgets() {
	}

	/** Marks {@code widget} with the id a UI test finds it by. */
	public static <W extends Widget> W testId(W widget, String id) {
		widget.setData(TEST_ID, id);
		return widget;
	}
}
