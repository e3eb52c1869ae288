package org.dangxiao.studyplan.ui.handlers;

import java.util.Optional;

import jakarta.inject.Named;

import org.dangxiao.model.Organization;
import org.dangxiao.model.Workspace;
import org.dangxiao.studyplan.ui.Messages;
import org.dangxiao.studyplan.ui.dialogs.GeneratePlanDialog;
import org.dangxiao.ui.Topics;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * 学习 > 生成明年计划: planned meetings for a year from the meeting-frequency rules, for the
 * selected organization's subtree or the whole tree, as one undoable command.
 */
public class GeneratePlanHandler {
	@Execute
	public void execute(Shell shell, Workspace workspace,
			@org.eclipse.e4.core.di.annotations.Optional @Named(Topics.SELECTED_ORGANIZATION) Organization selected) {
		if (workspace.organizations().size() == 0) {
			MessageDialog.openInformation(shell, Messages.Generate_TITLE, Messages.Handler_NO_ORGANIZATIONS);
			return;
		}
		GeneratePlanDialog dialog = new GeneratePlanDialog(shell, workspace, Optional.ofNullable(selected));
		if (dialog.open() == GeneratePlanDialog.OK && dialog.generated() > 0) {
			MessageDialog.openInformation(shell, Messages.Generate_TITLE, dialog.summary());
		}
	}
}
