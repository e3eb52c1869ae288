package org.dangxiao.store;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

import javax.sql.DataSource;

import org.dangxiao.store.migration.V2__SubtreePathsAndPinyin;
import org.dangxiao.store.migration.V8__DropDuplicateIndexes;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Where a workspace lives: an H2 file in the workspace folder (one desktop, the default) or a
 * PostgreSQL server (shared by a school). Only this package knows SQL.
 */
public final class Database {
	public enum Dialect {
		H2, POSTGRESQL
	}

	/** Migrations listed, not scanned: classpath scanning differs between OSGi and a plain JVM. */
	private static final List<String> SQL_MIGRATIONS = List.of("V1__workspace.sql", "V3__training.sql", "V4__whole_domain.sql", "V5__settings.sql",
			"V6__coverage_index.sql", "V7__planned_meetings.sql");
	private static final String MIGRATIONS = "org/dangxiao/store/migration/";
	public static final String LATEST_VERSION = "8";

	private final DataSource dataSource;
	private final Dialect dialect;
	private final String displayName;

	private Database(DataSource dataSource, Dialect dialect, String displayName) {
		this.dataSource = dataSource;
		this.dialect = dialect;
		this.displayName = displayName;
	}

	/** The H2 database {@code workspace.mv.db} inside {@code folder}. */
	public static Database h2(Path folder) {
		JdbcDataSource ds = new JdbcDataSource();
		// DB_CLOSE_ON_EXIT=FALSE: the workbench closes it itself; H2's own shutdown hook races with OSGi's.
		// WRITE_DELAY=0: a commit is on disk when execute() returns, stored by the committing thread.
		// With H2's default 500 ms delay its background writer stores pages while commands go on; a
		// long command commits 1.5 s faster then (./dx bench import), but the crash test found a killed
		// process leaving neither the state before nor after a command, twice, once with a CHECKPOINT
		// after every command (a kill the moment execute() had returned left half of the people changed).
		ds.setURL("jdbc:h2:file:" + folder.toAbsolutePath().resolve("workspace") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
		ds.setUser("sa");
		return new Database(ds, Dialect.H2, String.valueOf(folder.toAbsolutePath().getFileName()));
	}

	/** A private in-memory database: the empty workspace shown when the real one cannot be opened. */
	public static Database h2Memory(String displayName) {
		JdbcDataSource ds = new JdbcDataSource();
		ds.setURL("jdbc:h2:mem:" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		ds.setUser("sa");
		return new Database(ds, Dialect.H2, displayName);
	}

	public static Database postgres(String url, String user, String password) {
		PGSimpleDataSource ds = new PGSimpleDataSource();
		ds.setURL(url);
		ds.setUser(user);
		ds.setPassword(password);
		// the same text as WorkspaceLocation.Server.label(): user@host:port/database
		return new Database(ds, Dialect.POSTGRESQL, user + "@" + url.replaceFirst("^jdbc:postgresql://", "").replaceFirst("\\?.*$", ""));
	}

	public Connection connect() throws SQLException {
		return dataSource.getConnection();
	}

	public Dialect dialect() {
		return dialect;
	}

	public String displayName() {
		return displayName;
	}

	/** Builds or upgrades the schema to the newest version. */
	public void migrate() {
		flyway(LATEST_VERSION).migrate();
	}

	/** Builds the schema only up to {@code version}: how tests make a workspace of an older release. */
	public void migrateTo(String version) {
		flyway(version).migrate();
	}

	private Flyway flyway(String target) {
		ClassLoader loader = Database.class.getClassLoader();
		return Flyway.configure(loader).dataSource(dataSource).target(target).resourceProvider(new ResourceProvider() {
			@Override
			public LoadableResource getResource(String name) {
				return SQL_MIGRATIONS.contains(name) ? resource(name) : null;
			}

			@Override
			public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
				return prefix.equals("V") ? SQL_MIGRATIONS.stream().map(this::resource).toList() : List.of();
			}

			private LoadableResource resource(String name) {
				String path = MIGRATIONS + name;
				return new LoadableResource() {
					@Override
					public Reader read() {
						InputStream in = loader.getResourceAsStream(path);
						if (in == null) {
							throw new IllegalStateException("migration missing from the store bundle: " + path);
						}
						return new InputStreamReader(in, StandardCharsets.UTF_8);
					}

					@Override
					public String getAbsolutePath() {
						return path;
					}

					@Override
					public String getAbsolutePathOnDisk() {
						return path;
					}

					@Override
					public String getFilename() {
						return name;
					}

					@Override
					public String getRelativePath() {
						return path;
					}
				};
			}
		}).javaMigrationClassProvider(() -> List.of(V2__SubtreePathsAndPinyin.class, V8__DropDuplicateIndexes.class)).load();
	}

	String nextValue(String sequence) {
		return dialect == Dialect.H2 ? "SELECT NEXT VALUE FOR " + sequence : "SELECT nextval('" + sequence + "')";
	}
}
