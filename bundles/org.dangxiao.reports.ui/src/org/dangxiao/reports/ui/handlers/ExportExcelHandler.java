package org.dangxiao.reports.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/** 报表 > 导出 Excel (Ctrl+Shift+E): the shown report as an .xlsx register. Greyed out until the 报表 tab shows a result. */
public class ExportExcelHandler {
	@CanExecute
	public boolean canExecute(EPartService parts) {
		return ShownReport.view(parts).isPresent();
	}

	@Execute
	public void execute(EPartService parts) {
		ShownReport.view(parts).ifPresent(v -> v.exportExcel());
	}
}
