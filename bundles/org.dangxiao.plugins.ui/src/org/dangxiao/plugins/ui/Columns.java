package org.dangxiao.plugins.ui;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;

/** Table columns of one row type, shared by the two dialogs. */
final class Columns {
	private Columns() {
	}

	static <T> TableViewerColumn add(TableViewer viewer, String title, int width, Class<T> type, Function<T, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.getColumn().setResizable(true);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return type.isInstance(element) ? text.apply(type.cast(element)) : "";
			}

			@Override
			public String getToolTipText(Object element) {
				return getText(element);
			}
		});
		return column;
	}
}
