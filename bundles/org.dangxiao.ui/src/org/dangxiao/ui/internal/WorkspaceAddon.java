package org.dangxiao.ui.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.dangxiao.model.Workspace;
import org.dangxiao.model.WorkspaceEvent;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.ui.Messages;
import org.dangxiao.ui.Topics;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuItem;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.event.Event;

/**
 * Bridges the workspace to the workbench: every workspace event is re-published on the UI
 * thread for the views, and the window title and the undo/redo menu labels follow the workspace.
 */
public class WorkspaceAddon {
	static final String UNDO_ITEM = "org.dangxiao.ui.menuitem.undo";
	static final String REDO_ITEM = "org.dangxiao.ui.menuitem.redo";
	static final String MAIN_WINDOW = "org.dangxiao.ui.window.main";

	@Inject
	private Workspace workspace;
	@Inject
	private IEventBroker broker;
	@Inject
	private UISynchronize sync;
	@Inject
	private MApplication application;
	@Inject
	private EModelService models;

	private Workspace.Subscription subscription;
	private String undoDefault;
	private String redoDefault;

	@PostConstruct
	void start() {
		subscription = workspace.subscribe(event -> sync.asyncExec(() -> publish(event)));
		window().ifPresent(w -> w.setLabel(Nls.bind(Messages.App_TITLE_WITH_WORKSPACE, workspace.displayName())));
	}

	@Inject
	@Optional
	void started(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event e) {
		undoDefault = item(UNDO_ITEM).map(MMenuItem::getLocalizedLabel).orElse("");
		redoDefault = item(REDO_ITEM).map(MMenuItem::getLocalizedLabel).orElse("");
		if (!workspace.openingProblems().isEmpty()) {
			Shell shell = (Shell) window().map(MWindow::getWidget).orElse(null);
			MessageDialog.openWarning(shell, Messages.App_OPENING_PROBLEM_TITLE, String.join("\n\n", workspace.openingProblems()));
		}
	}

	private void publish(WorkspaceEvent event) {
		if (event.kind() == WorkspaceEvent.Kind.RELOAD) {
			// another workspace was opened, or a backup restored
			window().ifPresent(w -> w.setLabel(Nls.bind(Messages.App_TITLE_WITH_WORKSPACE, workspace.displayName())));
		}
		broker.send(Topics.WORKSPACE_CHANGED, event);
		if (undoDefault != null) {
			var history = workspace.history();
			item(UNDO_ITEM).ifPresent(i -> i.setLabel(history.undoLabel().map(l -> Nls.bind(Messages.Undo_LABEL, l)).orElse(undoDefault)));
			item(REDO_ITEM).ifPresent(i -> i.setLabel(history.redoLabel().map(l -> Nls.bind(Messages.Redo_LABEL, l)).orElse(redoDefault)));
		}
		// tool items re-evaluate @CanExecute only when asked
		broker.send(UIEvents.REQUEST_ENABLEMENT_UPDATE_TOPIC, UIEvents.ALL_ELEMENT_ID);
	}

	private java.util.Optional<MWindow> window() {
		return java.util.Optional.ofNullable((MWindow) models.find(MAIN_WINDOW, application));
	}

	private java.util.Optional<MMenuItem> item(String id) {
		return window().flatMap(w -> models.findElements(w.getMainMenu(), id, MMenuItem.class).stream().findFirst());
	}

	@PreDestroy
	void stop() {
		subscription.close();
	}
}
