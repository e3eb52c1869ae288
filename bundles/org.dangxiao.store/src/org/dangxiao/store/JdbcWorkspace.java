package org.dangxiao.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.dangxiao.model.Changes;
import org.dangxiao.model.CitizenId;
import org.dangxiao.model.Command;
import org.dangxiao.model.CommandException;
import org.dangxiao.model.ConflictException;
import org.dangxiao.model.OrgId;
import org.dangxiao.model.Organization;
import org.dangxiao.model.OrganizationTree;
import org.dangxiao.model.PeopleQuery;
import org.dangxiao.model.Person;
import org.dangxiao.model.PersonId;
import org.dangxiao.model.Records;
import org.dangxiao.model.TreeInvariantException;
import org.dangxiao.model.Workspace;
import org.dangxiao.model.WorkspaceEvent;
import org.dangxiao.model.WorkspaceEvent.Kind;
import org.dangxiao.model.WorkspaceSnapshot;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.store.Queries.Versioned;
import org.dangxiao.text.ChineseText;

/**
 * The workspace in a database. Each command runs in one transaction; a journal keeps the
 * before- and after-image of every row it touched, which is what undo and redo write back, so
 * commands carry no undo code of their own. The audit row is part of the same transaction, and on
 * PostgreSQL so is the NOTIFY that tells the other clients.
 */
public final class JdbcWorkspace implements Workspace, AutoCloseable {

	private final Database db;
	private final String who;
	private final String clientId = UUID.randomUUID().toString();
	private final List<String> openingProblems;
	private final List<WorkspaceListener> listeners = new CopyOnWriteArrayList<>();
	private final Deque<Edit> undo = new ArrayDeque<>();
	private final Deque<Edit> redo = new ArrayDeque<>();
	private final Connection reader;
	private final Optional<RemoteChanges> remote;
	/** The NOTIFY channel of this workspace: clients of the same schema share it, other schemas do not. */
	private final String channel;
	private volatile OrganizationTree tree;
	private long sequence;

	/** The journal key of a record that is not an organization or a person. */
	private record Ref(Table<?> table, Object key) {
	}

	/** One committed command: what it wrote, in order. */
	private record Edit(String label, List<Step> steps) {
	}

	private sealed interface Step permits Rows, Bulk {
	}

	/** Rows written one at a time, as they were before and after; an empty Optional is "absent". */
	private record Rows(LinkedHashMap<Object, Optional<Object>> before, LinkedHashMap<Object, Optional<Object>> after) implements Step {
	}

	/**
	 * Records of one table written together ({@link Changes#putAll}): the values as the command gave
	 * them (a list that may build its elements on demand, so a big import's journal stays small) and
	 * the few rows they replaced.
	 */
	private record Bulk(Table<?> table, List<? extends Record> values, Map<Object, Record> replaced) implements Step {
	}

	/** Below this many records, {@link Changes#putAll} writes one at a time; above, in chunks of it. */
	private static final int BULK = 1000;

	/** Up to this many rows that a bulk write may replace are read in one query; more are looked up one by one. */
	private static final int BULK_LOAD = 200_000;

	private JdbcWorkspace(Database db, String who, List<String> openingProblems) throws SQLException {
		this.db = db;
		this.who = who;
		this.openingProblems = List.copyOf(openingProblems);
		this.reader = db.connect();
		this.channel = channel(reader);
		this.remote = db.dialect() == Database.Dialect.POSTGRESQL
				? Optional.of(new RemoteChanges(db, channel, clientId, this::remoteChange))
				: Optional.empty();
	}

	/** Opens (creating or upgrading the schema as needed) the workspace in {@code db}. */
	public static JdbcWorkspace open(Database db) {
		return open(db, List.of());
	}

	public static JdbcWorkspace open(Database db, List<String> openingProblems) {
		try {
			db.migrate();
			return new JdbcWorkspace(db, System.getProperty("user.name", "?"), openingProblems);
		} catch (SQLException | RuntimeException e) {
			// Flyway reports an unreachable server as its own runtime exception, with the SQLException inside
			Throwable root = e;
			while (root.getCause() != null && root.getCause() != root) {
				root = root.getCause();
			}
			throw new CommandException(Nls.bind(Messages.Store_CANNOT_OPEN, db.displayName(), root.getMessage()), e);
		}
	}

