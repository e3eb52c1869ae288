package org.dangxiao.attendance.ui.parts;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.dangxiao.attendance.ui.Messages;
import org.dangxiao.attendance.ui.Texts;
import org.dangxiao.imports.ImportHistory;
import org.dangxiao.model.Workspace;
import org.dangxiao.model.WorkspaceEvent;
import org.dangxiao.model.audit.ImportBatch;
import org.dangxiao.model.audit.ImportBatchId;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.model.training.Attendance;
import org.dangxiao.ui.Edits;
import org.dangxiao.ui.Topics;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;

/**
 * 导入记录: every committed import, newest first, and 撤销此次导入 to take one back out (which
 * 编辑 > 撤销 can in turn revert). Few rows, so a plain table read whole on every change.
 */
public class ImportHistoryPart {
	public static final String ID = "org.dangxiao.attendance.ui.part.importHistory";
	private static final String TEST_ID = "org.dangxiao.test.id";
	/** Enough hex digits to tell files apart at a glance; the tooltip has all 64. */
	private static final int SHA_SHOWN = 12;

	@Inject
	private Workspace workspace;

	private TableViewer viewer;
	private Label count;
	private Button undo;

	@PostConstruct
	public void createControls(Composite parent) {
		GridLayoutFactory.fillDefaults().numColumns(2).margins(6, 6).spacing(10, 6).applyTo(parent);
		count = new Label(parent, SWT.NONE);
		count.setData(TEST_ID, "history.count");
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(count);
		undo = new Button(parent, SWT.PUSH);
		undo.setText(Messages.History_UNDO);
		undo.setData(TEST_ID, "history.undo");
		undo.addListener(SWT.Selection, e -> undoSelected());

		viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		Table table = viewer.getTable();
		table.setData(TEST_ID, "history.table");
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(table);
		column(Messages.History_COL_FILE, 260, SWT.LEFT, ImportBatch::fileName, null);
		column(Messages.History_COL_SHA, 120, SWT.LEFT, b -> b.sha256().substring(0, SHA_SHOWN), ImportBatch::sha256);
		column(Messages.History_COL_BY, 90, SWT.LEFT, ImportBatch::importedBy, null);
		column(Messages.History_COL_AT, 130, SWT.LEFT, b -> Texts.local(b.at()), null);
		column(Messages.History_COL_ACCEPTED, 64, SWT.RIGHT, b -> Integer.toString(b.accepted()), null);
		column(Messages.History_COL_WARNINGS, 64, SWT.RIGHT, b -> Integer.toString(b.warnings()), null);
		column(Messages.History_COL_REJECTED, 64, SWT.RIGHT, b -> Integer.toString(b.rejected()), null);
		ColumnViewerToolTipSupport.enableFor(viewer);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.addSelectionChangedListener(e -> undo.setEnabled(selected().isPresent()));
		table.addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.DEL) {
				undoSelected();
			}
		});
		contextMenu(table);
		reload();
	}

	private void column(String title, int width, int alignment, Function<ImportBatch, String> text,
			Function<ImportBatch, String> tooltip) {
		TableViewerColumn col = new TableViewerColumn(viewer, alignment);
		col.getColumn().setText(title);
		col.getColumn().setWidth(width);
		col.getColumn().setMoveable(true);
		col.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((ImportBatch) element);
			}

			@Override
			public String getToolTipText(Object element) {
				return tooltip == null ? null : tooltip.apply((ImportBatch) element);
			}
		});
	}

	/** Right-click, or the context-menu key, on a row. */
	private void contextMenu(Table table) {
		Menu menu = new Menu(table);
		MenuItem item = new MenuItem(menu, SWT.PUSH);
		item.setText(Messages.History_UNDO);
		item.addListener(SWT.Selection, e -> undoSelected());
		menu.addListener(SWT.Show, e -> item.setEnabled(selected().isPresent()));
		table.setMenu(menu);
	}

	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	void workspaceChanged(@UIEventTopic(Topics.WORKSPACE_CHANGED) WorkspaceEvent event) {
		if (event.affects(ImportBatch.class)) {
			reload();
		}
	}

	private void reload() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		Optional<ImportBatchId> kept = selected().map(ImportBatch::id);
		List<ImportBatch> batches = ImportHistory.all(workspace);
		viewer.setInput(batches);
		// records are values: select the current version of the batch that was selected
		kept.flatMap(id -> batches.stream().filter(b -> b.id().equals(id)).findFirst())
				.ifPresent(b -> viewer.setSelection(new StructuredSelection(b), true));
		count.setText(batches.isEmpty() ? Messages.History_EMPTY : Nls.bind(Messages.History_COUNT, batches.size()));
		undo.setEnabled(selected().isPresent());
	}

	private Optional<ImportBatch> selected() {
		return viewer.getStructuredSelection().getFirstElement() instanceof ImportBatch b ? Optional.of(b) : Optional.empty();
	}

	/**
	 * After the user confirms, one command (the engine's {@link ImportHistory#remove}) removes the
	 * batch's attendance and then the batch; 编辑 > 撤销 brings both back.
	 */
	private void undoSelected() {
		Optional<ImportBatch> chosen = selected();
		if (chosen.isEmpty()) {
			return;
		}
		ImportBatch batch = chosen.get();
		Shell shell = viewer.getControl().getShell();
		// counted now, not taken from the batch: a later import may have replaced some of its records
		int records = workspace.list(Attendance.class, batch.id()).size();
		if (!MessageDialog.openConfirm(shell, Messages.History_CONFIRM_TITLE,
				Nls.bind(Messages.History_CONFIRM, batch.fileName(), records, batch.importedBy(), Texts.local(batch.at())))) {
			return;
		}
		BusyIndicator.showWhile(shell.getDisplay(), () -> Edits.run(shell, workspace, ImportHistory.remove(batch)));
	}

	@Focus
	public void setFocus() {
		viewer.getControl().setFocus();
	}
}
