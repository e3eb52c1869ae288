package org.dangxiao.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dangxiao.imports.AttendanceImport;
import org.dangxiao.imports.ClassContext;
import org.dangxiao.imports.ImportException;
import org.dangxiao.imports.ImportPlan;
import org.dangxiao.imports.Mapping;
import org.dangxiao.imports.MappingTemplates;
import org.dangxiao.imports.PlannedRow;
import org.dangxiao.imports.SheetInfo;
import org.dangxiao.model.CommandException;
import org.dangxiao.model.Workspace;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.model.training.ClassId;
import org.dangxiao.model.training.TrainingClass;

/**
 * The command line: {@code dangxiao import FILE --class ID [--mapping NAME] [--dry-run] [--accept-partial]}.
 * Exit codes: 0 done (or nothing to do), 1 rows were rejected and nothing was written, 2 bad
 * arguments or an unreadable file or workspace.
 */
public final class Cli {
	public static final int OK = 0, REJECTED = 1, FAILED = 2;
	private static final int SHOWN_REJECTED = 50;

	private final Workspace workspace;
	private final PrintStream out;
	private final PrintStream err;

	public Cli(Workspace workspace, PrintStream out, PrintStream err) {
		this.workspace = workspace;
		this.out = out;
		this.err = err;
	}

	public int run(List<String> args) {
		if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("help")) {
			out.println(Messages.Cli_USAGE);
			return args.isEmpty() ? FAILED : OK;
		}
		try {
			return switch (args.get(0)) {
			case "import" -> importFile(args.subList(1, args.size()));
			default -> fail(Nls.bind(Messages.Cli_UNKNOWN_COMMAND, args.get(0)) + "\n" + Messages.Cli_USAGE);
			};
		} catch (ImportException | CommandException | IllegalArgumentException e) {
			return fail(e.getMessage());
		}
	}

	private int fail(String message) {
		err.println(message);
		return FAILED;
	}

	private int importFile(List<String> args) throws ImportException {
		Optional<Path> file = Optional.empty();
		Optional<String> classId = Optional.empty(), mappingName = Optional.empty();
		boolean dryRun = false, acceptPartial = false;
		for (int i = 0; i < args.size(); i++) {
			String a = args.get(i);
			switch (a) {
			case "--class" -> classId = Optional.of(value(args, ++i, a));
			case "--mapping" -> mappingName = Optional.of(value(args, ++i, a));
			case "--dry-run" -> dryRun = true;
			case "--accept-partial" -> acceptPartial = true;
			default -> {
				if (a.startsWith("--") || file.isPresent()) {
					return fail(Nls.bind(Messages.Cli_UNKNOWN_OPTION, a) + "\n" + Messages.Cli_USAGE);
				}
				file = Optional.of(Path.of(a));
			}
			}
		}
		if (file.isEmpty() || classId.isEmpty()) {
			return fail(Messages.Cli_USAGE);
		}
		if (!Files.isRegularFile(file.get())) {
			return fail(Nls.bind(Messages.Cli_NO_FILE, file.get()));
		}
		var inspection = AttendanceImport.inspect(file.get(), Optional.of(workspace)); // an unreadable file is the first thing to say
		TrainingClass k = trainingClass(classId.get());
		Map<String, Mapping> overrides = new HashMap<>();
		if (mappingName.isPresent()) {
			String name = mappingName.get();
			var template = MappingTemplates.named(workspace, name)
					.orElseThrow(() -> new IllegalArgumentException(Nls.bind(Messages.Cli_NO_MAPPING, name)));
			for (SheetInfo s : inspection.sheets()) {
				inspection.mappings().get(s.name()).ifPresent(m -> overrides.put(s.name(), template.applyTo(m)));
			}
		}
		List<SheetInfo> sheets = new ArrayList<>(inspection.defaultSheets());
		if (mappingName.isPresent()) {
			sheets = inspection.sheets().stream().filter(s -> !s.hidden() && overrides.containsKey(s.name())).toList();
		}
		ImportPlan plan = AttendanceImport.plan(workspace, ClassContext.of(workspace, k), inspection, sheets, overrides,
				AttendanceImport.Progress.NONE);
		out.println(file.get().getFileName() + ": " + plan.summary());
		List<PlannedRow> rejected = plan.rejected();
		for (PlannedRow r : rejected.subList(0, Math.min(rejected.size(), SHOWN_REJECTED))) {
			out.println("  " + Nls.bind(Messages.Cli_REJECTED_ROW, r.sheet(), r.row(), r.name(), r.explanation()));
		}
		if (rejected.size() > SHOWN_REJECTED) {
			out.println("  " + Nls.bind(Messages.Cli_MORE_REJECTED, rejected.size() - SHOWN_REJECTED));
		}
		var earlier = plan.earlierImport(workspace);
		if (earlier.isPresent()) {
			out.println(Nls.bind(Messages.Cli_ALREADY_IMPORTED, earlier.get().fileName(), earlier.get().importedBy(), earlier.get().at()));
			return OK;
		}
		if (!rejected.isEmpty() && !acceptPartial) {
			err.println(Messages.Cli_NOT_IMPORTED_REJECTED);
			return REJECTED;
		}
		if (dryRun) {
			out.println(Messages.Cli_DRY_RUN);
			return OK;
		}
		workspace.execute(plan.command(System.getProperty("user.name", "?")));
		out.println(Nls.bind(Messages.Cli_IMPORTED, plan.toWrite().size(), k.name()));
		return OK;
	}

	private TrainingClass trainingClass(String id) {
		List<TrainingClass> all = workspace.list(TrainingClass.class);
		try {
			Optional<TrainingClass> k = workspace.get(TrainingClass.class, new ClassId(Long.parseLong(id.strip())));
			if (k.isPresent()) {
				return k.get();
			}
		} catch (NumberFormatException e) {
			// fall through to the list of classes
		}
		StringBuilder known = new StringBuilder();
		for (TrainingClass c : all) {
			known.append("\n  ").append(c.id().value()).append('\t').append(c.name()).append('\t').append(c.start()).append(" – ").append(c.end());
		}
		throw new IllegalArgumentException(Nls.bind(Messages.Cli_NO_CLASS, id) + (all.isEmpty() ? Messages.Cli_NO_CLASSES : Messages.Cli_CLASSES + known));
	}

	private static String value(List<String> args, int i, String option) {
		if (i >= args.size()) {
			throw new IllegalArgumentException(Nls.bind(Messages.Cli_MISSING_VALUE, option));
		}
		return args.get(i);
	}
}
