package org.dangxiao.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.dangxiao.imports.AttendanceImport;
import org.dangxiao.imports.ClassContext;
import org.dangxiao.imports.ImportException;
import org.dangxiao.imports.ImportPlan;
import org.dangxiao.imports.Mapping;
import org.dangxiao.imports.MappingTemplates;
import org.dangxiao.imports.PlannedRow;
import org.dangxiao.imports.SheetInfo;
import org.dangxiao.imports.Sources;
import org.dangxiao.model.CommandException;
import org.dangxiao.model.OrgId;
import org.dangxiao.model.Organization;
import org.dangxiao.model.OrganizationTree;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.model.training.ClassId;
import org.dangxiao.model.training.TrainingClass;
import org.dangxiao.store.JdbcWorkspace;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

/**
 * The command line, {@code dangxiao COMMAND …}:
 * <ul>
 * <li>{@code import FILE --class ID [--mapping NAME] [--dry-run] [--accept-partial]} attendance;</li>
 * <li>{@code check [--year YYYY] [--org ID|CODE] [--limit N] [--rules]} the meeting-frequency rules and
 * every rule of {@code org.dangxiao.compliance.rules};</li>
 * <li>{@code report --list} and {@code report ID --out FILE.xlsx [--param NAME=VALUE]…};</li>
 * <li>{@code seed DIR} fills an empty workspace; {@code backup FILE} and {@code restore FILE [--yes]};</li>
 * <li>{@code sources} lists the import formats; {@code help [COMMAND]} or {@code COMMAND --help}.</li>
 * </ul>
 * Exit codes, the same for every command: 0 done (or nothing to do); 1 the data is not as it
 * should be — {@code import}: rows were rejected and nothing was written; {@code check}: something is
 * 未达标; 2 bad arguments, an unreadable file, folder or workspace, a report or rule that failed, or a
 * refusal ({@code restore} without {@code --yes}, {@code seed} into a workspace that has data). Every
 * failure says why in one sentence on standard error.
 */
public final class Cli {
	public static final int OK = 0, REJECTED = 1, FAILED = 2;
	/** {@code check}'s exit code when something is 未达标; the same as {@link #REJECTED}. */
	public static final int MISSED = REJECTED;
	static final List<String> COMMANDS = List.of("import", "check", "report", "seed", "backup", "restore", "sources");
	private static final int SHOWN_REJECTED = 50;

	private final Supplier<JdbcWorkspace> workspace;
	private final PrintStream out;
	private final PrintStream err;
	private final Clock clock;

	public Cli(JdbcWorkspace workspace, PrintStream out, PrintStream err) {
		this(() -> workspace, out, err, Clock.systemDefaultZone());
	}

	/**
	 * @param workspace opened on first use only, so {@code --help}, {@code sources} and {@code report --list}
	 *                  work while the workbench holds the workspace; it may throw {@link CommandException}
	 *                  with a sentence when the workspace cannot be opened
	 * @param clock     what today is for {@code check}
	 */
	public Cli(Supplier<JdbcWorkspace> workspace, PrintStream out, PrintStream err, Clock clock) {
		this.workspace = workspace;
		this.out = out;
		this.err = err;
		this.clock = clock;
	}

