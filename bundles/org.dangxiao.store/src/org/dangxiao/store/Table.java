package org.dangxiao.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.dangxiao.model.Records;

/**
 * How one record type of {@link Records#types()} is kept: one row of one table. Columns know their
 * SQL kind, so the same definition reads and writes rows, finds a record by key or by owner, and
 * turns rows into the text of a backup and back.
 */
final class Table<V extends Record> {
	enum Kind {
		LONG, INT, TEXT, DATE, TIMESTAMP, DECIMAL
	}

	/** A column and how to get its JDBC value (Long, Integer, String, LocalDate, LocalDateTime, BigDecimal or null) from a record. */
	record Column<V>(String name, Kind kind, Function<V, Object> get) {
	}

	/** The values of one row in column order, read back into a record by {@link Table#reader}. */
	static final class Row {
		private final Map<String, Object> values;

		Row(List<String> names, Object[] values) {
			this.values = new java.util.HashMap<>();
			for (int i = 0; i < values.length; i++) {
				this.values.put(names.get(i), values[i]);
			}
		}

		private Object value(String column) {
			if (!values.containsKey(column)) {
				throw new IllegalArgumentException("no column " + column);
			}
			return values.get(column);
		}

		private Object required(String column) {
			Object v = value(column);
			if (v == null) {
				throw new IllegalArgumentException("column " + column + " must not be empty");
			}
			return v;
		}

		long id(String column) {
			return (Long) required(column);
		}

		Optional<Long> optionalId(String column) {
			return Optional.ofNullable((Long) value(column));
		}

		int integer(String column) {
			return (Integer) required(column);
		}

		String text(String column) {
			return (String) required(column);
		}

		LocalDate date(String column) {
			return (LocalDate) required(column);
		}

		Optional<LocalDate> optionalDate(String column) {
			return Optional.ofNullable((LocalDate) value(column));
		}

		Optional<LocalDateTime> optionalTime(String column) {
			return Optional.ofNullable((LocalDateTime) value(column));
		}

		LocalDateTime time(String column) {
			return (LocalDateTime) required(column);
		}

		BigDecimal decimal(String column) {
			return (BigDecimal) required(column);
		}

		List<List<String>> lists(String column, int fields) {
			return TextLists.split(text(column), fields);
		}

		/** As {@link #lists(String, int)} for a column whose items grew fields over the versions. */
		List<List<String>> lists(String column, int fewest, int most) {
			return TextLists.split(text(column), fewest, most);
		}
	}

	final Records.Type<V> type;
	final String name;
	final List<Column<V>> keyColumns;
	final List<Column<V>> valueColumns;
	final List<Column<V>> columns;
	private final Function<Object, Object[]> keyValues;
	private final Function<Row, V> reader;
	private final Map<Class<?>, String> owners;

	Table(Class<V> type, String name, List<Column<V>> keyColumns, Function<Object, Object[]> keyValues, List<Column<V>> valueColumns,
			Function<Row, V> reader, Map<Class<?>, String> owners) {
		this.type = Records.of(type);
		this.name = name;
		this.keyColumns = List.copyOf(keyColumns);
		this.valueColumns = List.copyOf(valueColumns);
		this.columns = Stream.concat(keyColumns.stream(), valueColumns.stream()).toList();
		this.keyValues = keyValues;
		this.reader = reader;
		this.owners = Map.copyOf(owners);
	}

	List<String> columnNames() {
		return columns.stream().map(Column::name).toList();
	}

	private String names(List<Column<V>> cols, String separator, String suffix) {
		return cols.stream().map(c -> c.name() + suffix).collect(Collectors.joining(separator));
	}

	private String keyWhere() {
		return names(keyColumns, " AND ", " = ?");
	}

	// ---- records and rows ---------------------------------------------------------------------

	Object key(V value) {
		return type.key().apply(value);
	}

	Object[] row(V value) {
		return columns.stream().map(c -> c.get().apply(value)).toArray();
	}

	/** A record from its row; the record's constructor checks it, so a damaged row is an error here. */
	V record(Object[] values) {
		return reader.apply(new Row(columnNames(), values));
	}

	V cast(Record value) {
		return type.type().cast(value);
	}

	// ---- SQL ----------------------------------------------------------------------------------

	Optional<V> read(Connection c, Object key, boolean lock) throws SQLException {
		List<V> found = query(c, "SELECT " + names(columns, ", ", "") + " FROM " + name + " WHERE " + keyWhere()
				+ (lock ? " FOR UPDATE" : ""), keyValues.apply(key));
		return found.stream().findFirst();
	}

