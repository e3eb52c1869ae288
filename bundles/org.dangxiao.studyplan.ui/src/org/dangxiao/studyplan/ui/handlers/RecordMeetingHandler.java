package org.dangxiao.studyplan.ui.handlers;

import java.util.Optional;

import jakarta.inject.Named;

import org.dangxiao.model.Organization;
import org.dangxiao.model.Workspace;
import org.dangxiao.studyplan.ui.Messages;
import org.dangxiao.studyplan.ui.dialogs.MeetingDialog;
import org.dangxiao.ui.Topics;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * 学习 > 记录会议 (Ctrl+M): a held meeting of the organization selected in the tree, or of one
 * chosen in the dialog. Always enabled: the dialog lets the user pick the organization.
 */
public class RecordMeetingHandler {
	@Execute
	public void execute(Shell shell, Workspace workspace,
			@org.eclipse.e4.core.di.annotations.Optional @Named(Topics.SELECTED_ORGANIZATION) Organization selected) {
		if (workspace.organizations().size() == 0) {
			MessageDialog.openInformation(shell, Messages.Meeting_NEW_TITLE, Messages.Handler_NO_ORGANIZATIONS);
			return;
		}
		new MeetingDialog(shell, workspace, Optional.ofNullable(selected), Optional.empty()).open();
	}
}
