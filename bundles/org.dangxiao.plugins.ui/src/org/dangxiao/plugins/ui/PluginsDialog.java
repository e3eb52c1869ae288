package org.dangxiao.plugins.ui;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import org.dangxiao.model.nls.Nls;
import org.dangxiao.plugins.Feature;
import org.dangxiao.plugins.Feature.Origin;
import org.dangxiao.plugins.Offer;
import org.dangxiao.plugins.Outcome;
import org.dangxiao.plugins.PluginException;
import org.dangxiao.plugins.Plugins;
import org.dangxiao.ui.Async;
import org.dangxiao.ui.Widgets;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * 帮助 > 安装插件: the plug-ins the user installed (name, version, provider, origin) with 卸载, and
 * 从文件夹安装 / 从压缩包安装, which show the repository's features to tick, install them with a
 * progress bar and offer to restart. Everything p2 does runs off the UI thread; every failure is a
 * sentence in a message box.
 */
public final class PluginsDialog extends TitleAreaDialog {
	/** What reading the installed plug-ins gave: the list, or why the program cannot have plug-ins. */
	private sealed interface Listing permits Listed, Unavailable {
	}

	private record Listed(Plugins plugins, List<Feature> features) implements Listing {
	}

	private record Unavailable(String reason) implements Listing {
	}

	/** A p2 call under the progress dialog. */
	@FunctionalInterface
	private interface Work<T> {
		T run(IProgressMonitor monitor) throws PluginException;
	}

	private final BooleanSupplier restart;
	private Optional<Plugins> plugins = Optional.empty();
	private Optional<Path> dropins = Optional.empty();
	private TableViewer table;
	private Button fromFolder;
	private Button fromZip;
	private Button uninstall;
	private Label note;
	private Async<Listing> loader;

	/** {@code restart} restarts the workbench (IWorkbench::restart) and says whether it will. */
	public PluginsDialog(Shell parent, BooleanSupplier restart) {
		super(parent);
		this.restart = restart;
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Point getInitialSize() {
		Point p = super.getInitialSize();
		return new Point(Math.max(p.x, 820), Math.max(p.y, 520));
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Dialog_TITLE);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(Messages.Dialog_TITLE);
		setMessage(Messages.Dialog_MESSAGE);
		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().margins(10, 8).spacing(6, 6).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);

		new Label(body, SWT.NONE).setText(Messages.Dialog_INSTALLED);
		table = new TableViewer(body, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
		Widgets.testId(table.getTable(), "plugins.installed");
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 220).applyTo(table.getTable());
		Columns.add(table, Messages.Col_NAME, 280, Feature.class, Feature::name);
		Columns.add(table, Messages.Col_VERSION, 160, Feature.class, Feature::version);
		Columns.add(table, Messages.Col_PROVIDER, 160, Feature.class, Feature::provider);
		Columns.add(table, Messages.Col_ORIGIN, 130, Feature.class, f -> f.origin().label());
		table.setContentProvider(ArrayContentProvider.getInstance());
		table.addSelectionChangedListener(e -> updateButtons());

