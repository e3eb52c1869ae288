package org.dangxiao.plugins;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Small p2 repositories written by hand, as a build's update site would hold them: a content.xml
 * with a category, a feature group and its bundle (the feature's name translated through p2's
 * df_LT default locale), and an artifacts.xml.
 */
final class TestRepositories {
	static final String FEATURE = "com.example.qrsignin";
	static final String FEATURE_VERSION = "1.2.0.v20260101";
	static final String FEATURE_NAME = "扫码签到导入";

	private TestRepositories() {
	}

	/** A repository with one category holding the feature {@link #FEATURE}, and its bundle. */
	static Path categorized(Path folder) throws IOException {
		return write(folder, List.of(group(FEATURE, FEATURE_VERSION, "%featureName", "示例公司", "读取扫码签到系统导出的文件",
				List.of(FEATURE), "<property name='df_LT.featureName' value='" + FEATURE_NAME + "'/>"),
				bundle(FEATURE, FEATURE_VERSION), category("com.example.category", FEATURE + ".feature.group")));
	}

	/** A repository without categories: the feature outer includes inner; only outer is offered. */
	static Path uncategorized(Path folder) throws IOException {
		return write(folder, List.of(group("com.example.outer", "2.0.0", "Outer", "Example", "", List.of("com.example.inner.feature.group"), ""),
				group("com.example.inner", "2.0.0", "Inner", "Example", "", List.of(), "")));
	}

	static Path write(Path folder, List<String> units) throws IOException {
		Files.createDirectories(folder);
		String content = "<?xml version='1.0' encoding='UTF-8'?>\n<?metadataRepository version='1.2.0'?>\n"
				+ "<repository name='test' type='org.eclipse.equinox.internal.p2.metadata.repository.LocalMetadataRepository' version='1'>\n"
				+ "  <properties size='1'><property name='p2.timestamp' value='1767225600000'/></properties>\n"
				+ "  <units size='" + units.size() + "'>\n" + String.join("\n", units) + "\n  </units>\n</repository>\n";
		Files.writeString(folder.resolve("content.xml"), content, StandardCharsets.UTF_8);
		Files.writeString(folder.resolve("artifacts.xml"), "<?xml version='1.0' encoding='UTF-8'?>\n"
				+ "<?artifactRepository version='1.1.0'?>\n"
				+ "<repository name='test' type='org.eclipse.equinox.p2.artifact.repository.simpleRepository' version='1'>\n"
				+ "  <properties size='1'><property name='p2.timestamp' value='1767225600000'/></properties>\n"
				+ "  <mappings size='1'><rule filter='(&amp; (classifier=osgi.bundle))' output='${repoUrl}/plugins/${id}_${version}.jar'/></mappings>\n"
				+ "  <artifacts size='0'/>\n</repository>\n", StandardCharsets.UTF_8);
		return folder;
	}

	/** A feature's group unit requiring {@code requires} (unit ids; a plain id means a bundle). */
	static String group(String id, String version, String name, String provider, String description, List<String> requires,
			String extraProperties) {
		StringBuilder req = new StringBuilder();
		for (String r : requires) {
			req.append("<required namespace='org.eclipse.equinox.p2.iu' name='").append(r).append("' range='0.0.0'/>");
		}
		return "    <unit id='" + id + ".feature.group' version='" + version + "' singleton='false'>\n"
				+ "      <properties size='5'>"
				+ "<property name='org.eclipse.equinox.p2.name' value='" + name + "'/>"
				+ "<property name='org.eclipse.equinox.p2.provider' value='" + provider + "'/>"
				+ "<property name='org.eclipse.equinox.p2.description' value='" + description + "'/>"
				+ "<property name='org.eclipse.equinox.p2.type.group' value='true'/>" + extraProperties + "</properties>\n"
				+ "      <provides size='1'><provided namespace='org.eclipse.equinox.p2.iu' name='" + id + ".feature.group' version='" + version + "'/></provides>\n"
				+ "      <requires size='" + requires.size() + "'>" + req + "</requires>\n"
				+ "      <touchpoint id='null' version='0.0.0'/>\n    </unit>";
	}

	static String bundle(String id, String version) {
		return "    <unit id='" + id + "' version='" + version + "'>\n"
				+ "      <provides size='2'><provided namespace='org.eclipse.equinox.p2.iu' name='" + id + "' version='" + version + "'/>"
				+ "<provided namespace='osgi.bundle' name='" + id + "' version='" + version + "'/></provides>\n"
				+ "      <artifacts size='1'><artifact classifier='osgi.bundle' id='" + id + "' version='" + version + "'/></artifacts>\n"
				+ "      <touchpoint id='org.eclipse.equinox.p2.osgi' version='1.0.0'/>\n    </unit>";
	}

	static String category(String id, String member) {
		return "    <unit id='" + id + "' version='1.0.0'>\n"
				+ "      <properties size='2'><property name='org.eclipse.equinox.p2.name' value='示例'/>"
				+ "<property name='org.eclipse.equinox.p2.type.category' value='true'/></properties>\n"
				+ "      <provides size='1'><provided namespace='org.eclipse.equinox.p2.iu' name='" + id + "' version='1.0.0'/></provides>\n"
				+ "      <requires size='1'><required namespace='org.eclipse.equinox.p2.iu' name='" + member + "' range='0.0.0'/></requires>\n"
				+ "      <touchpoint id='null' version='0.0.0'/>\n    </unit>";
	}

	/** Zips {@code folder}'s files under {@code prefix} (empty for the zip's root). */
	static Path zip(Path folder, Path zip, String prefix) throws IOException {
		try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out);
				Stream<Path> files = Files.walk(folder)) {
			for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
				z.putNextEntry(new ZipEntry(prefix + folder.relativize(f).toString().replace('\\', '/')));
				Files.copy(f, z);
				z.closeEntry();
			}
		}
		return zip;
	}

	/** The temporary folders LocalRepository unpacks zips into, to check none is left behind. */
	static long unpackedFolders() throws IOException {
		try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
			return s.filter(p -> p.getFileName().toString().startsWith("dangxiao-plugins-")).count();
		}
	}

	/** A sentence for the user: one or more lines of text, no stack trace, no exception class. */
	static void assertSentence(String message) {
		org.junit.jupiter.api.Assertions.assertNotNull(message);
		org.junit.jupiter.api.Assertions.assertFalse(message.isBlank(), "empty message");
		org.junit.jupiter.api.Assertions.assertFalse(message.contains("\tat ") || message.contains("Exception")
				|| message.startsWith("!"), "not a sentence: " + message);
	}
}
