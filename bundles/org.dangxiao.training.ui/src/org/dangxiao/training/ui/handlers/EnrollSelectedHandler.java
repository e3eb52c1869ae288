package org.dangxiao.training.ui.handlers;

import java.util.List;
import java.util.Optional;

import jakarta.inject.Named;

import org.dangxiao.model.Person;
import org.dangxiao.model.Workspace;
import org.dangxiao.model.training.TrainingProgram;
import org.dangxiao.training.ui.Messages;
import org.dangxiao.training.ui.dialogs.EnrollDialog;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * 培训 > 将所选人员加入班次: the people selected in 人员 go on the roster of a class chosen from a
 * program, in one command.
 */
public class EnrollSelectedHandler {
	@Execute
	public void execute(Shell shell, Workspace workspace,
			@org.eclipse.e4.core.di.annotations.Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
		List<Person> people = Selections.people(Optional.ofNullable(selection), workspace);
		if (people.isEmpty()) {
			MessageDialog.openInformation(shell, Messages.Enroll_TITLE, Messages.Enroll_SELECT_FIRST);
			return;
		}
		if (workspace.list(TrainingProgram.class).isEmpty()) {
			MessageDialog.openInformation(shell, Messages.Enroll_TITLE, Messages.Enroll_NO_PROGRAMS);
			return;
		}
		new EnrollDialog(shell, workspace, people, Optional.empty()).open();
	}
}
