package org.dangxiao.store.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import org.dangxiao.text.ChineseText;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Version 2: a materialized path per organization (subtree lists become one indexed LIKE) and
 * the pinyin and pinyin initials of every name (the people filter runs in SQL, in windows).
 * Java, because pinyin comes from ICU4J; existing rows are back-filled, so a version-1
 * workspace opens without loss.
 */
public class V2__SubtreePathsAndPinyin extends BaseJavaMigration {
	@Override
	public void migrate(Context context) throws Exception {
		Connection c = context.getConnection();
		try (Statement st = c.createStatement()) {
			st.execute("ALTER TABLE organization ADD COLUMN path VARCHAR(4000)");
			st.execute("ALTER TABLE person ADD COLUMN name_pinyin VARCHAR(600)");
			st.execute("ALTER TABLE person ADD COLUMN name_initials VARCHAR(100)");
		}
		Map<Long, Long> parents = new HashMap<>();
		try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id, parent_id FROM organization")) {
			while (rs.next()) {
				long parent = rs.getLong(2);
				parents.put(rs.getLong(1), rs.wasNull() ? null : parent);
			}
		}
		try (PreparedStatement up = c.prepareStatement("UPDATE organization SET path = ? WHERE id = ?")) {
			for (Long id : parents.keySet()) {
				up.setString(1, path(id, parents));
				up.setLong(2, id);
				up.addBatch();
			}
			up.executeBatch();
		}
		try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id, name FROM person");
				PreparedStatement up = c.prepareStatement("UPDATE person SET name_pinyin = ?, name_initials = ? WHERE id = ?")) {
			int n = 0;
			while (rs.next()) {
				String name = rs.getString(2);
				up.setString(1, ChineseText.pinyin(name));
				up.setString(2, ChineseText.initials(name));
				up.setLong(3, rs.getLong(1));
				up.addBatch();
				if (++n % 1000 == 0) {
					up.executeBatch();
				}
			}
			up.executeBatch();
		}
		try (Statement st = c.createStatement()) {
			st.execute("ALTER TABLE organization ALTER COLUMN path SET NOT NULL");
			st.execute("ALTER TABLE person ALTER COLUMN name_pinyin SET NOT NULL");
			st.execute("ALTER TABLE person ALTER COLUMN name_initials SET NOT NULL");
			st.execute("CREATE INDEX organization_path ON organization (path)");
			st.execute("CREATE INDEX person_pinyin ON person (name_pinyin, name, id)");
			st.execute("CREATE INDEX person_initials ON person (name_initials)");
		}
	}

	/** "/root/…/id/"; a version-1 workspace may hold a broken tree, so loops stop at the first repeat. */
	static String path(long id, Map<Long, Long> parents) {
		StringBuilder path = new StringBuilder("/");
		java.util.Deque<Long> chain = new java.util.ArrayDeque<>();
		java.util.Set<Long> seen = new java.util.HashSet<>();
		for (Long at = id; at != null && seen.add(at); at = parents.get(at)) {
			chain.push(at);
		}
		chain.forEach(x -> path.append(x).append('/'));
		return path.toString();
	}
}
