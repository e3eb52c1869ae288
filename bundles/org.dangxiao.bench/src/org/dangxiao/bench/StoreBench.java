package org.dangxiao.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.dangxiao.model.CitizenId;
import org.dangxiao.model.OrgId;
import org.dangxiao.model.OrgType;
import org.dangxiao.model.Organization;
import org.dangxiao.model.Person;
import org.dangxiao.model.PersonId;
import org.dangxiao.model.WorkspaceSnapshot;
import org.dangxiao.model.training.Coverage;
import org.dangxiao.model.training.ProgramId;
import org.dangxiao.store.Database;
import org.dangxiao.store.JdbcWorkspace;

/**
 * ./dx bench store: a province-sized workspace (500,000 people, 20,000 organizations, 5,000 classes,
 * 5,000,000 attendance rows) on H2 and on PostgreSQL. Prints the load time and the coverage-by-
 * organization query, the latter also as a ratio to a reference measured in the same run on the same
 * data (a full count of the person table), so figures compare across machines.
 * Arguments: h2 FOLDER | postgres URL USER; optional sizes via -Dbench.people etc.
 */
public final class StoreBench {
	static final int PEOPLE = Integer.getInteger("bench.people", 500_000);
	static final int ORGANIZATIONS = Integer.getInteger("bench.organizations", 20_000);
	static final int CLASSES = Integer.getInteger("bench.classes", 5_000);
	static final int COURSES_PER_CLASS = 10;
	static final int REPEAT = 5;

	private StoreBench() {
	}

	public static void main(String[] args) throws Exception {
		Database db = args[0].equals("h2") ? Database.h2(Files.createDirectories(Path.of(args[1]))) : Database.postgres(args[1], args[2], "");
		String name = args[0].equals("h2") ? "H2" : "PostgreSQL";
		long t0 = System.nanoTime();
		WorkspaceSnapshot snapshot = generate();
		long generated = System.nanoTime();
		try (JdbcWorkspace ws = JdbcWorkspace.open(db)) {
			ws.replaceAll(snapshot, "bench");
			long people = System.nanoTime();
			int attendance = loadTraining(db);
			long training = System.nanoTime();

			ProgramId program = new ProgramId(1);
			// a full scan of the person table (no index on post); COUNT(*) alone would come from H2's metadata
			double reference = median(db, () -> count(db, "SELECT COUNT(*) FROM person WHERE post <> 'x'"));
			Map<OrgId, Coverage>[] last = new Map[1];
			double coverage = median(db, () -> last[0] = Coverage.rollUp(ws.organizations(), ws.coverageByOrganization(program)));
			Coverage all = last[0].get(new OrgId(1));
			System.out.printf("%n%s: %,d people, %,d organizations, %,d classes, %,d attendance rows%n", name, ws.personCount(),
					ws.organizations().size(), CLASSES, attendance);
			System.out.printf("  generate in memory             %8.1f s%n", seconds(generated - t0));
			System.out.printf("  load people and organizations  %8.1f s%n", seconds(people - generated));
			System.out.printf("  load classes, enrollments and attendance %8.1f s%n", seconds(training - people));
			System.out.printf("  reference: scan of person      %8.3f s (median of %d)%n", reference, REPEAT);
			System.out.printf("  coverage by organization       %8.3f s (median of %d; query + roll-up of %,d organizations)%n", coverage,
					REPEAT, last[0].size());
			System.out.printf("  coverage / reference           %8.1f×   target: coverage under 1 s -> %s%n", coverage / reference,
					coverage < 1.0 ? "met" : "NOT met");
			System.out.printf("  province-wide coverage         %,d of %,d trained (%.1f%%)%n", all.trained(), all.target(), 100 * all.ratio());
		}
	}

	/** A tree root → 40 counties → 800 townships → villages, and people spread over the villages. */
	static WorkspaceSnapshot generate() {
		Random random = new Random(500_000);
		List<Organization> orgs = new ArrayList<>(ORGANIZATIONS);
		orgs.add(new Organization(new OrgId(1), "P", "示范省委", OrgType.PARTY_COMMITTEE, Optional.empty()));
		long id = 2;
		List<OrgId> towns = new ArrayList<>();
		for (int c = 0; c < 40; c++) {
			OrgId county = new OrgId(id++);
			orgs.add(new Organization(county, "P-" + c, "第" + (c + 1) + "县委", OrgType.PARTY_COMMITTEE, Optional.of(new OrgId(1))));
			for (int t = 0; t < 20; t++) {
				OrgId town = new OrgId(id++);
				orgs.add(new Organization(town, "P-" + c + "-" + t, "第" + (c + 1) + "县第" + (t + 1) + "镇党委", OrgType.PARTY_COMMITTEE,
						Optional.of(county)));
				towns.add(town);
			}
		}
		List<OrgId> villages = new ArrayList<>();
		for (int v = 0; orgs.size() < ORGANIZATIONS; v++) {
			OrgId town = towns.get(v % towns.size());
			OrgId village = new OrgId(id++);
			orgs.add(new Organization(village, "V-" + v, "第" + (v + 1) + "村党支部", OrgType.BRANCH, Optional.of(town)));
			villages.add(village);
		}
		String[] regions = { "652302", "652327", "110105", "440524", "320102", "510104" };
		char[] surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢".toCharArray();
		char[] given = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红玉兰德福文斌海燕春梅晓东宁林波亮飞鹏辉".toCharArray();
		List<Person> people = new ArrayList<>(PEOPLE);
		LocalDate first = LocalDate.of(1960, 1, 1);
		for (int i = 0; i < PEOPLE; i++) {
			// region, birth date and sequence together are unique for every i
			int j = i % 100_000;
			String first17 = regions[i / 100_000 % regions.length] + first.plusDays(j % 15_000).toString().replace("-", "")
					+ String.format("%03d", j / 15_000 * 100 + i / 600_000);
			CitizenId cid = CitizenId.of(first17 + CitizenId.checkCharacter(first17));
			String name = "" + surnames[random.nextInt(surnames.length)] + given[random.nextInt(given.length)]
					+ (random.nextBoolean() ? String.valueOf(given[random.nextInt(given.length)]) : "");
			people.add(new Person(new PersonId(i + 1), name, cid.gender(), "汉族", cid, villages.get(i % villages.size()), "党员",
					Optional.empty(), i % 20 == 0 ? Set.of("新任乡村干部") : Set.of()));
		}
		return new WorkspaceSnapshot(orgs, people);
	}

