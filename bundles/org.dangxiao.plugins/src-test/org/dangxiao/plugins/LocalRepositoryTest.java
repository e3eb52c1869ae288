package org.dangxiao.plugins;

import static org.dangxiao.plugins.TestRepositories.assertSentence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.dangxiao.plugins.PluginException.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What counts as a repository on disk, and the sentences for what does not; no p2 needed. */
class LocalRepositoryTest {
	@TempDir
	Path dir;

	@Test
	void aRepositoryFolderIsReadInPlace() throws Exception {
		Path repo = TestRepositories.categorized(dir.resolve("site"));
		try (LocalRepository local = LocalRepository.open(repo)) {
			assertEquals(repo, local.folder());
			assertEquals(repo.toUri(), local.location());
		}
		assertTrue(Files.exists(repo.resolve("content.xml")), "closing must not touch a folder the user chose");
	}

	@Test
	void aFolderHoldingOneRepositoryMeansThatRepository() throws Exception {
		// the build's target folder, say, with repository/ in it
		Path repo = TestRepositories.categorized(dir.resolve("target/repository"));
		Files.createDirectories(dir.resolve("target/classes"));
		try (LocalRepository local = LocalRepository.open(dir.resolve("target"))) {
			assertEquals(repo, local.folder());
		}
	}

	@Test
	void aFolderHoldingTwoRepositoriesIsNotGuessed() throws Exception {
		TestRepositories.categorized(dir.resolve("both/a"));
		TestRepositories.categorized(dir.resolve("both/b"));
		PluginException e = assertThrows(PluginException.class, () -> LocalRepository.open(dir.resolve("both")));
		assertEquals(Kind.BAD_INPUT, e.kind());
	}

	@Test
	void aFolderWithoutRepositorySaysWhatToChoose() throws Exception {
		Path folder = Files.createDirectories(dir.resolve("documents"));
		Files.writeString(folder.resolve("readme.txt"), "hello");
		PluginException e = assertThrows(PluginException.class, () -> LocalRepository.open(folder));
		assertEquals(Kind.BAD_INPUT, e.kind());
		assertSentence(e.getMessage());
		assertTrue(e.getMessage().contains(folder.toString()), e.getMessage());
		assertTrue(e.getMessage().contains("content.jar"), "says what a repository folder holds: " + e.getMessage());
	}

	@Test
	void aMissingPathIsNamed() {
		Path missing = dir.resolve("nowhere");
		PluginException e = assertThrows(PluginException.class, () -> LocalRepository.open(missing));
		assertEquals(Kind.BAD_INPUT, e.kind());
		assertSentence(e.getMessage());
		assertTrue(e.getMessage().contains(missing.toString()));
	}

	@Test
	void aFileThatIsNoZipIsRefused() throws Exception {
		Path text = Files.writeString(dir.resolve("notes.txt"), "not a repository");
		PluginException e = assertThrows(PluginException.class, () -> LocalRepository.open(text));
		assertEquals(Kind.BAD_INPUT, e.kind());
		assertSentence(e.getMessage());
		assertTrue(e.getMessage().contains(text.toString()));
		assertFalse(e.getMessage().equals(brokenZipMessage(dir)), "a text file is not called a damaged zip");
	}

	@Test
	void aZipNamedFileThatIsNoZipIsCalledDamaged() throws Exception {
		Path png = Files.write(dir.resolve("site.zip"), new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10 });
		PluginException e = assertThrows(PluginException.class, () -> LocalRepository.open(png));
		assertEquals(Kind.BAD_INPUT, e.kind());
		assertSentence(e.getMessage());
		assertTrue(e.getMessage().contains(png.toString()));
	}

	@Test
	void aTruncatedZipIsCalledDamagedAndLeavesNothingBehind() throws Exception {
		long before = TestRepositories.unpackedFolders();
		Path zip = TestRepositories.zip(TestRepositories.categorized(dir.resolve("site")), dir.resolve("site.zip"), "");
		byte[] bytes = Files.readAllBytes(zip);
		Path truncated = Files.write(dir.resolve("truncated.zip"), Arrays.copyOf(bytes, bytes.length / 2));
		PluginException e = assertThrows(PluginException.class, () -> LocalRepository.open(truncated));
		assertEquals(Kind.BAD_INPUT, e.kind());
		assertSentence(e.getMessage());
		assertEquals(before, TestRepositories.unpackedFolders());
	}

	@Test
	void aZipWithoutRepositoryIsRefusedAndLeavesNothingBehind() throws Exception {
		long before = TestRepositories.unpackedFolders();
		Path folder = Files.createDirectories(dir.resolve("photos"));
		Files.writeString(folder.resolve("a.txt"), "a");
		Path zip = TestRepositories.zip(folder, dir.resolve("photos.zip"), "");
		PluginException e = assertThrows(PluginException.class, () -> LocalRepository.open(zip));
		assertEquals(Kind.BAD_INPUT, e.kind());
		assertSentence(e.getMessage());
		assertTrue(e.getMessage().contains(zip.toString()));
		assertEquals(before, TestRepositories.unpackedFolders());
	}

	@Test
	void aZipEntryPointingOutsideIsRefusedBeforeWriting() throws Exception {
		Path zip = dir.resolve("evil.zip");
		try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
			z.putNextEntry(new ZipEntry("content.xml"));
			z.write("<repository/>".getBytes());
			z.closeEntry();
			z.putNextEntry(new ZipEntry("../../dangxiao-escaped.txt"));
			z.write("x".getBytes());
			z.closeEntry();
		}
		PluginException e = assertThrows(PluginException.class, () -> LocalRepository.open(zip));
		assertEquals(Kind.BAD_INPUT, e.kind());
		assertTrue(e.getMessage().contains("../../dangxiao-escaped.txt"), e.getMessage());
		assertFalse(Files.exists(Path.of(System.getProperty("java.io.tmpdir")).getParent().resolve("dangxiao-escaped.txt")));
	}

	@Test
	void aZippedRepositoryIsUnpackedAndDeletedOnClose() throws Exception {
		long before = TestRepositories.unpackedFolders();
		// zipped with its folder, as zipping "repository" in a file manager does
		Path zip = TestRepositories.zip(TestRepositories.categorized(dir.resolve("site")), dir.resolve("site.zip"), "repository/");
		Path unpacked;
		try (LocalRepository local = LocalRepository.open(zip)) {
			unpacked = local.folder();
			assertTrue(Files.isRegularFile(unpacked.resolve("content.xml")));
			assertEquals("repository", unpacked.getFileName().toString());
			assertEquals(zip, local.chosen());
		}
		assertFalse(Files.exists(unpacked));
		assertEquals(before, TestRepositories.unpackedFolders());
	}

	private static String brokenZipMessage(Path dir) throws IOException {
		try {
			LocalRepository.open(Files.write(dir.resolve("x.zip"), new byte[] { 1, 2, 3, 4 }));
			return "";
		} catch (PluginException e) {
			return e.getMessage().replace(dir.resolve("x.zip").toString(), dir.resolve("notes.txt").toString());
		}
	}
}
