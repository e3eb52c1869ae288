package org.dangxiao.reports.ui.handlers;

import java.util.Optional;

import org.dangxiao.reports.ui.ReportView;
import org.dangxiao.reports.ui.parts.ReportsPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/** The report view the 报表 menu acts on: the 报表 tab's, while it is shown and holds a result. */
final class ShownReport {
	private ShownReport() {
	}

	static Optional<ReportView> view(EPartService parts) {
		MPart part = parts.findPart(ReportsPart.ID);
		if (part == null || !(part.getObject() instanceof ReportsPart reports) || !parts.isPartVisible(part)) {
			return Optional.empty();
		}
		return reports.view().filter(ReportView::hasResult);
	}
}