	List<V> list(Connection c) throws SQLException {
		return query(c, "SELECT " + names(columns, ", ", "") + " FROM " + name + " ORDER BY " + names(keyColumns, ", ", ""));
	}

	List<V> list(Connection c, Object owner) throws SQLException {
		String column = owners.get(owner.getClass());
		if (column == null) {
			throw new IllegalArgumentException(type.type().getSimpleName() + " records have no owner of type " + owner.getClass().getSimpleName());
		}
		return query(c, "SELECT " + names(columns, ", ", "") + " FROM " + name + " WHERE " + column + " = ? ORDER BY "
				+ names(keyColumns, ", ", ""), Tables.jdbc(owner));
	}

	void insert(Connection c, V value) throws SQLException {
		update(c, "INSERT INTO " + name + " (" + names(columns, ", ", "") + ") VALUES (" + names(columns, ", ", "").replaceAll("[^,]+", "?")
				+ ")", row(value));
	}

	void update(Connection c, V value) throws SQLException {
		if (valueColumns.isEmpty()) {
			return;
		}
		Object[] args = Stream.concat(valueColumns.stream().map(col -> col.get().apply(value)),
				Arrays.stream(keyValues.apply(key(value)))).toArray();
		update(c, "UPDATE " + name + " SET " + names(valueColumns, ", ", " = ?") + " WHERE " + keyWhere(), args);
	}

	void delete(Connection c, Object key) throws SQLException {
		update(c, "DELETE FROM " + name + " WHERE " + keyWhere(), keyValues.apply(key));
	}

	/** Inserts many rows at once: restores and seeds. */
	void insertAll(Connection c, List<V> values) throws SQLException {
		// rows go ROWS at a time in one multi-row INSERT: H2 pays its per-statement cost once per group
		String one = "(" + names(columns, ", ", "").replaceAll("[^,]+", "?") + ")";
		String insert = "INSERT INTO " + name + " (" + names(columns, ", ", "") + ") VALUES ";
		int full = values.size() / ROWS * ROWS;
		if (full > 0) {
			try (PreparedStatement ps = c.prepareStatement(insert + String.join(", ", java.util.Collections.nCopies(ROWS, one)))) {
				Object[] args = new Object[ROWS * columns.size()];
				for (int i = 0; i < full; i += ROWS) {
					for (int j = 0; j < ROWS; j++) {
						System.arraycopy(row(values.get(i + j)), 0, args, j * columns.size(), columns.size());
					}
					bind(ps, args);
					ps.addBatch();
					if ((i / ROWS + 1) % 20 == 0) {
						ps.executeBatch();
					}
				}
				ps.executeBatch();
			}
		}
		try (PreparedStatement ps = c.prepareStatement(insert + one)) {
			for (V v : values.subList(full, values.size())) {
				bind(ps, row(v));
				ps.addBatch();
			}
			ps.executeBatch();
		}
	}

	/** Rows per INSERT statement in {@link #insertAll}. */
	private static final int ROWS = 100;

	/** Key columns taking more distinct values than this among a bulk write's records are left out of its {@link Superset}. */
	private static final int SUPERSET_VALUES = 1000;

	/** A condition met by every row whose key is among some records' keys (and maybe by others): an SQL WHERE and its arguments. */
	record Superset(String where, List<Object> args) {
	}

	/**
	 * The condition "each key column takes one of the values it takes among {@code values}", for the
	 * columns with few distinct values (an import's courses, not its people); with none, every row.
	 */
	Superset superset(List<? extends Record> values) {
		List<java.util.Set<Object>> distinct = new ArrayList<>();
		keyColumns.forEach(k -> distinct.add(new java.util.LinkedHashSet<>()));
		for (Record r : values) {
			Object[] v = keyValues.apply(key(cast(r)));
			for (int i = 0; i < v.length; i++) {
				java.util.Set<Object> seen = distinct.get(i);
				if (seen != null && seen.add(v[i]) && seen.size() > SUPERSET_VALUES) {
					distinct.set(i, null);
				}
			}
		}
		List<String> where = new ArrayList<>();
		List<Object> args = new ArrayList<>();
		for (int i = 0; i < keyColumns.size(); i++) {
			if (distinct.get(i) != null) {
				where.add(keyColumns.get(i).name() + " IN (" + String.join(", ", java.util.Collections.nCopies(distinct.get(i).size(), "?")) + ")");
				args.addAll(distinct.get(i));
			}
		}
		return new Superset(where.isEmpty() ? "1 = 1" : String.join(" AND ", where), args);
	}

