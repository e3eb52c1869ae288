package org.dangxiao.attendance.ui.wizard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.dangxiao.attendance.ui.Messages;
import org.dangxiao.attendance.ui.Texts;
import org.dangxiao.imports.Field;
import org.dangxiao.imports.Mapping;
import org.dangxiao.imports.PlannedRow;
import org.dangxiao.imports.Reason;
import org.dangxiao.model.CitizenId;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.text.ChineseText;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * 修改行: the cells of a row's mapped columns, for the user to correct a mistyped ID number, time or
 * status word. The row is then planned again by the same rules, so the preview shows its new
 * reasons; a still-wrong ID number is pointed out here already. The file is not changed.
 */
final class FixRowDialog extends TitleAreaDialog {
	private final PlannedRow row;
	private final Mapping mapping;
	/** One text per mapped column, by column index. */
	private final Map<Integer, Text> texts = new LinkedHashMap<>();
	private List<String> cells = List.of();

	FixRowDialog(Shell parent, PlannedRow row, Mapping mapping) {
		super(parent);
		this.row = row;
		this.mapping = mapping;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Fix_TITLE);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(Messages.Fix_TITLE);
		setMessage(Nls.bind(Messages.Fix_MESSAGE, row.sheet(), row.row()));
		Composite area = (Composite) super.createDialogArea(parent);
		Composite form = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).spacing(10, 6).applyTo(form);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		for (Mapping.Column c : mapping.columns()) {
			if (c.field().isEmpty()) {
				continue;
			}
			String header = c.header().isBlank() ? Texts.field(c.field()) : c.header();
			new Label(form, SWT.NONE).setText(Nls.bind(Messages.Fix_COL, header, Texts.columnLetter(c.index())));
			Text text = new Text(form, SWT.BORDER | SWT.SINGLE);
			text.setText(cell(c.index()));
			text.setData(Panes.TEST_ID, "import.fix." + c.field().get().name().toLowerCase(Locale.ROOT) + c.session().map(s -> "." + s.name().toLowerCase(Locale.ROOT)).orElse(""));
			GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(text);
			if (c.field().get() == Field.CITIZEN_ID) {
				text.addModifyListener(e -> checkCitizenId(text.getText()));
			}
			texts.put(c.index(), text);
		}
		return area;
	}

	@Override
	public void create() {
		super.create();
		// the cell the reasons point at is the one to correct: the ID number, a time, a status word
		texts.entrySet().stream().filter(e -> wrong(e.getKey())).map(Map.Entry::getValue).findFirst()
				.or(() -> texts.values().stream().findFirst()).ifPresent(t -> {
					t.setFocus();
					t.selectAll();
				});
	}

	/** Whether column {@code index} holds what one of the row's reasons is about. */
	private boolean wrong(int index) {
		Optional<Field> field = mapping.columns().stream().filter(c -> c.index() == index).findFirst().flatMap(Mapping.Column::field);
		if (field.isEmpty()) {
			return false;
		}
		return switch (field.get()) {
		case CITIZEN_ID -> row.reasons().contains(Reason.BAD_CHECKSUM)
				|| row.reasons().contains(Reason.DAMAGED_ID);
		case SIGN_IN, SIGN_OUT -> row.reasons().contains(Reason.BAD_TIME)
				|| row.reasons().contains(Reason.OUTSIDE_CLASS_DATES);
		case STATUS -> row.reasons().contains(Reason.UNKNOWN_STATUS);
		case NAME -> row.reasons().contains(Reason.UNKNOWN_PERSON) || row.reasons().contains(Reason.NO_PERSON);
		case COURSE, DATE -> row.reasons().contains(Reason.NO_COURSE);
		default -> false;
		};
	}

	private String cell(int index) {
		return index < row.cells().size() ? row.cells().get(index) : "";
	}

	/** Says while typing why an ID number is still wrong; the row may be corrected anyway, and stays rejected then. */
	private void checkCitizenId(String typed) {
		String folded = ChineseText.normalizeName(typed).toUpperCase(Locale.ROOT);
		Optional<CitizenId.Problem> problem = folded.isEmpty() ? Optional.empty() : CitizenId.check(folded);
		if (problem.isPresent()) {
			setMessage(Nls.bind(Messages.Fix_BAD_ID, problem.get().message()), IMessageProvider.WARNING);
		} else {
			setMessage(Nls.bind(Messages.Fix_MESSAGE, row.sheet(), row.row()));
		}
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.Fix_OK, true).setData(Panes.TEST_ID, "import.fix.ok");
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	@Override
	protected void okPressed() {
		int width = row.cells().size();
		for (int index : texts.keySet()) {
			width = Math.max(width, index + 1);
		}
		List<String> out = new ArrayList<>(width);
		for (int i = 0; i < width; i++) {
			Text text = texts.get(i);
			out.add(text == null ? cell(i) : text.getText());
		}
		cells = List.copyOf(out);
		super.okPressed();
	}

	/** The row's cells as corrected, one per column; only after the dialog returned OK. */
	List<String> cells() {
		return cells;
	}
}
