package org.dangxiao.studyplan.ui.parts;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.dangxiao.model.Organization;
import org.dangxiao.model.Workspace;
import org.dangxiao.model.WorkspaceEvent;
import org.dangxiao.studyplan.ui.Scope;
import org.dangxiao.studyplan.ui.Ui;
import org.dangxiao.ui.Topics;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;

/**
 * 学习计划: the 第一议题 register, the meetings, their calendar, compliance with the meeting
 * rules, the 中心组 year and overdue 整改措施, each a tab, all for the organization selected in
 * the shell's tree and everything below it (the whole tree when nothing is selected). Every edit
 * is one workspace command; the tabs follow {@link Topics#WORKSPACE_CHANGED}.
 */
public class StudyPart {
	public static final String ID = "org.dangxiao.studyplan.ui.part.study";

	@Inject
	private Workspace workspace;

	private CTabFolder tabs;
	private List<StudyTab> all = List.of();
	private Optional<Organization> selected = Optional.empty();

	@PostConstruct
	public void createControls(Composite parent) {
		parent.setLayout(new FillLayout());
		tabs = Ui.testId(new CTabFolder(parent, SWT.BORDER | SWT.FLAT), "study.tabs");
		tabs.setTabHeight(Math.max(tabs.getTabHeight(), 26));
		all = List.of(new RegisterTab(tabs, workspace), new MeetingsTab(tabs, workspace, () -> selected),
				new CalendarTab(tabs, workspace), new ComplianceTab(tabs, workspace), new CenterGroupTab(tabs, workspace),
				new FollowUpsTab(tabs, workspace));
		tabs.setSelection(all.get(0).item());
		tabs.addListener(SWT.Selection, e -> current().ifPresent(StudyTab::showIfStale));
		scopeChanged();
	}

	/** The shell's tree publishes its selection in the context; it may be set before the controls exist. */
	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	void organizationSelected(@Named(Topics.SELECTED_ORGANIZATION) Organization org) {
		selected = Optional.ofNullable(org);
		scopeChanged();
	}

	private void scopeChanged() {
		if (tabs == null || tabs.isDisposed()) {
			return;
		}
		Scope scope = Scope.of(selected);
		all.forEach(t -> t.scope(scope));
		current().ifPresent(StudyTab::showIfStale);
	}

	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	void workspaceChanged(@UIEventTopic(Topics.WORKSPACE_CHANGED) WorkspaceEvent event) {
		if (tabs == null || tabs.isDisposed()) {
			return;
		}
		all.forEach(t -> t.changed(event));
		current().ifPresent(StudyTab::showIfStale);
	}

	private Optional<StudyTab> current() {
		return all.stream().filter(t -> t.item() == tabs.getSelection()).findFirst();
	}

	@Focus
	public void setFocus() {
		current().ifPresentOrElse(StudyTab::focus, tabs::setFocus);
	}
}