	/** One program, its classes and courses, everyone enrolled once (70 % completed), 10 attendance rows each, 2 % transferred out. */
	static int loadTraining(Database db) throws SQLException {
		int rows = 0;
		try (Connection c = db.connect()) {
			c.setAutoCommit(false);
			try (Statement st = c.createStatement()) {
				st.execute("INSERT INTO training_program (id, name, program_year, deadline, required_hours)"
						+ " VALUES (1, '全省村干部轮训', 2026, DATE '2026-12-31', 48)");
			}
			batch(c, "INSERT INTO training_class VALUES (?, 1, ?, DATE '2026-03-01', DATE '2026-03-07', '省委党校', 'PARTY_SCHOOL', ?, NULL)",
					CLASSES, (ps, k) -> {
						ps.setLong(1, k + 1);
						ps.setString(2, "第" + (k + 1) + "期");
						ps.setInt(3, PEOPLE / CLASSES + 20);
					});
			LocalDateTime start = LocalDateTime.of(2026, 3, 1, 9, 0);
			batch(c, "INSERT INTO course VALUES (?, ?, ?, '党校教师', ?, ?, 3)", CLASSES * COURSES_PER_CLASS, (ps, k) -> {
				ps.setLong(1, k + 1);
				ps.setLong(2, k / COURSES_PER_CLASS + 1);
				ps.setString(3, "专题课" + (k % COURSES_PER_CLASS + 1));
				ps.setTimestamp(4, Timestamp.valueOf(start.plusHours(k % COURSES_PER_CLASS * 4L)));
				ps.setTimestamp(5, Timestamp.valueOf(start.plusHours(k % COURSES_PER_CLASS * 4L + 3)));
			});
			batch(c, "INSERT INTO enrollment VALUES (?, ?, ?)", PEOPLE, (ps, k) -> {
				ps.setLong(1, k % CLASSES + 1);
				ps.setLong(2, k + 1);
				ps.setString(3, k % 10 < 7 ? "COMPLETED" : "ENROLLED");
			});
			int attendance = PEOPLE * COURSES_PER_CLASS;
			batch(c, "INSERT INTO attendance (person_id, course_id, status, sign_in) VALUES (?, ?, ?, ?)", attendance, (ps, k) -> {
				int person = k / COURSES_PER_CLASS;
				int cls = person % CLASSES;
				ps.setLong(1, person + 1);
				ps.setLong(2, (long) cls * COURSES_PER_CLASS + k % COURSES_PER_CLASS + 1);
				ps.setString(3, k % 17 == 0 ? "ABSENT" : "PRESENT");
				ps.setTimestamp(4, Timestamp.valueOf(start.plusHours(k % COURSES_PER_CLASS * 4L)));
			});
			// one in 50 transferred out before the deadline: the coverage query must drop them
			batch(c, "INSERT INTO status_period (person_id, status, from_date) VALUES (?, 'TRANSFERRED_OUT', DATE '2026-05-01')",
					PEOPLE / 50, (ps, k) -> ps.setLong(1, k * 50L + 1));
			rows += attendance;
			try (Statement st = c.createStatement()) {
				if (db.dialect() == Database.Dialect.POSTGRESQL) {
					st.execute("ANALYZE"); // as a server's autovacuum would, before anyone queries
				}
			}
		}
		return rows;
	}

	@FunctionalInterface
	interface Row {
		void set(PreparedStatement ps, int k) throws SQLException;
	}

	static void batch(Connection c, String sql, int n, Row row) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement(sql)) {
			for (int k = 0; k < n; k++) {
				row.set(ps, k);
				ps.addBatch();
				if ((k + 1) % 10_000 == 0) {
					ps.executeBatch();
				}
				if ((k + 1) % 200_000 == 0) {
					c.commit();
				}
			}
			ps.executeBatch();
			c.commit();
		}
	}

	static long count(Database db, String sql) {
		try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		} catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	interface Work {
		Object run() throws Exception;
	}

	/**
	 * Median seconds of {@link #REPEAT} runs after one warm-up. Before each run a row of person and of
	 * enrollment is updated, as any edit would: H2 otherwise hands back the cached result of an
	 * identical query over unchanged tables, which measures nothing.
	 */
	static double median(Database db, Work work) throws Exception {
		work.run();
		double[] t = new double[REPEAT];
		for (int i = 0; i < REPEAT; i++) {
			try (Connection c = db.connect(); Statement st = c.createStatement()) {
				st.executeUpdate("UPDATE person SET version = version + 1 WHERE id = 1");
				st.executeUpdate("UPDATE enrollment SET status = status WHERE class_id = 1 AND person_id = 1");
			}
			long s = System.nanoTime();
			work.run();
			t[i] = seconds(System.nanoTime() - s);
		}
		Arrays.sort(t);
		return t[REPEAT / 2];
	}

	static double seconds(long nanos) {
		return nanos / 1e9;
	}
}
