package org.dangxiao.ui.handlers;

import org.dangxiao.ui.parts.PeoplePart;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** 编辑 > 查找人员 (Ctrl+F): the cursor goes to the people filter. */
public class FindPeopleHandler {
	@Execute
	public void execute(EPartService parts) {
		MPart part = parts.showPart(PeoplePart.ID, PartState.ACTIVATE);
		if (part != null && part.getObject() instanceof PeoplePart people) {
			people.focusFilter();
		}
	}
}
