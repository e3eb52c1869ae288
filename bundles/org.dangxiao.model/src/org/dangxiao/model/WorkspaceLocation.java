package org.dangxiao.model;

import java.nio.file.Path;

/** Where a workspace lives: a folder on this desktop (H2) or a shared PostgreSQL server. */
public sealed interface WorkspaceLocation {
	/** What menus show, e.g. {@code /home/li/党校工作区} or {@code dangxiao@10.1.2.3:5432/dangxiao}. */
	String label();

	record Folder(Path path) implements WorkspaceLocation {
		public Folder {
			path = path.toAbsolutePath().normalize();
		}

		@Override
		public String label() {
			return path.toString();
		}
	}

	/** A server; the password is not part of it and lives in secure storage. */
	record Server(String host, int port, String database, String user) implements WorkspaceLocation {
		public Server {
			host = Check.text(host, "host");
			database = Check.text(database, "database");
			user = Check.text(user, "user");
			if (port < 1 || port > 65535) {
				throw new IllegalArgumentException("port out of range: " + port);
			}
		}

		public String jdbcUrl() {
			return "jdbc:postgresql://" + host + ":" + port + "/" + database;
		}

		@Override
		public String label() {
			return user + "@" + host + ":" + port + "/" + database;
		}
	}
}
