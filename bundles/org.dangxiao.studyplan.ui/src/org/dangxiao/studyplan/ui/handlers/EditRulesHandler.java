package org.dangxiao.studyplan.ui.handlers;

import org.dangxiao.model.Workspace;
import org.dangxiao.studyplan.ui.dialogs.RulesDialog;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.widgets.Shell;

/**
 * 学习 > 会议频次规则: the table of how often each meeting must be held, which the compliance check
 * and 生成明年计划 read. Needs no organizations: a locality may set its rules before importing them.
 */
public class EditRulesHandler {
	@Execute
	public void execute(Shell shell, Workspace workspace) {
		new RulesDialog(shell, workspace).open();
	}
}
