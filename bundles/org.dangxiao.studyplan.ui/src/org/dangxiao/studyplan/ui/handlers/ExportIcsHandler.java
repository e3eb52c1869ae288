package org.dangxiao.studyplan.ui.handlers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.inject.Named;

import org.dangxiao.compliance.Ics;
import org.dangxiao.model.Organization;
import org.dangxiao.model.OrganizationTree;
import org.dangxiao.model.Workspace;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.model.study.PlannedMeeting;
import org.dangxiao.studyplan.ui.Messages;
import org.dangxiao.studyplan.ui.Scope;
import org.dangxiao.studyplan.ui.Ui;
import org.dangxiao.ui.Topics;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * 学习 > 导出日历 ICS: the planned meetings of the selected subtree (or of all organizations) from
 * today on, as an iCalendar file that phone and desktop calendars import. Written beside the
 * target and moved into place, so a failure never leaves half a file under the user's name.
 */
public class ExportIcsHandler {
	@Execute
	public void execute(Shell shell, Workspace workspace,
			@org.eclipse.e4.core.di.annotations.Optional @Named(Topics.SELECTED_ORGANIZATION) Organization selected) {
		Scope scope = Scope.of(Optional.ofNullable(selected));
		OrganizationTree tree = workspace.organizations();
		String scopeLabel = scope.label(tree);
		LocalDate today = LocalDate.now();
		AtomicReference<List<PlannedMeeting>> read = new AtomicReference<>(List.of());
		// a whole province's plan is a million rows: a busy cursor while it is read
		BusyIndicator.showWhile(shell.getDisplay(), () -> read.set(scope.planned(workspace).stream().filter(p -> !p.date().isBefore(today))
				.sorted(Comparator.comparing(PlannedMeeting::date).thenComparing(PlannedMeeting::id)).toList()));
		List<PlannedMeeting> planned = read.get();
		if (planned.isEmpty()) {
			MessageDialog.openInformation(shell, Messages.Ics_TITLE, Nls.bind(Messages.Ics_NOTHING, scopeLabel));
			return;
		}
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText(Messages.Ics_TITLE);
		dialog.setFilterExtensions(new String[] { "*.ics" });
		dialog.setFilterNames(new String[] { Messages.Ics_FILTER });
		dialog.setFileName(Ui.safeFileName(Nls.bind(Messages.Ics_FILE_NAME, scopeLabel)) + ".ics");
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		Path target = Path.of(chosen.toLowerCase(Locale.ROOT).endsWith(".ics") ? chosen : chosen + ".ics");
		List<PlannedMeeting> events = planned;
		IOException[] failure = new IOException[1];
		BusyIndicator.showWhile(shell.getDisplay(), () -> {
			String calendar = Ics.calendar(events, id -> Ui.organization(tree, id), Instant.now());
			Path partial = target.resolveSibling(target.getFileName() + ".partial");
			try {
				Files.writeString(partial, calendar, StandardCharsets.UTF_8);
				Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
			} catch (IOException e) {
				failure[0] = e;
				try {
					Files.deleteIfExists(partial);
				} catch (IOException ignored) {
					// the first failure is the one to report
				}
			}
		});
		if (failure[0] != null) {
			MessageDialog.openError(shell, Messages.Export_FAILED, Nls.bind(Messages.Ics_FAILED, target, failure[0].getMessage()));
			return;
		}
		MessageDialog.openInformation(shell, Messages.Ics_TITLE, Nls.bind(Messages.Ics_DONE, events.size(), scopeLabel, target));
	}
}
