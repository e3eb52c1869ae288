package org.dangxiao.seed;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.dangxiao.model.OrgType;
import org.dangxiao.model.Organization;
import org.dangxiao.model.WorkspaceSnapshot;
import org.dangxiao.model.nls.Nls;

/** {@code SeedMain <dir>}: writes the demo workspace into {@code dir} and prints what it holds. */
public final class SeedMain {
	private SeedMain() {
	}

	public static void main(String[] args) {
		if (args.length != 1) {
			System.err.println(Messages.SeedMain_USAGE);
			System.exit(2);
		}
		Path dir = Path.of(args[0]).toAbsolutePath().normalize();
		WorkspaceSnapshot demo = DemoWorkspace.generate();
		try {
			SeedFiles.write(demo, dir);
		} catch (IOException | RuntimeException e) {
			System.err.println(Nls.bind(Messages.SeedMain_FAILED, String.valueOf(e.getMessage())));
			System.exit(1);
		}
		report(demo, dir, System.out);
	}

	static void report(WorkspaceSnapshot snapshot, Path dir, PrintStream out) {
		out.println(Nls.bind(Messages.SeedMain_WROTE, dir.toString(), snapshot.organizations().size(),
				snapshot.people().size()));
		out.println(Messages.SeedMain_BY_TYPE);
		Map<OrgType, Long> byType = snapshot.organizations().stream()
				.collect(Collectors.groupingBy(Organization::type, TreeMap::new, Collectors.counting()));
		byType.forEach((type, count) -> out.println(Nls.bind(Messages.SeedMain_COUNT, type.label(), count)));
		out.println(Messages.SeedMain_BY_CATEGORY);
		Map<String, Long> byCategory = snapshot.people().stream()
				.flatMap(p -> p.categories().isEmpty() ? Stream.of(Messages.SeedMain_NO_CATEGORY)
						: p.categories().stream())
				.collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
		byCategory.forEach((category, count) -> out.println(Nls.bind(Messages.SeedMain_COUNT, category, count)));
	}
}
