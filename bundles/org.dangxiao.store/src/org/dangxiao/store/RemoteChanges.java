package org.dangxiao.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;

import org.dangxiao.model.WorkspaceEvent.Kind;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens on PostgreSQL for the NOTIFY every committed command sends, so that a change made on
 * another desktop reaches this one's open views without a restart. Our own notifications are
 * recognized by the client id and ignored: they were already published locally.
 */
final class RemoteChanges implements AutoCloseable {
	private final Database db;
	private final String channel;
	private final String clientId;
	private final Consumer<String> onChange;
	private final Thread thread;
	private volatile boolean running = true;

	RemoteChanges(Database db, String channel, String clientId, Consumer<String> onChange) {
		this.db = db;
		this.channel = channel;
		this.clientId = clientId;
		this.onChange = onChange;
		this.thread = new Thread(this::listen, "dangxiao-remote-changes");
		thread.setDaemon(true);
		thread.start();
	}

	static String payload(String clientId, Kind kind, String label) {
		String text = clientId + "\t" + kind.name() + "\t" + label;
		// NOTIFY payloads must stay under 8000 bytes; the label is only shown, so it may be cut
		return text.length() > 1500 ? text.substring(0, 1500) : text;
	}

	private void listen() {
		while (running) {
			try (Connection c = db.connect()) {
				try (Statement st = c.createStatement()) {
					st.execute("LISTEN " + channel);
				}
				PGConnection pg = c.unwrap(PGConnection.class);
				while (running) {
					PGNotification[] notes = pg.getNotifications(500);
					if (notes == null) {
						continue;
					}
					for (PGNotification n : notes) {
						String[] parts = n.getParameter().split("\t", 3);
						if (parts.length == 3 && !parts[0].equals(clientId)) {
							onChange.accept(parts[2]);
						}
					}
				}
			} catch (SQLException e) {
				if (running) {
					// the server went away for a moment: wait and listen again rather than go deaf
					try {
						Thread.sleep(2000);
					} catch (InterruptedException ie) {
						return;
					}
				}
			}
		}
	}

	@Override
	public void close() {
		running = false;
		thread.interrupt();
	}
}
