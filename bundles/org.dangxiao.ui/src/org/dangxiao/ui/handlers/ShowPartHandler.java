package org.dangxiao.ui.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** 视图 > 组织机构 / 人员名单: brings a part forward, opening it again if it was closed. */
public class ShowPartHandler {
	public static final String PARAMETER = "org.dangxiao.ui.commandparameter.partId";

	@Execute
	public void execute(EPartService parts, @Named(PARAMETER) String partId) {
		parts.showPart(partId, PartState.ACTIVATE);
	}
}
