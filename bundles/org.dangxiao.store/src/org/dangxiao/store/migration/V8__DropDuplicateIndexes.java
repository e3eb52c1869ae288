package org.dangxiao.store.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Version 8: on H2, the indexes earlier versions created on foreign-key columns are dropped. H2
 * had already made an index of its own for each foreign key, so every attendance row was written
 * into six indexes where three do (./dx bench import: the commit of 500,000 rows got faster by
 * about a fifth). PostgreSQL makes no such indexes, so there this version changes nothing.
 * Java, because H2 names its constraint indexes itself.
 */
public class V8__DropDuplicateIndexes extends BaseJavaMigration {
	@Override
	public void migrate(Context context) throws Exception {
		Connection c = context.getConnection();
		if (!c.getMetaData().getDatabaseProductName().equals("H2")) {
			return;
		}
		String columns = "SELECT i.TABLE_NAME, i.INDEX_NAME, LISTAGG(k.COLUMN_NAME, ',') WITHIN GROUP (ORDER BY k.ORDINAL_POSITION),"
				+ " EXISTS (SELECT 1 FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS t WHERE t.INDEX_NAME = i.INDEX_NAME AND t.TABLE_SCHEMA = i.TABLE_SCHEMA)"
				+ " FROM INFORMATION_SCHEMA.INDEXES i JOIN INFORMATION_SCHEMA.INDEX_COLUMNS k"
				+ " ON k.INDEX_NAME = i.INDEX_NAME AND k.TABLE_NAME = i.TABLE_NAME AND k.TABLE_SCHEMA = i.TABLE_SCHEMA"
				+ " WHERE i.TABLE_SCHEMA = CURRENT_SCHEMA GROUP BY i.TABLE_NAME, i.INDEX_NAME, i.TABLE_SCHEMA";
		Map<String, List<String>> owned = new HashMap<>();
		List<String[]> free = new ArrayList<>();
		try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(columns)) {
			while (rs.next()) {
				String table = rs.getString(1), index = rs.getString(2), cols = rs.getString(3);
				if (rs.getBoolean(4)) {
					owned.computeIfAbsent(table, t -> new ArrayList<>()).add(cols);
				} else {
					free.add(new String[] { table, index, cols });
				}
			}
		}
		try (Statement st = c.createStatement()) {
			for (String[] f : free) {
				// an index a constraint owns on exactly the same columns already serves every query
				if (owned.getOrDefault(f[0], List.of()).contains(f[2])) {
					st.execute("DROP INDEX \"" + f[1].replace("\"", "\"\"") + "\"");
				}
			}
		}
	}
}
