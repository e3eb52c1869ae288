package org.dangxiao.ui.internal;

import org.dangxiao.model.CommandException;
import org.dangxiao.model.WorkspaceLocation;
import org.dangxiao.model.Workspaces;
import org.dangxiao.ui.Messages;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * 文件 > 连接服务器: where the shared workspace is, and the password. A failed connection is
 * explained in the dialog, which stays open with what the user typed.
 */
public class ConnectServerDialog extends TitleAreaDialog {
	private final Workspaces workspaces;
	private final WorkspaceLocation.Server initial;
	private Text host;
	private Text port;
	private Text database;
	private Text user;
	private Text password;
	private Button remember;

	public ConnectServerDialog(Shell parent, Workspaces workspaces, WorkspaceLocation.Server initial) {
		super(parent);
		this.workspaces = workspaces;
		this.initial = initial;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Connect_TITLE);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(Messages.Connect_TITLE);
		setMessage(Messages.Connect_MESSAGE);
		Composite area = (Composite) super.createDialogArea(parent);
		Composite form = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).spacing(10, 8).applyTo(form);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		host = field(form, Messages.Connect_HOST, initial.host(), SWT.NONE, "connect.host");
		port = field(form, Messages.Connect_PORT, String.valueOf(initial.port()), SWT.NONE, "connect.port");
		database = field(form, Messages.Connect_DATABASE, initial.database(), SWT.NONE, "connect.database");
		user = field(form, Messages.Connect_USER, initial.user(), SWT.NONE, "connect.user");
		password = field(form, Messages.Connect_PASSWORD, "", SWT.PASSWORD, "connect.password");
		if (workspaces.hasRememberedPassword(initial)) {
			password.setMessage(Messages.Connect_PASSWORD_REMEMBERED);
		}
		new Label(form, SWT.NONE);
		remember = new Button(form, SWT.CHECK);
		remember.setText(Messages.Connect_REMEMBER);
		remember.setSelection(true);
		return area;
	}

	private static Text field(Composite form, String label, String value, int style, String testId) {
		new Label(form, SWT.NONE).setText(label);
		Text text = new Text(form, SWT.BORDER | SWT.SINGLE | style);
		text.setText(value);
		text.setData("org.dangxiao.test.id", testId);
		GridDataFactory.fillDefaults().grab(true, false).hint(280, SWT.DEFAULT).applyTo(text);
		return text;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.Connect_BUTTON, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	@Override
	protected void okPressed() {
		WorkspaceLocation.Server server;
		try {
			int p = Integer.parseInt(port.getText().strip());
			if (host.getText().isBlank() || database.getText().isBlank() || user.getText().isBlank()) {
				setErrorMessage(Messages.Connect_MISSING);
				return;
			}
			server = new WorkspaceLocation.Server(host.getText(), p, database.getText(), user.getText());
		} catch (IllegalArgumentException e) {
			setErrorMessage(Messages.Connect_BAD_PORT);
			return;
		}
		String pw = password.getText();
		boolean keep = remember.getSelection();
		CommandException[] failure = new CommandException[1];
		BusyIndicator.showWhile(getShell().getDisplay(), () -> {
			try {
				workspaces.connect(server, pw, keep);
			} catch (CommandException e) {
				failure[0] = e;
			}
		});
		if (failure[0] != null) {
			setErrorMessage(failure[0].getMessage());
			return;
		}
		super.okPressed();
	}
}
