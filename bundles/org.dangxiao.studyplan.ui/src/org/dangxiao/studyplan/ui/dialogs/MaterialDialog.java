package org.dangxiao.studyplan.ui.dialogs;

import org.dangxiao.ui.FormDialog;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.dangxiao.model.Command;
import org.dangxiao.model.Commands;
import org.dangxiao.model.Workspace;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.model.study.MaterialId;
import org.dangxiao.model.study.MaterialKind;
import org.dangxiao.model.study.StudyMaterial;
import org.dangxiao.studyplan.ui.Messages;
import org.dangxiao.studyplan.ui.StudyEdits;
import org.dangxiao.studyplan.ui.Ui;
import org.dangxiao.ui.Edits;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** 新增 or 编辑学习材料: a speech, instruction or document that 第一议题 study. */
public final class MaterialDialog extends FormDialog {
	private static final MaterialKind[] KINDS = MaterialKind.values();

	private final Workspace workspace;
	private final Optional<StudyMaterial> seen;
	private final AtomicLong created = new AtomicLong();
	private boolean saved;
	private Combo kind;
	private Text title;
	private Text date;
	private Text source;

	/** @param seen the material to edit; empty to add one */
	public MaterialDialog(Shell parent, Workspace workspace, Optional<StudyMaterial> seen) {
		super(parent);
		this.workspace = workspace;
		this.seen = seen;
	}

	@Override
	protected String title() {
		return seen.isEmpty() ? Messages.Material_NEW_TITLE : Messages.Material_EDIT_TITLE;
	}

	@Override
	protected String instruction() {
		return Messages.Material_INSTRUCTION;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite form = form(parent);
		kind = combo(form, Messages.Material_KIND, Arrays.stream(KINDS).map(MaterialKind::label).toList(),
				seen.map(m -> m.kind().ordinal()).orElse(MaterialKind.SPEECH.ordinal()), "material.kind");
		title = text(form, Messages.Material_TITLE, seen.map(StudyMaterial::title).orElse(""), "material.title",
				Messages.Material_TITLE_HINT);
		date = text(form, Messages.Material_DATE, Ui.date(seen.map(StudyMaterial::date).orElse(LocalDate.now())), "material.date",
				"2025-03-10");
		date.setToolTipText(Messages.Common_DATE_TOOLTIP);
		source = text(form, Messages.Material_SOURCE, seen.map(StudyMaterial::source).orElse(""), "material.source",
				Messages.Material_SOURCE_HINT);
		note(form, Messages.Material_NOTE, "material.note");
		return form.getParent();
	}

	@Override
	protected Optional<String> problem() {
		if (title.getText().isBlank()) {
			return Optional.of(Messages.Material_NO_TITLE);
		}
		if (Ui.parseDate(date.getText()).isEmpty()) {
			return Optional.of(Nls.bind(Messages.Common_BAD_DATE, date.getText().strip()));
		}
		if (source.getText().isBlank()) {
			return Optional.of(Messages.Material_NO_SOURCE);
		}
		return Optional.empty();
	}

	@Override
	protected Optional<String> warning() {
		LocalDate d = Ui.parseDate(date.getText()).orElseThrow();
		if (d.isAfter(LocalDate.now())) {
			return Optional.of(Nls.bind(Messages.Material_FUTURE, Ui.date(d)));
		}
		return Optional.empty();
	}

	@Override
	protected boolean commit() {
		MaterialKind k = KINDS[Math.max(0, kind.getSelectionIndex())];
		String t = title.getText().strip();
		LocalDate d = Ui.parseDate(date.getText()).orElseThrow();
		String s = source.getText().strip();
		Command command;
		if (seen.isPresent()) {
			StudyMaterial updated = new StudyMaterial(seen.get().id(), k, t, d, s);
			if (updated.equals(seen.get())) {
				return true;
			}
			command = Commands.edit(seen.get(), updated);
		} else {
			command = StudyEdits.addMaterial(k, t, d, s, created);
		}
		saved = Edits.run(getShell(), workspace, command);
		return saved;
	}

	/** The material just added, to select it. */
	public Optional<MaterialId> created() {
		return saved && seen.isEmpty() ? Optional.of(new MaterialId(created.get())) : Optional.empty();
	}
}
