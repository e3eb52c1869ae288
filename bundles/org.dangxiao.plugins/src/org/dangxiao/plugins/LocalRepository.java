package org.dangxiao.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.dangxiao.model.nls.Nls;
import org.dangxiao.plugins.PluginException.Kind;

/**
 * A p2 repository on this computer, as a folder p2 reads with plain file access: the folder chosen,
 * or a zip unpacked into a temporary folder that {@link #close} deletes. Unpacking rather than
 * handing p2 a {@code jar:file:…!/} address keeps p2's network transport out of the way entirely:
 * p2 reads {@code file:} repositories, metadata and artifacts alike, without it.
 */
final class LocalRepository implements AutoCloseable {
	/** The files that make a folder a p2 metadata repository (simple or composite). */
	static final List<String> INDEX_FILES = List.of("content.jar", "content.xml", "content.xml.xz",
			"compositeContent.jar", "compositeContent.xml");
	/** An update site of plug-ins is megabytes; this much unpacked is no update site but a zip bomb. */
	static final long MAX_UNPACKED_BYTES = 1L << 30;
	static final int MAX_ENTRIES = 50_000;

	private final Path chosen;
	private final Path folder;
	private final Optional<Path> unpacked;

	private LocalRepository(Path chosen, Path folder, Optional<Path> unpacked) {
		this.chosen = chosen;
		this.folder = folder;
		this.unpacked = unpacked;
	}

	/** What the user chose, for sentences. */
	Path chosen() {
		return chosen;
	}

	/** The folder p2 reads. */
	Path folder() {
		return folder;
	}

	/** The folder's {@code file:} address, as p2 knows it. */
	URI location() {
		return folder.toUri();
	}

	/**
	 * Opens {@code path}: a repository folder, a folder with exactly one repository folder in it
	 * (the build's {@code target} folder, say), or a zip of either.
	 */
	static LocalRepository open(Path path) throws PluginException {
		Path chosen = path.toAbsolutePath().normalize();
		if (!Files.exists(chosen)) {
			throw new PluginException(Kind.BAD_INPUT, Nls.bind(Messages.Repository_NOT_FOUND, chosen));
		}
		if (Files.isDirectory(chosen)) {
			Path folder = repositoryIn(chosen).orElseThrow(
					() -> new PluginException(Kind.BAD_INPUT, Nls.bind(Messages.Repository_NOT_A_REPOSITORY, chosen)));
			return new LocalRepository(chosen, folder, Optional.empty());
		}
		if (!looksLikeZip(chosen)) {
			String name = chosen.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
			throw new PluginException(Kind.BAD_INPUT, Nls.bind(
					name.endsWith(".zip") ? Messages.Repository_BROKEN_ZIP : Messages.Repository_NOT_A_ZIP, chosen));
		}
		Path temp;
		try {
			temp = Files.createTempDirectory("dangxiao-plugins-");
		} catch (IOException e) {
			throw new PluginException(Kind.REFUSED, Nls.bind(Messages.Repository_NO_TEMP, String.valueOf(e.getMessage())));
		}
		try {
			unzip(chosen, temp);
			Path folder = repositoryIn(temp).orElseThrow(
					() -> new PluginException(Kind.BAD_INPUT, Nls.bind(Messages.Repository_ZIP_NOT_A_REPOSITORY, chosen)));
			return new LocalRepository(chosen, folder, Optional.of(temp));
		} catch (PluginException | RuntimeException e) {
			delete(temp);
			throw e;
		}
	}

	/** The folder itself when it holds a repository, else its only sub-folder that does. */
	static Optional<Path> repositoryIn(Path folder) {
		if (isRepository(folder)) {
			return Optional.of(folder);
		}
		List<Path> found = new ArrayList<>();
		try (DirectoryStream<Path> children = Files.newDirectoryStream(folder, Files::isDirectory)) {
			for (Path child : children) {
				if (isRepository(child)) {
					found.add(child);
				}
			}
		} catch (IOException e) {
			return Optional.empty();
		}
		// two repositories side by side: which one was meant is not ours to guess
		return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
	}

	static boolean isRepository(Path folder) {
		return INDEX_FILES.stream().anyMatch(f -> Files.isRegularFile(folder.resolve(f)));
	}

	/** By content, not name: a zip renamed .jar or saved without extension still opens. */
	private static boolean looksLikeZip(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			byte[] head = in.readNBytes(4);
			return head.length == 4 && head[0] == 'P' && head[1] == 'K'
					&& ((head[2] == 3 && head[3] == 4) || (head[2] == 5 && head[3] == 6));
		} catch (IOException e) {
			return false;
		}
	}

	private static void unzip(Path zip, Path into) throws PluginException {
		long total = 0;
		int entries = 0;
		byte[] buffer = new byte[64 * 1024];
		try (ZipFile file = new ZipFile(zip.toFile())) {
			Enumeration<? extends ZipEntry> all = file.entries();
			while (all.hasMoreElements()) {
				ZipEntry entry = all.nextElement();
				if (++entries > MAX_ENTRIES) {
					throw new PluginException(Kind.BAD_INPUT, Nls.bind(Messages.Repository_ZIP_TOO_LARGE, zip,
							MAX_UNPACKED_BYTES >> 20));
				}
				Path target = into.resolve(entry.getName()).normalize();
				// an entry such as ../../.bashrc would write outside the folder (zip slip)
				if (!target.startsWith(into) || (target.equals(into) && !entry.isDirectory())) {
					throw new PluginException(Kind.BAD_INPUT, Nls.bind(Messages.Repository_ZIP_UNSAFE, zip, entry.getName()));
				}
				if (entry.isDirectory()) {
					Files.createDirectories(target);
					continue;
				}
				Files.createDirectories(target.getParent());
				try (InputStream in = file.getInputStream(entry); OutputStream out = Files.newOutputStream(target)) {
					int n;
					while ((n = in.read(buffer)) > 0) {
						total += n;
						if (total > MAX_UNPACKED_BYTES) {
							throw new PluginException(Kind.BAD_INPUT, Nls.bind(Messages.Repository_ZIP_TOO_LARGE, zip,
									MAX_UNPACKED_BYTES >> 20));
						}
						out.write(buffer, 0, n);
					}
				}
			}
		} catch (ZipException e) {
			throw new PluginException(Kind.BAD_INPUT, Nls.bind(Messages.Repository_BROKEN_ZIP, zip));
		} catch (IOException e) {
			throw new PluginException(Kind.BAD_INPUT, Nls.bind(Messages.Repository_UNREADABLE_FILE, zip,
					String.valueOf(e.getMessage())));
		}
	}

	@Override
	public void close() {
		unpacked.ifPresent(LocalRepository::delete);
	}

	/** Best effort: a file left in the temporary folder is no reason to fail an install that succeeded. */
	static void delete(Path folder) {
		try {
			Files.walkFileTree(folder, new SimpleFileVisitor<>() {
				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
					Files.deleteIfExists(file);
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
					Files.deleteIfExists(dir);
					return FileVisitResult.CONTINUE;
				}
			});
		} catch (IOException e) {
			// see above
		}
	}
}
