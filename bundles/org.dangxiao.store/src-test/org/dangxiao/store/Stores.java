package org.dangxiao.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The two kinds of database every store test runs on: an H2 file in a temporary folder, and a
 * fresh schema on the real PostgreSQL server that ./dx test starts. A missing server is a
 * failure, never a skip: CI must run the PostgreSQL tests.
 */
abstract class Stores {
	/** A new, empty store. */
	abstract Database create() throws Exception;

	/** Another handle (another client) on the store made by the last {@link #create()}. */
	abstract Database again();

	abstract String name();

	static final class H2 extends Stores {
		private Path folder;

		@Override
		Database create() throws Exception {
			folder = Files.createTempDirectory("dangxiao-h2-");
			return Database.h2(folder);
		}

		@Override
		Database again() {
			return Database.h2(folder);
		}

		Path folder() {
			return folder;
		}

		@Override
		String name() {
			return "H2";
		}
	}

	static final class Postgres extends Stores {
		private String url;

		static String serverUrl() {
			String url = System.getProperty("dangxiao.pg.url", "");
			if (url.isBlank() || url.startsWith("${")) {
				throw new AssertionError("No PostgreSQL server for the store tests: run them through ./dx test, which starts one "
						+ "(or pass -Ddangxiao.pg.url=jdbc:postgresql://host:port/db -Ddangxiao.pg.user=…)");
			}
			return url;
		}

		static String user() {
			return System.getProperty("dangxiao.pg.user", "dangxiao");
		}

		@Override
		Database create() throws SQLException {
			String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
			org.postgresql.ds.PGSimpleDataSource admin = new org.postgresql.ds.PGSimpleDataSource();
			admin.setURL(serverUrl());
			admin.setUser(user());
			try (Connection c = admin.getConnection(); Statement st = c.createStatement()) {
				st.execute("CREATE SCHEMA " + schema);
			}
			url = serverUrl() + (serverUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema;
			return again();
		}

		@Override
		Database again() {
			return Database.postgres(url, user(), "");
		}

		String url() {
			return url;
		}

		@Override
		String name() {
			return "PostgreSQL";
		}
	}
}
