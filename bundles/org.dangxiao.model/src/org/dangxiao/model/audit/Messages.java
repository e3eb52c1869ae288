package org.dangxiao.model.audit;

import org.dangxiao.model.nls.Nls;

/** User-visible texts of the audit package. */
public final class Messages {
	public static String ImportBatch_SUMMARY;

	static {
		Nls.load(Messages.class);
	}

	private Messages() {
	}
}
