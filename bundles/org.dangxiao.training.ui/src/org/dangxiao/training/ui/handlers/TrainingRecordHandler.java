package org.dangxiao.training.ui.handlers;

import java.util.List;
import java.util.Optional;

import jakarta.inject.Named;

import org.dangxiao.model.Person;
import org.dangxiao.model.Workspace;
import org.dangxiao.training.ui.Messages;
import org.dangxiao.training.ui.dialogs.RecordDialog;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Shell;

/**
 * 培训 > 个人培训档案 (Ctrl+R): the record of the person selected in 人员 (or in a roster). With
 * several selected, the first; with none, a hint where to select one.
 */
public class TrainingRecordHandler {
	@Execute
	public void execute(Shell shell, Workspace workspace,
			@org.eclipse.e4.core.di.annotations.Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
		List<Person> people = Selections.people(Optional.ofNullable(selection), workspace);
		if (people.isEmpty()) {
			MessageDialog.openInformation(shell, Messages.Record_COMMAND, Messages.Record_SELECT_FIRST);
			return;
		}
		RecordDialog[] dialog = new RecordDialog[1];
		// the record reads every class and its attendance: a moment for someone with many
		BusyIndicator.showWhile(shell.getDisplay(), () -> dialog[0] = new RecordDialog(shell, workspace, people.get(0)));
		dialog[0].open();
	}
}
