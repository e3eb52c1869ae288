package org.dangxiao.studyplan.ui.parts;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dangxiao.compliance.FirstTopicEntry;
import org.dangxiao.compliance.FirstTopics;
import org.dangxiao.model.OrganizationTree;
import org.dangxiao.model.Setting;
import org.dangxiao.model.Workspace;
import org.dangxiao.model.WorkspaceEvent;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.model.study.Meeting;
import org.dangxiao.model.study.MeetingId;
import org.dangxiao.model.study.StudyMaterial;
import org.dangxiao.ui.Async;
import org.dangxiao.studyplan.ui.Messages;
import org.dangxiao.studyplan.ui.Scope;
import org.dangxiao.studyplan.ui.StudyEdits;
import org.dangxiao.studyplan.ui.Ui;
import org.dangxiao.studyplan.ui.VirtualTable;
import org.dangxiao.studyplan.ui.dialogs.MaterialDialog;
import org.dangxiao.ui.Edits;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;

/**
 * 第一议题台账: the study materials, and for each material and each organization that holds
 * 党委(党组) meetings, when it first studied the material and how many days after it was issued.
 * Selecting a material narrows the register to it. The days allowed are a workspace setting, so
 * every desktop of a shared workspace judges alike.
 */
final class RegisterTab extends StudyTab {
	/** Waits this long after the last click on the spinner before saving the setting: one undo step, not ten. */
	private static final int SAVE_DELAY_MS = 800;

	private record Data(OrganizationTree tree, List<FirstTopicEntry> entries, Map<MeetingId, Meeting> meetingsById, String scopeLabel) {
	}

	private final Label materialsTitle;
	private final VirtualTable<StudyMaterial> materials;
	private final Button editMaterial;
	private final Spinner maxDays;
	private final Button showAll;
	private final Button export;
	private final Label summary;
	private final VirtualTable<FirstTopicEntry> register;
	private final Async<Data> job;
	private Optional<Data> data = Optional.empty();
	/** Set while the spinner is changed by the program, not the user. */
	private boolean settingSpinner;
	private int saveGeneration;
	/** The spinner shows a value not saved yet. */
	private boolean savePending;

	RegisterTab(CTabFolder folder, Workspace workspace) {
		super(folder, workspace, Messages.Register_TAB, "study.register");
		SashForm sash = new SashForm(pane, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);

		Composite top = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).spacing(8, 6).applyTo(top);
		materialsTitle = Ui.line(top, "study.materials.title", 1);
		Ui.button(top, Messages.Register_NEW_MATERIAL, "study.newMaterial", this::newMaterial)
				.setToolTipText(Messages.Register_NEW_MATERIAL_TOOLTIP);
		editMaterial = Ui.button(top, Messages.Register_EDIT_MATERIAL, "study.editMaterial", this::editMaterial);
		materials = new VirtualTable<StudyMaterial>(top, SWT.SINGLE, "study.materials")
				.column(Messages.Col_MATERIAL, 340, SWT.LEFT, StudyMaterial::title)
				.column(Messages.Col_KIND, 80, SWT.LEFT, m -> m.kind().label())
				.column(Messages.Col_DATE, 100, SWT.LEFT, m -> Ui.date(m.date()), Comparator.comparing(StudyMaterial::date))
				.column(Messages.Col_SOURCE, 240, SWT.LEFT, StudyMaterial::source)
				.onSelect(this::materialSelected).onOpen(m -> editMaterial());
		GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(600, 120).applyTo(materials.table());
		Ui.contextMenu(materials.table(), List.of(new Ui.Action(Messages.Register_NEW_MATERIAL, this::newMaterial, () -> true),
				new Ui.Action(Messages.Register_EDIT_MATERIAL, this::editMaterial, () -> materials.first().isPresent()),
				new Ui.Action(Messages.Register_SHOW_ALL, this::showAllMaterials, () -> materials.first().isPresent())));

