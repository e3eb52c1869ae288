package org.dangxiao.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.dangxiao.model.OrgType;
import org.dangxiao.model.Organization;
import org.dangxiao.model.WorkspaceSnapshot;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.seed.SeedFiles;
import org.dangxiao.store.Database;
import org.dangxiao.store.JdbcWorkspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real H2 workspace holding the demo seed (486 organizations, 4,763 people), a command line on it
 * whose today is {@link #TODAY}, and its output captured.
 */
abstract class CliFixture {
	static final Path ROOT = Path.of(System.getProperty("dangxiao.root"));
	static final Path DEMO = ROOT.resolve("seeds/demo");
	static final LocalDate TODAY = LocalDate.of(2024, 6, 10);
	@TempDir
	Path dir;
	JdbcWorkspace ws;
	final ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();

	private final Locale original = Locale.getDefault();

	/**
	 * The texts of the command line and of everything whose words it prints, in {@code locale}: the
	 * tests read Simplified Chinese, whatever the machine's language.
	 */
	static void reload(Locale locale) {
		Locale.setDefault(locale);
		for (Class<?> messages : List.of(Messages.class, org.dangxiao.compliance.Messages.class, org.dangxiao.model.Messages.class,
				org.dangxiao.model.study.Messages.class, org.dangxiao.model.rules.Messages.class, org.dangxiao.store.Messages.class,
				org.dangxiao.seed.Messages.class, org.dangxiao.imports.Messages.class, org.dangxiao.reports.Messages.class,
				org.dangxiao.reports.builtin.Messages.class)) {
			Nls.load(messages);
		}
	}

	@BeforeEach
	void workspace() throws Exception {
		reload(Locale.SIMPLIFIED_CHINESE);
		ws = open("ws");
		ws.replaceAll(SeedFiles.read(DEMO), "示范数据");
	}

	JdbcWorkspace open(String folder) throws Exception {
		return JdbcWorkspace.open(Database.h2(Files.createDirectories(dir.resolve(folder))));
	}

	@AfterEach
	void close() {
		ws.close();
		reload(original);
	}

	int run(String... args) {
		return run(ws, args);
	}

	int run(JdbcWorkspace on, String... args) {
		out.reset();
		err.reset();
		Clock clock = Clock.fixed(TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
		return new Cli(() -> on, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), clock)
				.run(List.of(args));
	}

	String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	/** Both streams, for assertion messages. */
	String both() {
		return out() + "\n--- stderr ---\n" + err();
	}

	/** A 党支部 of the demo with nothing but 党小组 below it, so only its own rules apply in its subtree. */
	Organization branch() {
		var tree = ws.organizations();
		return tree.all().stream().filter(o -> o.type() == OrgType.BRANCH)
				.filter(o -> tree.children(o.id()).stream().allMatch(c -> c.type() == OrgType.GROUP))
				.min(java.util.Comparator.comparing(Organization::code)).orElseThrow();
	}

	WorkspaceSnapshot snapshot() {
		return ws.snapshot();
	}
}