	public int run(List<String> args) {
		if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("help")) {
			if (args.size() > 1 && COMMANDS.contains(args.get(1))) {
				out.println(help(args.get(1)));
				return OK;
			}
			out.println(Messages.Cli_USAGE);
			return args.isEmpty() ? FAILED : OK;
		}
		String command = args.get(0);
		List<String> rest = args.subList(1, args.size());
		try {
			if (COMMANDS.contains(command) && rest.contains("--help") && !command.equals("report")) {
				out.println(help(command));
				return OK;
			}
			return switch (command) {
			case "import" -> importFile(rest);
			case "check" -> new CheckCommand(this).run(rest);
			case "report" -> new ReportCommand(this).run(rest);
			case "seed" -> WorkspaceCommands.seed(this, rest);
			case "backup" -> WorkspaceCommands.backup(this, rest);
			case "restore" -> WorkspaceCommands.restore(this, rest);
			case "sources" -> sources(rest);
			default -> fail(Nls.bind(Messages.Cli_UNKNOWN_COMMAND, command) + "\n" + Messages.Cli_USAGE);
			};
		} catch (CliFailure e) {
			return fail(e.getMessage() + (e.command().isEmpty() ? "" : "\n" + Nls.bind(Messages.Cli_SEE_HELP, e.command())));
		} catch (ImportException | CommandException | IllegalArgumentException e) {
			return fail(e.getMessage());
		} catch (RuntimeException e) {
			// a bug or a broken plug-in: still one sentence, with what the exception says
			return fail(Nls.bind(Messages.Cli_INTERNAL_ERROR, command, e));
		}
	}

	/** The usage text of one command. */
	static String help(String command) {
		return switch (command) {
		case "import" -> Messages.Cli_HELP_IMPORT;
		case "check" -> Messages.Cli_HELP_CHECK;
		case "report" -> Messages.Cli_HELP_REPORT;
		case "seed" -> Messages.Cli_HELP_SEED;
		case "backup" -> Messages.Cli_HELP_BACKUP;
		case "restore" -> Messages.Cli_HELP_RESTORE;
		case "sources" -> Messages.Cli_HELP_SOURCES;
		default -> Messages.Cli_USAGE;
		};
	}

	int fail(String message) {
		err.println(message);
		return FAILED;
	}

	JdbcWorkspace workspace() {
		return workspace.get();
	}

	PrintStream out() {
		return out;
	}

	PrintStream err() {
		return err;
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	/** The organization with this id or this code (组织代码), or a sentence saying there is none. */
	static Organization organization(OrganizationTree tree, String idOrCode, String command) {
		String s = idOrCode.strip();
		if (s.matches("\\d{1,18}")) {
			Optional<Organization> byId = tree.get(new OrgId(Long.parseLong(s)));
			if (byId.isPresent()) {
				return byId.get();
			}
		}
		return tree.all().stream().filter(o -> o.code().equals(s)).findFirst()
				.orElseThrow(() -> new CliFailure(Nls.bind(Messages.Cli_NO_ORGANIZATION, s), command));
	}

	/** 第一党支部（01-01-01）: names repeat across a province, codes do not. */
	static String organizationLabel(OrganizationTree tree, OrgId id) {
		return tree.get(id).map(o -> Nls.bind(Messages.Cli_ORGANIZATION, o.name(), o.code()))
				.orElseGet(() -> Nls.bind(Messages.Cli_UNKNOWN_ORGANIZATION, id.value()));
	}

	// ---- sources -------------------------------------------------------------------------------

	private int sources(List<String> args) {
		Options.parse("sources", args, Set.of(), Set.of()).positional("sources", 0);
		Map<String, String> contributors = new HashMap<>();
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		if (registry != null) {
			for (IConfigurationElement e : registry.getConfigurationElementsFor(Sources.EXTENSION_POINT)) {
				contributors.put(e.getAttribute("id"), e.getContributor().getName());
			}
		}
		List<Sources.Source> all = Sources.all();
		out.println(Messages.Cli_SOURCES_HEADER);
		for (Sources.Source s : all) {
			// outside OSGi the built-ins come from the imports bundle itself
			String by = contributors.getOrDefault(s.id(), contributors.isEmpty() ? "org.dangxiao.imports" : "?");
			out.println(String.join("\t", s.id(), s.name(), Integer.toString(s.priority()), by));
		}
		out.println(Nls.bind(Messages.Cli_SOURCES_COUNT, all.size()));
		return OK;
	}

	// ---- import --------------------------------------------------------------------------------

	private int importFile(List<String> args) throws ImportException {
		Options o = Options.parse("import", args, Set.of("--class", "--mapping"), Set.of("--dry-run", "--accept-partial"));
		if (o.positional().isEmpty() || o.value("import", "--class").isEmpty()) {
			throw new CliFailure(Messages.Cli_IMPORT_NEEDS_FILE_AND_CLASS, "import");
		}
		Path file = Path.of(o.positional("import", 1).get(0));
		String classId = o.value("import", "--class").get();
		Optional<String> mappingName = o.value("import", "--mapping");
		boolean dryRun = o.flag("--dry-run"), acceptPartial = o.flag("--accept-partial");
		if (!Files.isRegularFile(file)) {
			return fail(Nls.bind(Messages.Cli_NO_FILE, file));
		}
		JdbcWorkspace workspace = workspace();
		var inspection = AttendanceImport.inspect(file, Optional.of(workspace)); // an unreadable file is the first thing to say
		TrainingClass k = trainingClass(workspace, classId);
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
		out.println(file.getFileName() + ": " + plan.summary());
		List<PlannedRow> rejected = plan.rejected();
		list(rejected, Messages.Cli_REJECTED_ROW, Messages.Cli_MORE_REJECTED);
		// warned rows are written: say which and why, so that a guess is seen before it counts
		list(plan.warned(), Messages.Cli_WARNED_ROW, Messages.Cli_MORE_WARNED);
		var earlier = plan.earlierImport(workspace);
		if (earlier.isPresent()) {
			String when = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(earlier.get().at().atZone(clock.getZone()));
			out.println(Nls.bind(Messages.Cli_ALREADY_IMPORTED, earlier.get().fileName(), earlier.get().importedBy(), when));
			return OK;
		}
		int replacing = plan.replacing(workspace);
		if (replacing > 0) {
			out.println(Nls.bind(Messages.Cli_REPLACING, replacing));
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

	/** The first rows with their reasons, then how many more there are. */
	private void list(List<PlannedRow> rows, String rowMessage, String moreMessage) {
		for (PlannedRow r : rows.subList(0, Math.min(rows.size(), SHOWN_REJECTED))) {
			// a row of a two-row header is two records, one per half-day: say which
			String who = r.session().map(s -> Nls.bind(Messages.Cli_WHO_AT, r.name(), s.label())).orElse(r.name());
			out.println("  " + Nls.bind(rowMessage, r.sheet(), r.row(), who, r.explanation()));
		}
		if (rows.size() > SHOWN_REJECTED) {
			out.println("  " + Nls.bind(moreMessage, rows.size() - SHOWN_REJECTED));
		}
	}

	private static TrainingClass trainingClass(JdbcWorkspace workspace, String id) {
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
}
