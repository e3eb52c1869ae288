package org.dangxiao.ui;

import java.util.List;
import java.util.Optional;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

/**
 * A form in a title-area dialog: what is wrong shows in the message area and keeps OK disabled.
 * Until the user has typed something, the first missing field reads as a plain instruction, not
 * as an error in red. Shared by the views of every plug-in.
 */
public abstract class FormDialog extends TitleAreaDialog {
	private boolean touched;

	protected FormDialog(Shell parent) {
		super(parent);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	/** The dialog's title, also its window title. */
	protected abstract String title();

	/** What the message area says when all is well. */
	protected abstract String instruction();

	/** The first thing that keeps OK disabled. */
	protected abstract Optional<String> problem();

	/** Something worth a second look that does not block OK. */
	protected Optional<String> warning() {
		return Optional.empty();
	}

	/** Runs the edit; false keeps the dialog open (a refusal was shown). */
	protected abstract boolean commit();

	/** 保存 unless the dialog does something else (加入, 复制, 生成 …). */
	protected String okLabel() {
		return Messages.Form_SAVE;
	}

	/** The two-column form inside the dialog area. */
	protected Composite form(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Composite form = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 10).spacing(10, 7).applyTo(form);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		return form;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title());
	}

	@Override
	public void create() {
		super.create();
		setTitle(title());
		validate();
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		Widgets.testId(createButton(parent, IDialogConstants.OK_ID, okLabel(), true), "dialog.ok");
		Widgets.testId(createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false), "dialog.cancel");
	}

	/** A label (with its mnemonic) and then a one-line text field, so Alt+letter reaches the field. */
	protected Text text(Composite form, String label, String value, String testId, String hint) {
		new Label(form, SWT.NONE).setText(label);
		Text text = Widgets.testId(new Text(form, SWT.BORDER | SWT.SINGLE), testId);
		text.setText(value);
		if (!hint.isEmpty()) {
			text.setMessage(hint);
		}
		GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(text);
		text.addModifyListener(e -> changed());
		return text;
	}

	/**
	 * A label on its own row, then a multi-line field across the form. Tab leaves the field
	 * instead of typing a tab character, so the form stays usable from the keyboard.
	 */
	protected Text multiLine(Composite form, String label, String value, String testId, int lines) {
		Label l = new Label(form, SWT.NONE);
		l.setText(label);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(l);
		Text text = Widgets.testId(new Text(form, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL), testId);
		text.setText(value);
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(420, text.getLineHeight() * lines).applyTo(text);
		text.addListener(SWT.Traverse, e -> {
			if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
				e.doit = true;
			}
		});
		text.addModifyListener(e -> changed());
		return text;
	}

	/** A label and a read-only drop-down of {@code items}, {@code selected} chosen. */
	protected Combo combo(Composite form, String label, List<String> items, int selected, String testId) {
		new Label(form, SWT.NONE).setText(label);
		Combo combo = Widgets.testId(new Combo(form, SWT.DROP_DOWN | SWT.READ_ONLY), testId);
		combo.setItems(items.toArray(String[]::new));
		combo.setVisibleItemCount(Math.min(20, Math.max(1, items.size())));
		if (selected >= 0 && selected < items.size()) {
			combo.select(selected);
		}
		GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
		combo.addListener(SWT.Selection, e -> changed());
		return combo;
	}

	/** A label and a number field from {@code min} to {@code max}. */
	protected Spinner spinner(Composite form, String label, int value, int min, int max, String testId) {
		new Label(form, SWT.NONE).setText(label);
		Spinner spinner = Widgets.testId(new Spinner(form, SWT.BORDER), testId);
		spinner.setValues(value, min, max, 0, 1, 10);
		GridDataFactory.fillDefaults().hint(80, SWT.DEFAULT).applyTo(spinner);
		spinner.addListener(SWT.Modify, e -> changed());
		return spinner;
	}

	/** A note across the form, in the dialog's own font, that wraps. */
	protected Label note(Composite form, String text, String testId) {
		Label note = Widgets.testId(new Label(form, SWT.WRAP), testId);
		note.setText(text);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(420, SWT.DEFAULT).applyTo(note);
		return note;
	}

	/** Call from every input's listener. */
	protected void changed() {
		if (getButton(IDialogConstants.OK_ID) == null) {
			return; // defaults filled in while building the form are not the user's typing
		}
		touched = true;
		validate();
	}

	protected final void validate() {
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok == null) {
			return; // still building the form
		}
		Optional<String> problem = problem();
		if (problem.isPresent()) {
			if (touched) {
				setErrorMessage(problem.get());
			} else {
				setErrorMessage(null);
				setMessage(problem.get());
			}
		} else {
			setErrorMessage(null);
			Optional<String> warning = warning();
			if (warning.isPresent()) {
				setMessage(warning.get(), IMessageProvider.WARNING);
			} else {
				setMessage(instruction());
			}
		}
		ok.setEnabled(problem.isEmpty());
	}

	@Override
	protected void okPressed() {
		if (problem().isPresent()) {
			touched = true;
			validate();
			return;
		}
		if (commit()) {
			super.okPressed();
		}
	}
}
