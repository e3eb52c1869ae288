package org.dangxiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

import org.dangxiao.imports.Sources;
import org.dangxiao.model.CommandException;
import org.dangxiao.model.nls.Nls;
import org.junit.jupiter.api.Test;

/** Help, {@code sources} and the texts: what works without a workspace. */
class CliHelpTest {
	private final ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();

	/** A command line whose workspace cannot be opened: these commands must not need it. */
	private int run(String... args) {
		out.reset();
		err.reset();
		return new Cli(() -> {
			throw new CommandException("工作区打不开");
		}, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), Clock.systemDefaultZone())
				.run(List.of(args));
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void everyCommandHasItsHelp() {
		for (String command : Cli.COMMANDS) {
			assertEquals(Cli.OK, run(command, "--help"), command + ": " + err());
			assertTrue(out().contains(command), command + ": " + out());
			String help = out();
			assertEquals(Cli.OK, run("help", command));
			assertEquals(help, out(), "help " + command + " is " + command + " --help");
			assertTrue(Cli.help(command).matches("(?s).*dangxiao( \\[--workspace [^]]*\\])? " + command + "\\b.*"), command);
		}
		assertEquals(Cli.OK, run("help"));
		Cli.COMMANDS.forEach(c -> assertTrue(out().contains(c), c + " in the usage: " + out()));
		assertEquals(Cli.FAILED, run(), "no command");
		assertEquals(Cli.FAILED, run("frobnicate"));
		assertTrue(err().contains("frobnicate"), err());
	}

	@Test
	void theWorkspaceThatCannotBeOpenedIsASentence() {
		assertEquals(Cli.FAILED, run("check"));
		assertEquals("工作区打不开", err().strip());
		assertEquals(Cli.FAILED, run("backup", "/tmp/x.dxbak"));
		assertFalse(err().contains("Exception"), err());
	}

	@Test
	void sourcesListsTheImportFormatsWithTheirContributors() {
		assertEquals(Cli.OK, run("sources"), err());
		List<Sources.Source> all = Sources.all();
		assertFalse(all.isEmpty());
		for (Sources.Source s : all) {
			assertTrue(out().contains(s.id() + "\t" + s.name() + "\t" + s.priority() + "\t"), s.id() + " in " + out());
		}
		assertTrue(out().contains("org.dangxiao.imports"), "the built-ins' contributor: " + out());
		assertEquals(Cli.FAILED, run("sources", "extra"));
	}

	@Test
	void reportListNeedsNoWorkspace() {
		assertEquals(Cli.OK, run("report", "--list"), err());
		assertEquals(Cli.OK, run("report", "--help"), err());
		assertTrue(out().contains("--param"), out());
	}

	@Test
	void textsAreCompleteInBothLanguages() throws Exception {
		java.util.Set<String> fields = new java.util.TreeSet<>();
		for (java.lang.reflect.Field f : Messages.class.getFields()) {
			fields.add(f.getName());
		}
		for (String file : List.of("messages.properties", "messages_en.properties")) {
			java.util.Properties p = new java.util.Properties();
			try (var in = new java.io.InputStreamReader(Messages.class.getResourceAsStream(file), StandardCharsets.UTF_8)) {
				p.load(in);
			}
			// a key without a field is a text nobody shows any more, or a field name with a typo
			assertEquals(fields, new java.util.TreeSet<>(p.stringPropertyNames()), file);
		}
		java.util.Locale original = java.util.Locale.getDefault();
		try {
			for (java.util.Locale locale : List.of(java.util.Locale.SIMPLIFIED_CHINESE, java.util.Locale.ENGLISH)) {
				java.util.Locale.setDefault(locale);
				Nls.load(Messages.class);
				for (String name : fields) {
					String value = (String) Messages.class.getField(name).get(null);
					assertFalse(value.isBlank() || value.startsWith("!"), locale + " " + name + " = " + value);
				}
				// every help text names its command and the exit codes
				for (String command : Cli.COMMANDS) {
					assertTrue(Cli.help(command).contains("dangxiao") && Cli.help(command).contains(command), locale + " " + command);
				}
			}
			assertTrue(Messages.Cli_USAGE.startsWith("Usage"), "the English file is used for English");
		} finally {
			java.util.Locale.setDefault(original);
			Nls.load(Messages.class);
		}
	}
}
