package org.dangxiao.studyplan.ui.parts;

import org.dangxiao.model.Organization;
import org.dangxiao.model.Workspace;
import org.dangxiao.model.WorkspaceEvent;
import org.dangxiao.studyplan.ui.Scope;
import org.dangxiao.studyplan.ui.Ui;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;

/**
 * One tab of 学习计划. A tab reads the workspace only while it is shown: a change or a new
 * selection in the tree marks it stale, and it reloads when it is (or becomes) the visible one,
 * so a commit does not make six views reread 20,000 organizations' meetings.
 */
abstract class StudyTab {
	protected final Workspace workspace;
	protected final CTabItem item;
	protected final Composite pane;
	protected Scope scope = Scope.all();
	private boolean stale = true;

	StudyTab(CTabFolder folder, Workspace workspace, String title, String testId) {
		this.workspace = workspace;
		item = Ui.testId(new CTabItem(folder, SWT.NONE), testId);
		item.setText(title);
		pane = Ui.testId(new Composite(folder, SWT.NONE), testId);
		item.setControl(pane);
		GridLayoutFactory.swtDefaults().margins(6, 6).spacing(8, 6).applyTo(pane);
	}

	CTabItem item() {
		return item;
	}

	final void scope(Scope newScope) {
		if (!newScope.equals(scope)) {
			scope = newScope;
			stale = true;
		}
	}

	final void changed(WorkspaceEvent event) {
		if (event.affects(Organization.class) || affectedBy(event)) {
			stale = true;
		}
	}

	/** Reloads now when something changed since the last time. */
	final void showIfStale() {
		if (stale && !pane.isDisposed()) {
			stale = false;
			reload();
		}
	}

	/** Whether a change of these record types concerns the tab; organizations always do. */
	abstract boolean affectedBy(WorkspaceEvent event);

	/** Reads the workspace again for {@link #scope}. */
	abstract void reload();

	abstract void focus();

	protected Shell shell() {
		return pane.getShell();
	}
}