	private static String channel(Connection c) throws SQLException {
		try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT current_schema()")) {
			rs.next();
			String schema = String.valueOf(rs.getString(1)).toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
			String name = "dangxiao_" + schema;
			return name.length() > 63 ? name.substring(0, 63) : name;
		}
	}

	@Override
	public String displayName() {
		return db.displayName();
	}

	@Override
	public List<String> openingProblems() {
		return openingProblems;
	}

	public Database database() {
		return db;
	}

	// ---- reads --------------------------------------------------------------------------------

	@FunctionalInterface
	private interface Query<T> {
		T run(Queries q) throws SQLException;
	}

	private synchronized <T> T read(Query<T> query) {
		try {
			return query.run(new Queries(reader));
		} catch (SQLException e) {
			throw new CommandException(Nls.bind(Messages.Store_READ_FAILED, e.getMessage()), e);
		}
	}

	@Override
	public OrganizationTree organizations() {
		OrganizationTree t = tree;
		if (t == null) {
			t = read(Queries::organizations);
			tree = t;
		}
		return t;
	}

	@Override
	public Optional<Person> person(PersonId id) {
		return read(q -> q.person(id, false).map(Versioned::value));
	}

	@Override
	public List<Person> people(java.util.Collection<PersonId> ids) {
		return read(q -> q.people(ids));
	}

	@Override
	public List<org.dangxiao.model.training.RosterEntry> roster(org.dangxiao.model.training.ClassId k) {
		return read(q -> q.roster(k));
	}

	@Override
	public List<Person> peopleIn(OrgId org) {
		return read(q -> q.peopleIn(org));
	}

	@Override
	public List<Person> peopleWithin(OrgId org) {
		return read(q -> q.peopleWithin(org));
	}

	@Override
	public Optional<Person> personByCitizenId(CitizenId id) {
		return read(q -> q.personByCitizenId(id));
	}

	@Override
	public int personCount() {
		return read(Queries::personCount);
	}

	@Override
	public int countPeople(PeopleQuery query) {
		return read(q -> q.countPeople(query));
	}

	@Override
	public List<Person> findPeople(PeopleQuery query, int offset, int limit) {
		return read(q -> q.findPeople(query, offset, limit));
	}

	@Override
	public Map<OrgId, Integer> peopleCountByOrganization() {
		return read(Queries::peopleCountByOrganization);
	}

	@Override
	public List<org.dangxiao.model.training.CoverageCell> coverageCells(org.dangxiao.model.training.ProgramId program) {
		return read(q -> q.coverageCells(program));
	}


	@Override
	public int countUntrained(org.dangxiao.model.training.ProgramId program, Optional<OrgId> within) {
		return read(q -> q.countUntrained(program, within));
	}

	@Override
	public List<Person> findUntrained(org.dangxiao.model.training.ProgramId program, Optional<OrgId> within, int offset, int limit) {
		return read(q -> q.findUntrained(program, within, offset, limit));
	}

	@Override
	public <V extends Record> Optional<V> get(Class<V> type, Object key) {
		return read(q -> q.get(type, key));
	}

	@Override
	public <V extends Record> List<V> list(Class<V> type) {
		return read(q -> Tables.require(type).list(reader));
	}

	@Override
	public <V extends Record> List<V> list(Class<V> type, Object owner) {
		return read(q -> Tables.require(type).list(reader, owner));
	}

	/** Everything, in id order: for backups and tests. */
	public WorkspaceSnapshot snapshot() {
		return read(q -> {
			List<Organization> orgs = new ArrayList<>(q.organizations().all());
			orgs.sort(Comparator.comparing(Organization::id));
			List<Person> people = new ArrayList<>();
			try (Statement st = reader.createStatement();
					ResultSet rs = st.executeQuery("SELECT " + Queries.PERSON_COLUMNS + " FROM person p ORDER BY p.id")) {
				while (rs.next()) {
					people.add(Queries.person(rs));
				}
			}
			List<Record> records = new ArrayList<>();
			for (Table<?> t : Tables.ALL) {
				records.addAll(t.list(reader));
			}
			return new WorkspaceSnapshot(orgs, people, records);
		});
	}

	// ---- writes -------------------------------------------------------------------------------

	@FunctionalInterface
	private interface Work {
		void run(Tx tx) throws SQLException;
	}

	@Override
	public WorkspaceEvent execute(Command command) {
		Optional<Edit> edit = transaction(command.label(), Kind.EXECUTE, tx -> command.run(tx));
		WorkspaceEvent event;
		synchronized (this) {
			edit.ifPresent(e -> {
				undo.push(e);
				redo.clear();
			});
			event = event(Kind.EXECUTE, command.label(), edit.map(Edit::steps).orElse(List.of()));
		}
		publish(event);
		return event;
	}

	private final UndoHistory history = new UndoHistory() {
		@Override
		public boolean canUndo() {
			synchronized (JdbcWorkspace.this) {
				return !undo.isEmpty();
			}
		}

		@Override
		public boolean canRedo() {
			synchronized (JdbcWorkspace.this) {
				return !redo.isEmpty();
			}
		}

		@Override
		public Optional<String> undoLabel() {
			synchronized (JdbcWorkspace.this) {
				return Optional.ofNullable(undo.peek()).map(Edit::label);
			}
		}

		@Override
		public Optional<String> redoLabel() {
			synchronized (JdbcWorkspace.this) {
				return Optional.ofNullable(redo.peek()).map(Edit::label);
			}
		}

		@Override
		public List<String> undoLabels() {
			synchronized (JdbcWorkspace.this) {
				return undo.stream().map(Edit::label).toList();
			}
		}

		@Override
		public WorkspaceEvent undo() {
			return replay(undo, redo, Kind.UNDO);
		}

		@Override
		public WorkspaceEvent redo() {
			return replay(redo, undo, Kind.REDO);
		}
	};

	@Override
	public UndoHistory history() {
		return history;
	}

	/**
	 * Writes an edit's before-images (undo) or after-images (redo) back, but only over rows that
	 * still hold what the edit left (or found): someone else's later change is never overwritten.
	 */
	private WorkspaceEvent replay(Deque<Edit> from, Deque<Edit> to, Kind kind) {
		Edit edit;
		synchronized (this) {
			edit = from.peek();
		}
		if (edit == null) {
			throw new CommandException(kind == Kind.UNDO ? Messages.Store_NOTHING_TO_UNDO : Messages.Store_NOTHING_TO_REDO);
		}
		boolean back = kind == Kind.UNDO;
		String conflict = Nls.bind(back ? Messages.Store_UNDO_CONFLICT : Messages.Store_REDO_CONFLICT, edit.label());
		List<Step> steps = new ArrayList<>(edit.steps());
		if (back) {
			java.util.Collections.reverse(steps);
		}
		transaction(edit.label(), kind, tx -> {
			for (Step step : steps) {
				switch (step) {
				case Rows rows -> {
					Map<Object, Optional<Object>> expected = back ? rows.after() : rows.before();
					Map<Object, Optional<Object>> target = back ? rows.before() : rows.after();
					List<Object> keys = new ArrayList<>(rows.before().keySet());
					if (back) {
						java.util.Collections.reverse(keys); // e.g. remove the new person before its new organization
					}
					for (Object key : keys) {
						if (!tx.current(key).equals(expected.get(key))) {
							throw new ConflictException(conflict, Optional.empty());
						}
						tx.write(key, target.get(key));
					}
				}
				case Bulk bulk -> tx.bulk(bulk.table(), bulk.values(), Optional.of(bulk.replaced()), back, conflict, written -> {
				});
				}
			}
		});
		WorkspaceEvent event;
		synchronized (this) {
			from.pop();
			to.push(edit);
			event = event(kind, edit.label(), edit.steps());
		}
		publish(event);
		return event;
	}

	/**
	 * Replaces everything in the workspace with {@code snapshot}, in one transaction: how a new
	 * workspace gets the demo data and how a backup is restored. It cannot be undone.
	 */
	public WorkspaceEvent replaceAll(WorkspaceSnapshot snapshot, String label) {
		return replaceAll(snapshot, Optional.empty(), label);
	}

	/** As {@link #replaceAll(WorkspaceSnapshot, String)}, also replacing the audit log with {@code audit} (rows of {@link #auditRows()}). */
	public WorkspaceEvent replaceAll(WorkspaceSnapshot snapshot, Optional<List<List<String>>> audit, String label) {
		OrganizationTree checked = OrganizationTree.of(snapshot.organizations());
		transaction(label, Kind.RELOAD, tx -> {
			tx.replaceAll(checked, snapshot.people(), snapshot.records());
			if (audit.isPresent()) {
				tx.replaceAudit(audit.get());
			}
		});
		WorkspaceEvent event;
		synchronized (this) {
			undo.clear();
			redo.clear();
			event = WorkspaceEvent.everything(++sequence, Kind.RELOAD, label);
		}
		publish(event);
		return event;
	}

	/** Runs {@code work} in one transaction with its audit row; the edit it made, if it changed anything. */
	private Optional<Edit> transaction(String label, Kind kind, Work work) {
		try (Connection c = db.connect()) {
			c.setAutoCommit(false);
			Tx tx = new Tx(c);
			try {
				work.run(tx);
				if (tx.organizationsTouched) {
					OrganizationTree.of(new Queries(c).organizations().all()); // one root, no cycles, known parents
				}
				if (tx.steps().isEmpty() && kind != Kind.RELOAD) {
					c.rollback();
					return Optional.empty();
				}
				audit(c, kind, label, tx);
				if (db.dialect() == Database.Dialect.POSTGRESQL) {
					// delivered only if and when this transaction commits
					try (PreparedStatement ps = c.prepareStatement("SELECT pg_notify(?, ?)")) {
						ps.setString(1, channel);
						ps.setString(2, RemoteChanges.payload(clientId, kind, label));
						ps.execute();
					}
				}
				c.commit();
			} catch (SQLException | RuntimeException e) {
				rollbackQuietly(c);
				throw translate(e, tx);
			}
			if (tx.organizationsTouched || kind == Kind.RELOAD) {
				tree = null;
			}
			return Optional.of(new Edit(label, tx.steps()));
		} catch (SQLException e) {
			throw new CommandException(Nls.bind(Messages.Store_WRITE_FAILED, e.getMessage()), e);
		}
	}

	private void audit(Connection c, Kind kind, String label, Tx tx) throws SQLException {
		long seq;
		try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(db.nextValue("audit_seq"))) {
			rs.next();
			seq = rs.getLong(1);
		}
		int orgs = 0;
		int people = 0;
		int others = 0;
		for (Step step : tx.steps()) {
			switch (step) {
			case Rows rows -> {
				for (Object key : rows.before().keySet()) {
					switch (key) {
					case OrgId o -> orgs++;
					case PersonId p -> people++;
					default -> others++;
					}
				}
			}
			case Bulk bulk -> others += bulk.values().size();
			}
		}
		try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_entry (seq, at, who, kind, label, organizations, people,"
				+ " other_records) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
			ps.setLong(1, seq);
			ps.setTimestamp(2, Timestamp.from(Instant.now()));
			ps.setString(3, who);
			ps.setString(4, kind.name());
			ps.setString(5, label.length() > 1000 ? label.substring(0, 1000) : label);
			ps.setInt(6, orgs);
			ps.setInt(7, people);
			ps.setInt(8, others);
			ps.execute();
		}
	}

	/** The columns of {@link #auditRows()}. */
	static final List<String> AUDIT_COLUMNS = List.of("seq", "at", "who", "kind", "label", "organizations", "people", "other_records");

	/** The whole audit log as text, oldest first, for backups; times are ISO local date-times. */
	List<List<String>> auditRows() {
		return read(q -> {
			List<List<String>> out = new ArrayList<>();
			try (Statement st = reader.createStatement(); ResultSet rs = st.executeQuery(
					"SELECT " + String.join(", ", AUDIT_COLUMNS) + " FROM audit_entry ORDER BY seq")) {
				while (rs.next()) {
					out.add(List.of(String.valueOf(rs.getLong(1)), rs.getObject(2, java.time.LocalDateTime.class).toString(),
							TextLists.escape(rs.getString(3)), rs.getString(4), TextLists.escape(rs.getString(5)),
							String.valueOf(rs.getInt(6)), String.valueOf(rs.getInt(7)), String.valueOf(rs.getInt(8))));
				}
			}
			return out;
		});
	}

	/** Audit entries, newest first: who did what, when. */
	public List<String> auditLog(int limit) {
		return read(q -> {
			List<String> out = new ArrayList<>();
			try (PreparedStatement ps = reader.prepareStatement("SELECT at, who, kind, label FROM audit_entry ORDER BY seq DESC LIMIT ?")) {
				ps.setInt(1, limit);
				try (ResultSet rs = ps.executeQuery()) {
					while (rs.next()) {
						out.add(rs.getString(2) + "\t" + rs.getString(3) + "\t" + rs.getString(4));
					}
				}
			}
			return out;
		});
	}

	private static void rollbackQuietly(Connection c) {
		try {
			c.rollback();
		} catch (SQLException ignored) {
			// the connection is closed next; the database discards the transaction either way
		}
	}

	/** Database errors the user can act on become sentences; the rest keep their cause. */
	private CommandException translate(Exception e, Tx tx) {
		Exception cause = e instanceof SqlFailure f ? (SQLException) f.getCause() : e;
		if (cause instanceof CommandException ce) {
			return ce;
		}
		if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")
				&& tx.lastWrite.isPresent()) {
			// 23505 is a unique key on both databases; the other 23xxx here are foreign keys
			return new TreeInvariantException(describe(tx.lastWrite.get(), "23505".equals(sql.getSQLState()), tx.lastWasRemoval));
		}
		return new CommandException(Nls.bind(Messages.Store_WRITE_FAILED, cause.getMessage()), cause);
	}

	private String describe(Object row, boolean unique, boolean removal) {
		if (row instanceof Person p && unique) {
			String other = personByCitizenId(p.citizenId()).filter(o -> !o.id().equals(p.id())).map(Person::name).orElse("?");
			return Nls.bind(org.dangxiao.model.Messages.Tree_DUPLICATE_CITIZEN_ID, p.citizenId(), other);
		}
		if (row instanceof Person p && !removal) {
			return Nls.bind(org.dangxiao.model.Messages.Tree_PERSON_WITHOUT_ORGANIZATION, p.name());
		}
		if (row instanceof Organization o && unique) {
			return Nls.bind(org.dangxiao.model.Messages.Tree_DUPLICATE_CODE, o.code());
		}
		if (row instanceof Organization o && !removal) {
			return Nls.bind(org.dangxiao.model.Messages.Tree_ORGANIZATION_NOT_EMPTY, o.name());
		}
		// removals here are of rows other records still point to: a person on a roster, an organization with meetings
		String what = Records.describe((Record) row);
		return unique ? Nls.bind(org.dangxiao.model.Messages.Command_ALREADY_EXISTS, what)
				: Nls.bind(removal ? Messages.Store_STILL_REFERENCED : Messages.Store_MISSING_REFERENCE, what);
	}

	// ---- events -------------------------------------------------------------------------------

	@Override
	public Subscription subscribe(WorkspaceListener listener) {
		listeners.add(listener);
		return () -> listeners.remove(listener);
	}

	private WorkspaceEvent event(Kind kind, String label, List<Step> steps) {
		Set<OrgId> orgs = new HashSet<>();
		Set<PersonId> persons = new HashSet<>();
		Set<Class<? extends Record>> types = new HashSet<>();
		List<Object> keys = new ArrayList<>();
		for (Step step : steps) {
			switch (step) {
			case Rows rows -> keys.addAll(rows.before().keySet());
			case Bulk bulk -> types.add(bulk.table().type.type());
			}
		}
		for (Object k : keys) {
			switch (k) {
			case OrgId o -> {
				orgs.add(o);
				types.add(Organization.class);
			}
			case PersonId p -> {
				persons.add(p);
				types.add(Person.class);
			}
			case Ref r -> types.add(r.table().type.type());
			default -> throw new IllegalStateException("journal key " + k);
			}
		}
		return new WorkspaceEvent(++sequence, kind, label, orgs, persons, types);
	}

	private void remoteChange(String label) {
		tree = null;
		WorkspaceEvent event;
		synchronized (this) {
			event = WorkspaceEvent.everything(++sequence, Kind.REMOTE, label);
		}
		publish(event);
	}

	private void publish(WorkspaceEvent event) {
		for (WorkspaceListener l : listeners) {
			try {
				l.changed(event);
			} catch (RuntimeException e) {
				// a broken view must not undo a committed change or silence the other views
				System.err.println("Workspace listener failed: " + e);
				e.printStackTrace();
			}
		}
	}

	@Override
	public synchronized void close() {
		remote.ifPresent(RemoteChanges::close);
		try {
			reader.close();
		} catch (SQLException ignored) {
			// closing is best effort; H2 closes the file with its last connection
		}
	}

	// ---- the transaction a command sees -------------------------------------------------------

	private final class Tx implements Changes {
		final Connection c;
		final Queries q;
		/** The steps before the current one; a bulk write ends a step of single rows. */
		private final List<Step> done = new ArrayList<>();
		LinkedHashMap<Object, Optional<Object>> before = new LinkedHashMap<>();
		LinkedHashMap<Object, Optional<Object>> after = new LinkedHashMap<>();
		boolean organizationsTouched;
		Optional<Object> lastWrite = Optional.empty();
		boolean lastWasRemoval;
		private OrganizationTree txTree;

		Tx(Connection c) {
			this.c = c;
			this.q = new Queries(c);
		}

		Optional<Object> current(Object key) throws SQLException {
			return switch (key) {
			case OrgId o -> q.organization(o, true).map(Versioned::value);
			case PersonId p -> q.person(p, true).map(Versioned::value);
			case Ref r -> r.table().read(c, r.key(), true).map(Object.class::cast);
			default -> throw new IllegalStateException("journal key " + key);
			};
		}

		/** Makes the row {@code key} hold {@code value} (or be absent), journaling its first before-image. */
		void write(Object key, Optional<Object> value) throws SQLException {
			lastWasRemoval = value.isEmpty();
			if (key instanceof Ref ref) {
				writeRecord(ref, ref.table(), value);
			} else if (key instanceof OrgId id) {
				Optional<Versioned<Organization>> old = q.organization(id, true);
				before.putIfAbsent(key, old.map(Versioned::value));
				lastWrite = value.isPresent() ? value : old.map(Versioned::value);
				if (value.isPresent()) {
					writeOrganization((Organization) value.get(), old);
				} else if (old.isPresent()) {
					delete("organization", id.value(), old.get().version());
				}
				organizationsTouched = true;
				txTree = null;
			} else {
				PersonId id = (PersonId) key;
				Optional<Versioned<Person>> old = q.person(id, true);
				before.putIfAbsent(key, old.map(Versioned::value));
				lastWrite = value.isPresent() ? value : old.map(Versioned::value);
				if (value.isPresent()) {
					writePerson((Person) value.get(), old);
				} else if (old.isPresent()) {
					delete("person", id.value(), old.get().version());
				}
			}
			after.put(key, value);
		}

		/** What this transaction wrote, in order. */
		List<Step> steps() {
			if (!before.isEmpty()) {
				done.add(new Rows(before, after));
				before = new LinkedHashMap<>();
				after = new LinkedHashMap<>();
			}
			return done;
		}

		/**
		 * Writes {@code values} of {@code table} in batches. One count finds whether any of their rows
		 * exist already (none, for a new import): then nothing is looked up. Otherwise the rows that may
		 * match are read at once when they are few, else one by one. The first time ({@code journal}
		 * empty) the rows it replaces are kept; undo and redo ({@code back}) pass them again and check,
		 * row by row, that the table still holds what the edit left or found. {@code written} hears
		 * after each batch how many are done.
		 */
		<V extends Record> void bulk(Table<V> table, List<? extends Record> values, Optional<Map<Object, Record>> journal, boolean back,
				String conflict, java.util.function.IntConsumer written) throws SQLException {
			steps();
			Map<Object, Record> replaced = journal.orElseGet(HashMap::new);
			Table.Superset superset = table.superset(values);
			long candidates = table.count(c, superset);
			Map<Object, V> loaded = candidates > 0 && candidates <= BULK_LOAD ? table.read(c, superset, true) : Map.of();
			try (Table<V>.Lookup lookup = table.new Lookup(c, true)) {
				for (int from = 0; from < values.size(); from += BULK) {
					LinkedHashMap<Object, V> chunk = new LinkedHashMap<>();
					for (Record r : values.subList(from, Math.min(values.size(), from + BULK))) {
						V v = table.cast(r);
						if (chunk.put(table.key(v), v) != null) {
							throw new CommandException(Nls.bind(org.dangxiao.model.Messages.Command_ALREADY_EXISTS, Records.describe(v)));
						}
					}
					List<V> inserts = new ArrayList<>();
					List<Object> deletes = new ArrayList<>();
					for (Map.Entry<Object, V> e : chunk.entrySet()) {
						Object key = e.getKey();
						Optional<Record> now = candidates == 0 ? Optional.empty()
								: candidates <= BULK_LOAD ? Optional.ofNullable(loaded.get(key)) : lookup.get(key).map(Record.class::cast);
						if (journal.isEmpty()) {
							now.ifPresent(old -> replaced.put(key, old));
						} else if (!now.equals(back ? Optional.of(e.getValue()) : Optional.ofNullable(replaced.get(key)))) {
							throw new ConflictException(conflict, Optional.empty());
						}
						Optional<Record> target = back ? Optional.ofNullable(replaced.get(key)) : Optional.of(e.getValue());
						if (target.isEmpty()) {
							deletes.add(key);
						} else if (now.isPresent()) {
							table.update(c, table.cast(target.get()));
						} else {
							inserts.add(table.cast(target.get()));
						}
					}
					lastWrite = chunk.values().stream().findFirst().map(Object.class::cast);
					lastWasRemoval = back;
					table.insertAll(c, inserts);
					table.deleteAll(c, deletes);
					written.accept(Math.min(values.size(), from + BULK));
				}
			}
			done.add(new Bulk(table, values, replaced));
		}

		/** The journal key of a record. */
		Object journalKey(Record value) {
			return switch (value) {
			case Organization o -> o.id();
			case Person p -> p.id();
			default -> new Ref(Tables.require(value.getClass()), Records.key(value));
			};
		}

		private <V extends Record> void writeRecord(Ref ref, Table<V> table, Optional<Object> value) throws SQLException {
			Object key = ref.key();
			Optional<V> old = table.read(c, key, true);
			before.putIfAbsent(ref, old.map(Object.class::cast));
			lastWrite = value.isPresent() ? value : old.map(Object.class::cast);
			if (value.isPresent()) {
				V v = table.cast((Record) value.get());
				if (old.isPresent()) {
					table.update(c, v);
				} else {
					table.insert(c, v);
				}
			} else if (old.isPresent()) {
				table.delete(c, key);
			}
		}

		private void writeOrganization(Organization o, Optional<Versioned<Organization>> old) throws SQLException {
			String path = "/" + o.id().value() + "/";
			if (o.parent().isPresent()) {
				String parentPath = q.path(o.parent().get())
						.orElseThrow(() -> new TreeInvariantException(Nls.bind(org.dangxiao.model.Messages.Tree_UNKNOWN_PARENT, o.name())));
				if (parentPath.contains(path)) {
					throw new TreeInvariantException(Nls.bind(org.dangxiao.model.Messages.Tree_CYCLE, o.name()));
				}
				path = parentPath + o.id().value() + "/";
			}
			if (old.isEmpty()) {
				update("INSERT INTO organization (code, name, type, parent_id, path, version, id) VALUES (?, ?, ?, ?, ?, 1, ?)",
						o.code(), o.name(), o.type().name(), o.parent().map(OrgId::value).orElse(null), path, o.id().value());
				return;
			}
			String oldPath = q.path(o.id()).orElseThrow();
			optimistic(update("UPDATE organization SET code = ?, name = ?, type = ?, parent_id = ?, path = ?, version = version + 1"
					+ " WHERE id = ? AND version = ?", o.code(), o.name(), o.type().name(), o.parent().map(OrgId::value).orElse(null),
					path, o.id().value(), old.get().version()));
			if (!oldPath.equals(path)) {
				// the subtree moves with it; paths are derived data, so versions stay
				update("UPDATE organization SET path = CONCAT(?, SUBSTRING(path, ?)) WHERE path LIKE ? ESCAPE '\\' AND id <> ?", path,
						oldPath.length() + 1, Queries.like(oldPath) + "%", o.id().value());
			}
		}

		private void writePerson(Person p, Optional<Versioned<Person>> old) throws SQLException {
			Object[] values = { p.name(), ChineseText.pinyin(p.name()), ChineseText.initials(p.name()), p.gender().name(), p.ethnicity(),
					p.citizenId().value(), p.organization().value(), p.post(), p.rank().orElse(null), String.join("|", p.categories()),
					p.id().value() };
			if (old.isEmpty()) {
				update("INSERT INTO person (name, name_pinyin, name_initials, gender, ethnicity, citizen_id, org_id, post, rank_name,"
						+ " categories, id, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)", values);
				return;
			}
			Object[] withVersion = java.util.Arrays.copyOf(values, values.length + 1);
			withVersion[values.length] = old.get().version();
			optimistic(update("UPDATE person SET name = ?, name_pinyin = ?, name_initials = ?, gender = ?, ethnicity = ?, citizen_id = ?,"
					+ " org_id = ?, post = ?, rank_name = ?, categories = ?, version = version + 1 WHERE id = ? AND version = ?", withVersion));
		}

		private void delete(String table, long id, long version) throws SQLException {
			optimistic(update("DELETE FROM " + table + " WHERE id = ? AND version = ?", id, version));
		}

		/** The row was locked when read, so a lost update here means the database changed underneath. */
		private void optimistic(int rows) {
			if (rows != 1) {
				throw new ConflictException(Messages.Store_CONCURRENT_CHANGE, Optional.empty());
			}
		}

		private int update(String sql, Object... args) throws SQLException {
			try (PreparedStatement ps = c.prepareStatement(sql)) {
				for (int i = 0; i < args.length; i++) {
					ps.setObject(i + 1, args[i]);
				}
				return ps.executeUpdate();
			}
		}

		void replaceAll(OrganizationTree orgs, List<Person> people, List<Record> records) throws SQLException {
			try (Statement st = c.createStatement()) {
				for (Table<?> t : Tables.ALL.reversed()) {
					st.execute("DELETE FROM " + t.name);
				}
				st.execute("DELETE FROM person");
				st.execute("DELETE FROM organization");
			}
			try (PreparedStatement ps = c.prepareStatement(
					"INSERT INTO organization (id, code, name, type, parent_id, path, version) VALUES (?, ?, ?, ?, ?, ?, 1)")) {
				Map<OrgId, String> paths = new HashMap<>();
				for (Organization root : orgs.root().stream().toList()) {
					for (Organization o : orgs.subtree(root.id())) { // parents come before children
						String path = o.parent().map(paths::get).orElse("/") + o.id().value() + "/";
						paths.put(o.id(), path);
						ps.setLong(1, o.id().value());
						ps.setString(2, o.code());
						ps.setString(3, o.name());
						ps.setString(4, o.type().name());
						ps.setObject(5, o.parent().map(OrgId::value).orElse(null));
						ps.setString(6, path);
						ps.addBatch();
					}
				}
				ps.executeBatch();
			}
			try (PreparedStatement ps = c.prepareStatement("INSERT INTO person (id, name, name_pinyin, name_initials, gender, ethnicity,"
					+ " citizen_id, org_id, post, rank_name, categories, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
				int n = 0;
				for (Person p : people) {
					ps.setLong(1, p.id().value());
					ps.setString(2, p.name());
					ps.setString(3, ChineseText.pinyin(p.name()));
					ps.setString(4, ChineseText.initials(p.name()));
					ps.setString(5, p.gender().name());
					ps.setString(6, p.ethnicity());
					ps.setString(7, p.citizenId().value());
					ps.setLong(8, p.organization().value());
					ps.setString(9, p.post());
					ps.setString(10, p.rank().orElse(null));
					ps.setString(11, String.join("|", p.categories()));
					ps.addBatch();
					if (++n % 2000 == 0) {
						ps.executeBatch();
					}
				}
				ps.executeBatch();
			}
			long nextRecord = 1;
			for (Table<?> t : Tables.ALL) {
				nextRecord = Math.max(nextRecord, insertAll(t, records));
			}
			long nextOrg = orgs.all().stream().mapToLong(o -> o.id().value()).max().orElse(0) + 1;
			long nextPerson = people.stream().mapToLong(p -> p.id().value()).max().orElse(0) + 1;
			try (Statement st = c.createStatement()) {
				st.execute("ALTER SEQUENCE organization_id RESTART WITH " + Math.max(nextOrg, 1_000_000));
				st.execute("ALTER SEQUENCE person_id RESTART WITH " + Math.max(nextPerson, 1_000_000));
				st.execute("ALTER SEQUENCE record_id RESTART WITH " + nextRecord);
			}
		}

		void replaceAudit(List<List<String>> rows) throws SQLException {
			long next = 1;
			try (Statement st = c.createStatement()) {
				st.execute("DELETE FROM audit_entry");
			}
			try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_entry (" + String.join(", ", AUDIT_COLUMNS)
					+ ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
				for (List<String> row : rows) {
					try {
						long seq = Long.parseLong(row.get(0));
						ps.setLong(1, seq);
						ps.setObject(2, java.time.LocalDateTime.parse(row.get(1)));
						ps.setString(3, TextLists.unescape(row.get(2)));
						ps.setString(4, row.get(3));
						ps.setString(5, TextLists.unescape(row.get(4)));
						for (int i = 5; i < 8; i++) {
							ps.setInt(i + 1, Integer.parseInt(row.get(i)));
						}
						next = Math.max(next, seq + 1);
					} catch (RuntimeException e) {
						throw new CommandException(Nls.bind(Messages.Backup_BAD_ROW_VALUE, "audit.tsv", String.join(" ", row), e.getMessage()), e);
					}
					ps.addBatch();
				}
				ps.executeBatch();
			}
			try (Statement st = c.createStatement()) {
				st.execute("ALTER SEQUENCE audit_seq RESTART WITH " + next);
			}
		}

		/** Inserts the records of {@code table}'s type; the id after the highest one it holds. */
		private <V extends Record> long insertAll(Table<V> table, List<Record> records) throws SQLException {
			List<V> mine = records.stream().filter(table.type.type()::isInstance).map(table::cast).toList();
			table.insertAll(c, mine);
			long next = 1;
			for (V v : mine) {
				if (table.keyColumns.size() == 1 && table.keyColumns.get(0).get().apply(v) instanceof Long id) {
					next = Math.max(next, id + 1);
				}
			}
			return next;
		}

		@FunctionalInterface
		private interface SqlRunnable {
			void run() throws SQLException;
		}

		private void sql(SqlRunnable r) {
			try {
				r.run();
			} catch (SQLException e) {
				throw new SqlFailure(e);
			}
		}

		// Changes -----------------------------------------------------------------------------

		@Override
		public void put(Organization organization) {
			sql(() -> write(organization.id(), Optional.of(organization)));
		}

		@Override
		public void remove(OrgId id) {
			sql(() -> write(id, Optional.empty()));
		}

		@Override
		public void put(Person person) {
			sql(() -> write(person.id(), Optional.of(person)));
		}

		@Override
		public void remove(PersonId id) {
			sql(() -> write(id, Optional.empty()));
		}

		@Override
		public void put(Record value) {
			sql(() -> write(journalKey(value), Optional.of(value)));
		}

		@Override
		public void putAll(List<? extends Record> values, java.util.function.IntConsumer written) {
			Class<? extends Record> type = values.isEmpty() ? Organization.class : values.get(0).getClass();
			if (values.size() < BULK || type == Organization.class || type == Person.class || !values.stream().allMatch(type::isInstance)) {
				Changes.super.putAll(values, written);
				return;
			}
			sql(() -> bulk(Tables.require(type), values, Optional.empty(), false, "", written));
		}

		@Override
		public <V extends Record> void remove(Class<V> type, Object key) {
			Object journalKey = type == Organization.class || type == Person.class ? key : new Ref(Tables.require(type), key);
			sql(() -> write(journalKey, Optional.empty()));
		}

		@Override
		public long newId() {
			return next("record_id");
		}

		@Override
		public <V extends Record> Optional<V> get(Class<V> type, Object key) {
			return query(qq -> qq.get(type, key));
		}

		@Override
		public <V extends Record> List<V> list(Class<V> type) {
			return query(qq -> Tables.require(type).list(c));
		}

		@Override
		public <V extends Record> List<V> list(Class<V> type, Object owner) {
			return query(qq -> Tables.require(type).list(c, owner));
		}

		@Override
		public OrgId newOrgId() {
			return new OrgId(next("organization_id"));
		}

		@Override
		public PersonId newPersonId() {
			return new PersonId(next("person_id"));
		}

		private long next(String sequence) {
			try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(db.nextValue(sequence))) {
				rs.next();
				return rs.getLong(1);
			} catch (SQLException e) {
				throw new SqlFailure(e);
			}
		}

		private <T> T query(Query<T> query) {
			try {
				return query.run(q);
			} catch (SQLException e) {
				throw new SqlFailure(e);
			}
		}

		@Override
		public OrganizationTree organizations() {
			if (txTree == null) {
				txTree = query(Queries::organizations);
			}
			return txTree;
		}

		@Override
		public Optional<Person> person(PersonId id) {
			return query(qq -> qq.person(id, false).map(Versioned::value));
		}

		@Override
		public List<Person> people(java.util.Collection<PersonId> ids) {
			return query(qq -> qq.people(ids));
		}

		@Override
		public List<org.dangxiao.model.training.RosterEntry> roster(org.dangxiao.model.training.ClassId k) {
			return query(qq -> qq.roster(k));
		}

		@Override
		public List<Person> peopleIn(OrgId org) {
			return query(qq -> qq.peopleIn(org));
		}

		@Override
		public List<Person> peopleWithin(OrgId org) {
			return query(qq -> qq.peopleWithin(org));
		}

		@Override
		public Optional<Person> personByCitizenId(CitizenId id) {
			return query(qq -> qq.personByCitizenId(id));
		}

		@Override
		public int personCount() {
			return query(Queries::personCount);
		}

		@Override
		public int countPeople(PeopleQuery query) {
			return query(qq -> qq.countPeople(query));
		}

		@Override
		public List<Person> findPeople(PeopleQuery query, int offset, int limit) {
			return query(qq -> qq.findPeople(query, offset, limit));
		}

		@Override
		public Map<OrgId, Integer> peopleCountByOrganization() {
			return query(Queries::peopleCountByOrganization);
		}

		@Override
		public List<org.dangxiao.model.training.CoverageCell> coverageCells(org.dangxiao.model.training.ProgramId program) {
			return query(qq -> qq.coverageCells(program));
		}


		@Override
		public int countUntrained(org.dangxiao.model.training.ProgramId program, Optional<OrgId> within) {
			return query(qq -> qq.countUntrained(program, within));
		}

		@Override
		public List<Person> findUntrained(org.dangxiao.model.training.ProgramId program, Optional<OrgId> within, int offset, int limit) {
			return query(qq -> qq.findUntrained(program, within, offset, limit));
		}
	}

	/** Carries an SQLException through the Changes API, which commands see without checked exceptions. */
	private static final class SqlFailure extends RuntimeException {
		private static final long serialVersionUID = 1L;

		SqlFailure(SQLException cause) {
			super(cause.getMessage(), cause);
		}
	}
}