		Composite buttons = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).applyTo(buttons);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(buttons);
		fromFolder = button(buttons, Messages.Button_FROM_FOLDER, Messages.Button_FROM_FOLDER_TOOLTIP, "plugins.installFromFolder");
		fromFolder.addListener(SWT.Selection, e -> chooseFolder());
		fromZip = button(buttons, Messages.Button_FROM_ZIP, Messages.Button_FROM_ZIP_TOOLTIP, "plugins.installFromZip");
		fromZip.addListener(SWT.Selection, e -> chooseZip());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(new Label(buttons, SWT.NONE));
		uninstall = button(buttons, Messages.Button_UNINSTALL, Messages.Button_UNINSTALL_TOOLTIP, "plugins.uninstall");
		uninstall.addListener(SWT.Selection, e -> uninstallSelected());

		note = Widgets.testId(new Label(body, SWT.WRAP), "plugins.note");
		GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(note);

		loader = new Async<>(table.getTable());
		load();
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		// a manager, not a form: nothing to confirm, so one button, and Esc closes it too
		Widgets.testId(createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CLOSE_LABEL, true), "dialog.close");
	}

	private static Button button(Composite parent, String text, String tooltip, String testId) {
		Button b = Widgets.testId(new Button(parent, SWT.PUSH), testId);
		b.setText(text);
		b.setToolTipText(tooltip);
		return b;
	}

	/** Reads the installed plug-ins in the background: the first use of p2 reads its profile from disk. */
	private void load() {
		setButtonsEnabled(false);
		note.setText(Messages.Dialog_LOADING);
		loader.run(PluginsDialog::list, this::show,
				e -> show(new Unavailable(Nls.bind(Messages.Failed_UNEXPECTED, String.valueOf(e.getMessage())))));
	}

	private static Listing list() {
		try {
			Plugins p = Plugins.running();
			return new Listed(p, p.installed());
		} catch (PluginException e) {
			return new Unavailable(e.getMessage());
		}
	}

	private void show(Listing listing) {
		switch (listing) {
		case Listed listed -> {
			plugins = Optional.of(listed.plugins());
			dropins = listed.plugins().dropinsFolder();
			setErrorMessage(null);
			table.setInput(listed.features());
			setButtonsEnabled(true);
			updateButtons();
		}
		case Unavailable unavailable -> {
			plugins = Optional.empty();
			table.setInput(List.of());
			// the title area shows two lines at most: a short line there, the whole reason below the list
			setErrorMessage(Messages.Dialog_UNAVAILABLE);
			setButtonsEnabled(false);
			note.setText(unavailable.reason());
			note.getParent().layout(true, true);
		}
		}
	}

	private void setButtonsEnabled(boolean enabled) {
		fromFolder.setEnabled(enabled);
		fromZip.setEnabled(enabled);
		uninstall.setEnabled(false);
	}

	private void updateButtons() {
		if (plugins.isEmpty()) {
			return;
		}
		Optional<Feature> selected = selected();
		uninstall.setEnabled(selected.filter(f -> f.origin() == Origin.INSTALLED).isPresent());
		String text;
		if (selected.filter(f -> f.origin() == Origin.DROPINS).isPresent()) {
			text = Nls.bind(Messages.Note_FROM_DROPINS, selected.get().name());
		} else {
			String hint = dropins.map(d -> Nls.bind(Messages.Note_DROPINS, d)).orElse("");
			text = table.getTable().getItemCount() == 0 ? Nls.bind(Messages.Note_TWO, Messages.Dialog_NONE, hint).strip() : hint;
		}
		note.setText(text);
		note.getParent().layout(true, true);
	}

	private Optional<Feature> selected() {
		Object first = ((IStructuredSelection) table.getSelection()).getFirstElement();
		return first instanceof Feature f ? Optional.of(f) : Optional.empty();
	}

	private void chooseFolder() {
		DirectoryDialog dialog = new DirectoryDialog(getShell(), SWT.OPEN);
		dialog.setText(Messages.Dialog_TITLE);
		dialog.setMessage(Messages.Choose_FOLDER_MESSAGE);
		Optional.ofNullable(dialog.open()).map(Path::of).ifPresent(this::installFrom);
	}

	private void chooseZip() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		dialog.setText(Messages.Dialog_TITLE);
		dialog.setFilterExtensions(new String[] { "*.zip", "*.*" });
		dialog.setFilterNames(new String[] { Messages.Choose_ZIP_FILTER, Messages.Choose_ALL_FILTER });
		Optional.ofNullable(dialog.open()).map(Path::of).ifPresent(this::installFrom);
	}

	/**
	 * Installs from {@code repository} (a folder or a zip): its features to tick, the installation
	 * under a progress bar, the offer to restart. Public so that UI tests can skip the native file
	 * dialogs, which they cannot drive.
	 */
	public void installFrom(Path repository) {
		if (plugins.isEmpty()) {
			return;
		}
		Plugins p = plugins.get();
		Optional<List<Offer>> offers = withProgress(monitor -> p.available(repository, monitor));
		if (offers.isEmpty()) {
			return;
		}
		if (offers.get().isEmpty()) {
			MessageDialog.openInformation(getShell(), Messages.Dialog_TITLE, Nls.bind(Messages.Offers_NONE, repository));
			return;
		}
		if (offers.get().stream().allMatch(Offer::isInstalled)) {
			MessageDialog.openInformation(getShell(), Messages.Dialog_TITLE, Nls.bind(Messages.Offers_ALL_INSTALLED, repository));
			return;
		}
		ChooseFeaturesDialog choose = new ChooseFeaturesDialog(getShell(), repository, offers.get());
		if (choose.open() != OK) {
			return;
		}
		List<String> ids = choose.chosen();
		withProgress(monitor -> p.install(repository, ids, monitor)).ifPresent(o -> done(o, Messages.Install_DONE));
	}

	private void uninstallSelected() {
		Optional<Feature> feature = selected().filter(f -> f.origin() == Origin.INSTALLED);
		if (feature.isEmpty() || plugins.isEmpty()) {
			return;
		}
		Plugins p = plugins.get();
		Feature f = feature.get();
		if (!MessageDialog.openConfirm(getShell(), Messages.Uninstall_CONFIRM_TITLE, Nls.bind(Messages.Uninstall_CONFIRM, f.name()))) {
			return;
		}
		withProgress(monitor -> p.uninstall(List.of(f.id()), monitor)).ifPresent(o -> done(o, Messages.Uninstall_DONE));
	}

	/** Runs {@code work} in a progress dialog (cancellable); a failure is shown and gives empty. */
	private <T> Optional<T> withProgress(Work<T> work) {
		AtomicReference<T> result = new AtomicReference<>();
		AtomicReference<String> failure = new AtomicReference<>();
		try {
			new ProgressMonitorDialog(getShell()).run(true, true, monitor -> {
				try {
					result.set(work.run(monitor));
				} catch (PluginException e) {
					failure.set(e.getMessage());
				}
			});
		} catch (InvocationTargetException e) {
			// a fault of ours or of p2, not the user's input: logged whole, shown as a sentence
			ILog.of(PluginsDialog.class).error(String.valueOf(e.getCause()), e.getCause());
			failure.set(Nls.bind(Messages.Failed_UNEXPECTED, String.valueOf(e.getCause().getMessage())));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
		if (failure.get() != null) {
			MessageDialog.openError(getShell(), Messages.Failed_TITLE, failure.get());
			return Optional.empty();
		}
		return Optional.ofNullable(result.get());
	}

	/** After an install or uninstall: the list again, and the offer to restart. */
	private void done(Outcome outcome, String line) {
		load();
		Shell shell = getShell();
		if (outcome.changed().isEmpty()) {
			MessageDialog.openInformation(shell, Messages.Dialog_TITLE, Messages.Install_NOTHING);
			return;
		}
		String what = Nls.bind(line, outcome.changed().stream().map(Feature::name).collect(Collectors.joining(Messages.List_SEPARATOR)));
		if (!outcome.restartNeeded()) {
			MessageDialog.openInformation(shell, Messages.Dialog_TITLE, what);
			return;
		}
		MessageDialog ask = new MessageDialog(shell, Messages.Restart_TITLE, null, Nls.bind(Messages.Restart_MESSAGE, what),
				MessageDialog.QUESTION, 0, Messages.Restart_NOW, Messages.Restart_LATER) {
			@Override
			protected void createButtonsForButtonBar(Composite parent) {
				super.createButtonsForButtonBar(parent);
				Widgets.testId(getButton(0), "plugins.restartNow");
				Widgets.testId(getButton(1), "plugins.restartLater");
			}
		};
		if (ask.open() == 0) {
			Shell parent = getParentShell();
			close();
			if (!restart.getAsBoolean()) {
				MessageDialog.openInformation(parent, Messages.Restart_TITLE, Messages.Restart_FAILED);
			}
		}
	}
}
