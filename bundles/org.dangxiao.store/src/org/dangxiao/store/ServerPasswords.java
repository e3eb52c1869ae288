package org.dangxiao.store;

import java.util.Optional;

import org.dangxiao.model.CommandException;
import org.dangxiao.model.WorkspaceLocation;
import org.dangxiao.model.nls.Nls;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.equinox.security.storage.EncodingUtils;

/** Server passwords in Eclipse secure storage, encrypted; never in a plain file. */
final class ServerPasswords {
	private static final String NODE = "/org.dangxiao/servers";
	private final ISecurePreferences root;

	ServerPasswords(ISecurePreferences root) {
		this.root = root;
	}

	static ServerPasswords standard() {
		return new ServerPasswords(SecurePreferencesFactory.getDefault());
	}

	private ISecurePreferences node(WorkspaceLocation.Server server) {
		// node names may not contain '/', so the label is encoded
		return root.node(NODE).node(EncodingUtils.encodeSlashes(server.label()));
	}

	void remember(WorkspaceLocation.Server server, String password) {
		try {
			node(server).put("password", password, true);
			root.flush();
		} catch (StorageException | java.io.IOException e) {
			throw new CommandException(Nls.bind(Messages.Passwords_CANNOT_SAVE, e.getMessage()), e);
		}
	}

	Optional<String> recall(WorkspaceLocation.Server server) {
		try {
			return root.nodeExists(NODE + "/" + EncodingUtils.encodeSlashes(server.label()))
					? Optional.ofNullable(node(server).get("password", null))
					: Optional.empty();
		} catch (StorageException e) {
			return Optional.empty();
		}
	}

	void forget(WorkspaceLocation.Server server) {
		node(server).removeNode();
		try {
			root.flush();
		} catch (java.io.IOException ignored) {
			// forgetting fails safe: at worst the encrypted entry stays
		}
	}
}
