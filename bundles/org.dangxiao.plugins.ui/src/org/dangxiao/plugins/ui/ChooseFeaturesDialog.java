package org.dangxiao.plugins.ui;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.dangxiao.model.nls.Nls;
import org.dangxiao.plugins.Feature;
import org.dangxiao.plugins.Offer;
import org.dangxiao.ui.FormDialog;
import org.dangxiao.ui.Widgets;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ICheckStateProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * The features a repository offers, with a tick each. What the program already has in that
 * version shows greyed and cannot be ticked (a full update site of the workbench offers the
 * workbench itself); the rest starts ticked, as a repository is usually chosen for what is new.
 */
final class ChooseFeaturesDialog extends FormDialog {
	private final Path repository;
	private final List<Offer> offers;
	private final Set<Offer> checked = new LinkedHashSet<>();
	private List<String> chosen = List.of();
	private CheckboxTableViewer viewer;
	private Label description;

	ChooseFeaturesDialog(Shell parent, Path repository, List<Offer> offers) {
		super(parent);
		this.repository = repository;
		this.offers = offers;
		offers.stream().filter(o -> !o.isInstalled()).forEach(checked::add);
	}

	/** The ids of the features ticked when 安装 was pressed. */
	List<String> chosen() {
		return chosen;
	}

	@Override
	protected String title() {
		return Messages.Choose_TITLE;
	}

	@Override
	protected String instruction() {
		return Nls.bind(Messages.Choose_MESSAGE, repository);
	}

	@Override
	protected Optional<String> problem() {
		return checked.isEmpty() ? Optional.of(Messages.Choose_NOTHING_CHECKED) : Optional.empty();
	}

	@Override
	protected boolean commit() {
		chosen = checked.stream().map(o -> o.feature().id()).toList();
		return true;
	}

	@Override
	protected String okLabel() {
		return Messages.Choose_INSTALL;
	}

	@Override
	protected Point getInitialSize() {
		Point p = super.getInitialSize();
		return new Point(Math.max(p.x, 760), Math.max(p.y, 480));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite form = form(parent);
		viewer = CheckboxTableViewer.newCheckList(form, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
		Widgets.testId(viewer.getTable(), "plugins.offers");
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(SWT.DEFAULT, 200).applyTo(viewer.getTable());
		Columns.add(viewer, Messages.Col_NAME, 260, Offer.class, o -> o.feature().name());
		Columns.add(viewer, Messages.Col_VERSION, 150, Offer.class, o -> o.feature().version());
		Columns.add(viewer, Messages.Col_PROVIDER, 150, Offer.class, o -> o.feature().provider());
		Columns.add(viewer, Messages.Col_STATE, 130, Offer.class, ChooseFeaturesDialog::state);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setCheckStateProvider(new ICheckStateProvider() {
			@Override
			public boolean isChecked(Object element) {
				return checked.contains(element);
			}

			@Override
			public boolean isGrayed(Object element) {
				return element instanceof Offer o && o.isInstalled();
			}
		});
		viewer.addCheckStateListener(e -> {
			Offer offer = (Offer) e.getElement();
			if (offer.isInstalled()) {
				viewer.setChecked(offer, false); // installing it again would change nothing
				return;
			}
			if (e.getChecked()) {
				checked.add(offer);
			} else {
				checked.remove(offer);
			}
			changed();
		});
		viewer.addSelectionChangedListener(e -> describe(((IStructuredSelection) e.getSelection()).getFirstElement()));
		viewer.setInput(offers);

		description = Widgets.testId(new Label(form, SWT.WRAP), "plugins.offerDescription");
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(500, SWT.DEFAULT).applyTo(description);
		note(form, Messages.Choose_WARNING, "plugins.trustWarning");
		offers.stream().findFirst().ifPresent(o -> describe(o));
		return form;
	}

	private void describe(Object element) {
		if (element instanceof Offer o) {
			Feature f = o.feature();
			description.setText(f.description().isEmpty() ? "" : Messages.Choose_DESCRIPTION + " " + f.description());
			description.getParent().layout(true, true);
		}
	}

	static String state(Offer offer) {
		if (offer.isInstalled()) {
			return Messages.State_INSTALLED;
		}
		return offer.installedVersion().map(v -> Nls.bind(Messages.State_OTHER_VERSION, v)).orElse(Messages.State_NEW);
	}
}
