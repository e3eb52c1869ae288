package org.dangxiao.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.dangxiao.model.nls.Nls;
import org.dangxiao.plugins.PluginException.Kind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The command line's arguments, messages and exit codes; the p2 side is {@link RepositoryReadingTest}'s. */
class PluginsCliTest {
	private static Locale original;
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeAll
	static void chinese() {
		original = Locale.getDefault();
		Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
		Nls.load(Messages.class);
	}

	@AfterAll
	static void restoreLocale() {
		Locale.setDefault(original);
		Nls.load(Messages.class);
	}

	private int run(PluginsCli.Source source, String... args) {
		return new PluginsCli(source, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8)).run(List.of(args));
	}

	private static PluginsCli.Source failing(Kind kind, String message) {
		return () -> {
			throw new PluginException(kind, message);
		};
	}

	private static PluginsCli.Source unused() {
		return () -> {
			throw new AssertionError("the command must not need p2");
		};
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void noArgumentsPrintsTheUsageAndFails() {
		assertEquals(PluginsCli.FAILED, run(unused()));
		assertTrue(out().startsWith("用法："), out());
	}

	@Test
	void helpSucceedsWithOrWithoutTheCommandWord() {
		assertEquals(PluginsCli.OK, run(unused(), "help"));
		assertEquals(PluginsCli.OK, run(unused(), "plugins", "--help"));
		assertTrue(out().contains("plugins install"));
	}

	@Test
	void anUnknownCommandIsNamed() {
		assertEquals(PluginsCli.FAILED, run(unused(), "plugins", "frobnicate"));
		assertTrue(err().startsWith("未知命令“frobnicate”。"), err());
	}

	@Test
	void missingArgumentsAreRefusedBeforeP2IsAsked() {
		assertEquals(PluginsCli.FAILED, run(unused(), "install", "/tmp/site"));
		assertEquals(PluginsCli.FAILED, run(unused(), "uninstall"));
		assertEquals(PluginsCli.FAILED, run(unused(), "available"));
		assertEquals(PluginsCli.FAILED, run(unused(), "list", "extra"));
		assertTrue(err().contains("“install”缺少参数。"), err());
	}

	@Test
	void withoutP2TheSentenceIsPrintedAndTheExitCodeIsTwo() {
		assertEquals(PluginsCli.FAILED, run(failing(Kind.UNAVAILABLE, Messages.Plugins_NO_AGENT), "plugins", "list"));
		assertEquals(Messages.Plugins_NO_AGENT + System.lineSeparator(), err());
		assertEquals("", out());
	}

	@Test
	void aRefusalExitsWithOne() {
		assertEquals(PluginsCli.REFUSED, run(failing(Kind.REFUSED, "无法安装所选功能，程序保持原样。"), "uninstall", "com.example.qr"));
		assertTrue(err().startsWith("无法安装所选功能"), err());
	}

	@Test
	void badInputExitsWithTwo() {
		assertEquals(PluginsCli.FAILED, run(failing(Kind.BAD_INPUT, "“x”不是插件仓库"), "available", "x"));
	}

	@Test
	void aBundleOfThisRunIsFoundAndAMissingOneIsNot() {
		// the test runs inside OSGi (tycho-surefire), where the framework itself is a bundle
		assertEquals(PluginsCli.OK, run(unused(), "bundle", "org.eclipse.osgi"));
		assertTrue(out().startsWith("org.eclipse.osgi\t"), out());
		assertTrue(out().strip().endsWith("ACTIVE"), out());
		assertEquals(PluginsCli.REFUSED, run(unused(), "bundle", "com.example.absent"));
		assertTrue(err().contains("本次运行中没有插件“com.example.absent”。"), err());
	}
}
