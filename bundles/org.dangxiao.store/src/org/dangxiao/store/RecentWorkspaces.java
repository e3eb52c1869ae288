package org.dangxiao.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.dangxiao.model.WorkspaceLocation;

/** The recently opened workspaces, newest first, in a small text file (no passwords in it). */
final class RecentWorkspaces {
	private static final int KEEP = 8;
	private final Path file;

	RecentWorkspaces(Path file) {
		this.file = file;
	}

	static RecentWorkspaces standard() {
		return new RecentWorkspaces(Path.of(System.getProperty("user.home"), ".dangxiao", "recent-workspaces.tsv"));
	}

	List<WorkspaceLocation> list() {
		List<WorkspaceLocation> out = new ArrayList<>();
		try {
			if (!Files.exists(file)) {
				return out;
			}
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				String[] f = line.split("\t");
				try {
					if (f.length == 2 && f[0].equals("folder")) {
						out.add(new WorkspaceLocation.Folder(Path.of(f[1])));
					} else if (f.length == 5 && f[0].equals("server")) {
						out.add(new WorkspaceLocation.Server(f[1], Integer.parseInt(f[2]), f[3], f[4]));
					}
				} catch (RuntimeException skipped) {
					// a line from a hand-edited or damaged file is dropped, the rest still shows
				}
			}
		} catch (IOException e) {
			return out;
		}
		return out;
	}

	void add(WorkspaceLocation location) {
		List<WorkspaceLocation> all = list();
		all.remove(location);
		all.add(0, location);
		List<String> lines = all.stream().limit(KEEP).map(RecentWorkspaces::line).toList();
		try {
			Files.createDirectories(file.getParent());
			Files.write(file, lines, StandardCharsets.UTF_8);
		} catch (IOException ignored) {
			// the list is a convenience; failing to save it must not stop the workspace from opening
		}
	}

	private static String line(WorkspaceLocation l) {
		return switch (l) {
		case WorkspaceLocation.Folder f -> "folder\t" + f.path();
		case WorkspaceLocation.Server s -> "server\t" + s.host() + "\t" + s.port() + "\t" + s.database() + "\t" + s.user();
		};
	}
}
