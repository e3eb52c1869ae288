package org.dangxiao.ui.internal;

import org.dangxiao.model.Workspace;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.ui.Images;
import org.dangxiao.ui.Messages;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.FrameworkUtil;

/** 帮助 > 关于: name, version, workspace and runtime, for the support call. */
public class AboutDialog extends Dialog {
	private final Workspace workspace;

	public AboutDialog(Shell parent, Workspace workspace) {
		super(parent);
		this.workspace = workspace;
	}

	/** The version of the workbench, e.g. 0.1.0.v20261121-1530. */
	public static String version() {
		return FrameworkUtil.getBundle(AboutDialog.class).getVersion().toString();
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.About_TITLE);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(16, 16).spacing(20, 8).applyTo(area);
		Label icon = new Label(area, SWT.NONE);
		icon.setImage(new Images(icon).get("app64.png"));
		GridDataFactory.swtDefaults().align(SWT.CENTER, SWT.BEGINNING).span(1, 6).applyTo(icon);
		Label title = new Label(area, SWT.NONE);
		title.setText(Messages.App_TITLE);
		title.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.HEADER_FONT));
		line(area, Nls.bind(Messages.About_VERSION, version()), "about.version");
		line(area, Messages.About_DESCRIPTION, "about.description");
		line(area, Nls.bind(Messages.About_WORKSPACE, workspace.displayName(), workspace.organizations().size(),
				workspace.personCount()), "about.workspace");
		line(area, Nls.bind(Messages.About_RUNTIME, System.getProperty("java.version"), System.getProperty("os.name"),
				System.getProperty("os.arch")), "about.runtime");
		line(area, "© 2026 " + Messages.About_COPYRIGHT, "about.copyright");
		return area;
	}

	private static void line(Composite parent, String text, String testId) {
		Label label = new Label(parent, SWT.WRAP);
		label.setText(text);
		label.setData("org.dangxiao.test.id", testId);
		GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(label);
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.Dialog_CLOSE, true);
	}
}
