package org.dangxiao.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.dangxiao.model.Person;
import org.dangxiao.model.WorkspaceSnapshot;
import org.dangxiao.seed.SeedFiles;
import org.junit.jupiter.api.Test;

/**
 * A child JVM is killed with SIGKILL in the middle of a large command, 20 times per database.
 * After each kill the reopened workspace is exactly as before the command or exactly as after it;
 * every fifth kill comes the moment execute() returns. How many kills after that moment lost the
 * command is printed, not asserted (with H2 2.5.252 a few did; see the README).
 */
abstract class CrashTest {
	static final int ROUNDS = 20;

	static String post(String round) {
		return "第" + round + "轮职务";
	}

	abstract Stores stores();

	abstract List<String> childArguments(Stores stores);

	/** The child's heap; a small one makes H2 write a command's pages out before its commit. */
	String childHeap() {
		return "-Xmx256m";
	}

	@Test
	void killedMidCommandLeavesBeforeOrAfterNeverBetween() throws Exception {
		Stores stores = stores();
		Database db = stores.create();
		WorkspaceSnapshot state;
		try (JdbcWorkspace ws = JdbcWorkspace.open(db)) {
			ws.replaceAll(SeedFiles.read(Path.of(System.getProperty("dangxiao.root"), "seeds", "demo")), "示范数据");
			state = ws.snapshot();
		}
		// round 0 runs to the end and measures how long the command takes, so kills can span it
		Process calibration = child(stores, 0);
		awaitLine(calibration, "RUNNING");
		long started = System.nanoTime();
		awaitLine(calibration, "COMMITTED");
		long commandMillis = Math.max(50, (System.nanoTime() - started) / 1_000_000);
		assertTrue(calibration.waitFor(60, TimeUnit.SECONDS));
		try (JdbcWorkspace reopened = JdbcWorkspace.open(stores.again())) {
			state = reopened.snapshot();
			assertTrue(state.people().stream().allMatch(p -> p.post().equals(post("0"))), "the calibration run committed");
		}
		Random random = new Random(20261121);
		int before = 0;
		int after = 0;
		int returned = 0;
		int lost = 0;
		for (int round = 1; round <= ROUNDS; round++) {
			Process child = child(stores, round);
			awaitLine(child, "RUNNING");
			boolean atReturn = round % 5 == 0;
			java.util.concurrent.atomic.AtomicBoolean committed = new java.util.concurrent.atomic.AtomicBoolean(atReturn);
			if (atReturn) {
				awaitLine(child, "COMMITTED");
			} else {
				// the kill closes the child's output: whether execute() returned is read as it happens
				Thread.ofVirtual().start(() -> {
					try {
						awaitLine(child, "COMMITTED");
						committed.set(true);
					} catch (Throwable killedFirst) {
						// no COMMITTED before the kill
					}
				});
				// anywhere from the start of the command to a little past its commit
				Thread.sleep(random.nextLong(commandMillis * 13 / 10));
			}
			boolean executed = committed.get(); // read before the kill: a line read after it may have come too late
			child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no rollback by the client
			assertTrue(child.waitFor(30, TimeUnit.SECONDS));
			returned += executed ? 1 : 0;

			WorkspaceSnapshot expectedAfter = withAllPosts(state, post(String.valueOf(round)));
			try (JdbcWorkspace reopened = JdbcWorkspace.open(stores.again())) {
				WorkspaceSnapshot now = reopened.snapshot();
				if (now.equals(state)) {
					lost += executed ? 1 : 0;
					before++;
				} else {
					if (!expectedAfter.equals(now)) {
						throw new AssertionError("round " + round + ": neither before nor after the command: " + describe(state, expectedAfter, now));
					}
					after++;
					state = now;
				}
			}
		}
		System.out.printf("%s crash test (%s): command %d ms, %d kills, %d left the state before the command, %d after; %d kills came once execute() had returned, %d of them lost the command%n",
				stores.name(), childHeap(), commandMillis, ROUNDS, before, after, returned, lost);
		assertEquals(ROUNDS, before + after);
		assertTrue(before > 0, "no kill landed inside the command: the test would prove nothing");
	}

	private Process child(Stores stores, int round) throws Exception {
		List<String> cmd = new ArrayList<>(List.of(javaBinary(), childHeap(), "-cp", classpath(), CrashChild.class.getName()));
		cmd.addAll(childArguments(stores));
		cmd.add(String.valueOf(round));
		return new ProcessBuilder(cmd).redirectErrorStream(true).start();
	}

	/** Reads the child's output up to a line starting with {@code marker}; fails with the output if it never comes. */
	private static void awaitLine(Process child, String marker) throws Exception {
		BufferedReader out = child.inputReader(StandardCharsets.UTF_8);
		StringBuilder log = new StringBuilder();
		for (String line; (line = out.readLine()) != null;) {
			log.append(line).append('\n');
			if (line.startsWith(marker)) {
				return;
			}
		}
		throw new AssertionError("the child never printed " + marker + ":\n" + log);
	}

	/** How the reopened state differs, in counts rather than 5,000 records. */
	private static String describe(WorkspaceSnapshot before, WorkspaceSnapshot after, WorkspaceSnapshot now) {
		java.util.Map<String, Long> posts = new java.util.TreeMap<>();
		now.people().forEach(p -> posts.merge(p.post(), 1L, Long::sum));
		return "people before/after/now " + before.people().size() + "/" + after.people().size() + "/" + now.people().size()
				+ ", organizations equal " + before.organizations().equals(now.organizations()) + ", posts now " + posts;
	}

	private static WorkspaceSnapshot withAllPosts(WorkspaceSnapshot s, String post) {
		return new WorkspaceSnapshot(s.organizations(), s.people().stream().map(p -> p.withPost(post)).toList());
	}

	private static String javaBinary() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	/** The child's classpath: the jars or folders the OSGi framework loaded these bundles from. */
	private static String classpath() throws Exception {
		Set<String> entries = new LinkedHashSet<>();
		for (Class<?> c : List.of(CrashChild.class, JdbcWorkspace.class, Person.class, SeedFiles.class, org.dangxiao.text.ChineseText.class,
				Class.forName("com.ibm.icu.text.Transliterator", false, org.dangxiao.text.ChineseText.class.getClassLoader()),
				org.h2.jdbcx.JdbcDataSource.class, org.postgresql.ds.PGSimpleDataSource.class, org.flywaydb.core.Flyway.class,
				// Flyway loads Gson for its checksums; the child has no OSGi, so it comes like the rest
				Class.forName("com.google.gson.Gson", false, org.flywaydb.core.Flyway.class.getClassLoader()))) {
			CodeSource source = c.getProtectionDomain().getCodeSource();
			File file = new File(source.getLocation().toURI());
			entries.add(file.getAbsolutePath());
			// a reactor bundle under test is a folder of classes plus, here, its test classes
			File tests = new File(file.getParentFile(), "test-classes");
			if (file.isDirectory() && tests.isDirectory()) {
				entries.add(tests.getAbsolutePath());
			}
		}
		return String.join(File.pathSeparator, entries);
	}
}