		Composite bottom = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(6).spacing(6, 6).applyTo(bottom);
		Label before = new Label(bottom, SWT.NONE);
		before.setText(Messages.Register_MAX_DAYS_BEFORE);
		maxDays = Ui.testId(new Spinner(bottom, SWT.BORDER), "study.maxDays");
		maxDays.setValues(FirstTopics.DEFAULT_MAX_DAYS, 0, 3650, 0, 1, 10);
		maxDays.setToolTipText(Messages.Register_MAX_DAYS_TOOLTIP);
		Label after = new Label(bottom, SWT.NONE);
		after.setText(Messages.Register_MAX_DAYS_AFTER);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.BEGINNING, SWT.CENTER).applyTo(after);
		showAll = Ui.button(bottom, Messages.Register_SHOW_ALL, "study.register.all", this::showAllMaterials);
		export = Ui.button(bottom, Messages.Register_EXPORT, "study.register.export", this::export);
		new Label(bottom, SWT.NONE);
		summary = Ui.line(bottom, "study.register.summary", 6);
		register = new VirtualTable<FirstTopicEntry>(bottom, SWT.MULTI, "study.registerTable")
				.column(Messages.Col_MATERIAL, 260, SWT.LEFT, e -> e.material().title())
				.column(Messages.Col_ORGANIZATION, 200, SWT.LEFT, e -> data.map(d -> Ui.organization(d.tree(), e.organization())).orElse(""))
				.column(Messages.Col_FIRST_STUDIED, 110, SWT.LEFT, e -> e.firstStudied().map(Ui::date).orElse(""),
						Comparator.comparing(e -> e.firstStudied().orElse(LocalDate.MAX)))
				.column(Messages.Col_MEETING, 100, SWT.LEFT, this::meetingText)
				.column(Messages.Col_DELAY_DAYS, 80, SWT.RIGHT, e -> Long.toString(e.delayDays()),
						Comparator.comparingLong(FirstTopicEntry::delayDays))
				.column(Messages.Col_STATUS, 100, SWT.LEFT, FirstTopicEntry::statusLabel,
						Comparator.comparing(FirstTopicEntry::late).thenComparing(FirstTopicEntry::studied),
						e -> e.late() ? Optional.of(Ui.RED) : e.studied() ? Optional.of(Ui.GREEN) : Optional.empty());
		GridDataFactory.fillDefaults().grab(true, true).span(6, 1).hint(600, 160).applyTo(register.table());
		Label note = Ui.line(bottom, "study.register.note", 6);
		note.setText(Messages.Register_NOTE);
		sash.setWeights(35, 65);

		job = new Async<>(register.table());
		maxDays.addListener(SWT.Modify, e -> maxDaysChanged());
		updateButtons();
	}

	@Override
	boolean affectedBy(WorkspaceEvent event) {
		return event.affects(Meeting.class) || event.affects(StudyMaterial.class) || event.affects(Setting.class);
	}

	@Override
	void reload() {
		List<StudyMaterial> all = workspace.list(StudyMaterial.class).stream()
				.sorted(Comparator.comparing(StudyMaterial::date).reversed().thenComparing(StudyMaterial::id)).toList();
		materials.setRows(all, StudyMaterial::id);
		Ui.setText(materialsTitle, all.isEmpty() ? Messages.Register_MATERIALS_EMPTY : Nls.bind(Messages.Register_MATERIALS, all.size()));
		// the stored setting wins, unless the user is still clicking and it is about to be saved
		int stored = StudyEdits.maxDays(workspace).orElse(FirstTopics.DEFAULT_MAX_DAYS);
		if (stored != maxDays.getSelection() && !savePending) {
			settingSpinner = true;
			try {
				maxDays.setSelection(stored);
			} finally {
				settingSpinner = false;
			}
		}
		compute();
		updateButtons();
	}

	private void compute() {
		Scope s = scope;
		int days = maxDays.getSelection();
		List<StudyMaterial> all = materials.rows();
		LocalDate today = LocalDate.now();
		Ui.setText(summary, Messages.Common_COMPUTING);
		job.run(() -> {
			OrganizationTree tree = workspace.organizations();
			List<Meeting> meetings = s.meetings(workspace).stream().filter(m -> FirstTopics.COMMITTEE_MEETINGS.contains(m.type())).toList();
			Map<MeetingId, Meeting> byId = new HashMap<>();
			meetings.forEach(m -> byId.put(m.id(), m));
			return new Data(tree, FirstTopics.register(all, meetings, FirstTopics.COMMITTEE_MEETINGS, days, today), byId, s.label(tree));
		}, d -> {
			data = Optional.of(d);
			showRegister();
		}, e -> Ui.setText(summary, Ui.failure(e)));
	}

	/** The register of the selected material, or of all of them. */
	private void showRegister() {
		if (data.isEmpty()) {
			return;
		}
		Optional<StudyMaterial> material = materials.first();
		List<FirstTopicEntry> rows = material.map(m -> data.get().entries().stream().filter(e -> e.material().id().equals(m.id())).toList())
				.orElse(data.get().entries());
		register.setRows(rows, e -> List.of(e.material().id(), e.organization()));
		long onTime = rows.stream().filter(e -> e.studied() && !e.late()).count();
		long late = rows.stream().filter(e -> e.studied() && e.late()).count();
		long overdue = rows.stream().filter(e -> !e.studied() && e.late()).count();
		long pending = rows.size() - onTime - late - overdue;
		String scopeText = material.map(m -> Nls.bind(Messages.Register_FOR_MATERIAL, m.title(), data.get().scopeLabel()))
				.orElse(data.get().scopeLabel());
		Ui.setText(summary, rows.isEmpty() ? Nls.bind(Messages.Register_EMPTY, scopeText)
				: Nls.bind(Messages.Register_SUMMARY, scopeText, rows.size(), onTime, late, pending, overdue));
		updateButtons();
	}

	private String meetingText(FirstTopicEntry e) {
		return e.meeting().flatMap(id -> data.map(d -> d.meetingsById().get(id))).map(m -> m.type().label()).orElse("");
	}

	private void materialSelected() {
		showRegister();
		updateButtons();
	}

	private void showAllMaterials() {
		materials.table().deselectAll();
		materialSelected();
	}

	private void updateButtons() {
		editMaterial.setEnabled(materials.first().isPresent());
		showAll.setEnabled(materials.first().isPresent());
		export.setEnabled(register.size() > 0);
	}

	// ---- the days allowed --------------------------------------------------------------------

	private void maxDaysChanged() {
		if (settingSpinner) {
			return;
		}
		compute();
		savePending = true;
		int generation = ++saveGeneration;
		pane.getDisplay().timerExec(SAVE_DELAY_MS, () -> {
			if (generation == saveGeneration && !maxDays.isDisposed()) {
				savePending = false;
				saveMaxDays();
			}
		});
	}

	private void saveMaxDays() {
		int days = maxDays.getSelection();
		if (StudyEdits.maxDays(workspace).orElse(FirstTopics.DEFAULT_MAX_DAYS) != days) {
			Edits.run(shell(), workspace, StudyEdits.setMaxDays(days));
		}
	}

	// ---- materials and export ----------------------------------------------------------------

	private void newMaterial() {
		MaterialDialog dialog = new MaterialDialog(shell(), workspace, Optional.empty());
		if (dialog.open() == MaterialDialog.OK) {
			dialog.created().ifPresent(id -> {
				reload();
				materials.select(StudyMaterial::id, id);
				materialSelected();
				materials.table().setFocus();
			});
		}
	}

	private void editMaterial() {
		materials.first().ifPresent(m -> new MaterialDialog(shell(), workspace, Optional.of(m)).open());
	}

	private void export() {
		if (data.isEmpty()) {
			return;
		}
		Data d = data.get();
		List<FirstTopicEntry> rows = List.copyOf(register.rows());
		String title = Nls.bind(Messages.Register_EXPORT_TITLE, d.scopeLabel());
		Ui.exportXlsx(shell(), title, title, monitor -> FirstTopics.registerRows(d.tree(), rows, d.meetingsById()));
	}

	@Override
	void focus() {
		materials.table().setFocus();
	}
}