	long count(Connection c, Superset s) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + name + " WHERE " + s.where())) {
			bind(ps, s.args().toArray());
			try (ResultSet rs = ps.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}

	/** The rows meeting {@code s}, by key. */
	Map<Object, V> read(Connection c, Superset s, boolean lock) throws SQLException {
		Map<Object, V> found = new java.util.HashMap<>();
		for (V v : query(c, "SELECT " + names(columns, ", ", "") + " FROM " + name + " WHERE " + s.where() + (lock ? " FOR UPDATE" : ""),
				s.args().toArray())) {
			found.put(key(v), v);
		}
		return found;
	}

	/** Reads rows by key with one prepared statement: for many lookups in one transaction. */
	final class Lookup implements AutoCloseable {
		private final PreparedStatement ps;

		Lookup(Connection c, boolean lock) throws SQLException {
			ps = c.prepareStatement("SELECT " + names(columns, ", ", "") + " FROM " + name + " WHERE " + keyWhere() + (lock ? " FOR UPDATE" : ""));
		}

		Optional<V> get(Object key) throws SQLException {
			bind(ps, keyValues.apply(key));
			try (ResultSet rs = ps.executeQuery()) {
				return rs.next() ? Optional.of(record(rs)) : Optional.empty();
			}
		}

		@Override
		public void close() throws SQLException {
			ps.close();
		}
	}

	/** Deletes the rows with {@code keys} in one batch. */
	void deleteAll(Connection c, java.util.Collection<?> keys) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + name + " WHERE " + keyWhere())) {
			for (Object key : keys) {
				bind(ps, keyValues.apply(key));
				ps.addBatch();
			}
			ps.executeBatch();
		}
	}

	private static int update(Connection c, String sql, Object... args) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement(sql)) {
			bind(ps, args);
			return ps.executeUpdate();
		}
	}

	private static void bind(PreparedStatement ps, Object[] args) throws SQLException {
		for (int i = 0; i < args.length; i++) {
			ps.setObject(i + 1, args[i]);
		}
	}

	private List<V> query(Connection c, String sql, Object... args) throws SQLException {
		List<V> out = new ArrayList<>();
		try (PreparedStatement ps = c.prepareStatement(sql)) {
			bind(ps, args);
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					out.add(record(rs));
				}
			}
		}
		return out;
	}

	private V record(ResultSet rs) throws SQLException {
		Object[] values = new Object[columns.size()];
		for (int i = 0; i < values.length; i++) {
			values[i] = get(rs, i + 1, columns.get(i).kind());
		}
		return record(values);
	}

	private static Object get(ResultSet rs, int i, Kind kind) throws SQLException {
		Object v = switch (kind) {
		case LONG -> rs.getLong(i);
		case INT -> rs.getInt(i);
		case TEXT -> rs.getString(i);
		case DATE -> rs.getObject(i, LocalDate.class);
		case TIMESTAMP -> rs.getObject(i, LocalDateTime.class);
		case DECIMAL -> Optional.ofNullable(rs.getBigDecimal(i)).map(BigDecimal::stripTrailingZeros).orElse(null);
		};
		return rs.wasNull() ? null : v;
	}

	// ---- text, for backups --------------------------------------------------------------------

	/** A row as TSV fields: {@code \N} is SQL NULL, text is escaped as in {@link TextLists}. */
	List<String> fields(V value) {
		Object[] row = row(value);
		List<String> out = new ArrayList<>(row.length);
		for (Object v : row) {
			out.add(v == null ? "\\N" : TextLists.escape(v instanceof BigDecimal d ? d.toPlainString() : v.toString()));
		}
		return out;
	}

	V parse(List<String> fields) {
		if (fields.size() != columns.size()) {
			throw new IllegalArgumentException(name + ": expected " + columns.size() + " fields, found " + fields.size());
		}
		Object[] values = new Object[fields.size()];
		for (int i = 0; i < values.length; i++) {
			String f = fields.get(i);
			if (f.equals("\\N")) {
				continue;
			}
			String s = TextLists.unescape(f);
			values[i] = switch (columns.get(i).kind()) {
			case LONG -> Long.parseLong(s);
			case INT -> Integer.parseInt(s);
			case TEXT -> s;
			case DATE -> LocalDate.parse(s);
			case TIMESTAMP -> LocalDateTime.parse(s);
			case DECIMAL -> new BigDecimal(s).stripTrailingZeros();
			};
		}
		return record(values);
	}
}
