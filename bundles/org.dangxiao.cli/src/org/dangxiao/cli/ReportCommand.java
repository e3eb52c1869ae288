package org.dangxiao.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.dangxiao.model.OrgId;
import org.dangxiao.model.PersonId;
import org.dangxiao.model.WorkspaceView;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.model.training.ClassId;
import org.dangxiao.model.training.ProgramId;
import org.dangxiao.model.training.TrainingClass;
import org.dangxiao.model.training.TrainingProgram;
import org.dangxiao.reports.Arguments;
import org.dangxiao.reports.Parameter;
import org.dangxiao.reports.RegisterExport;
import org.dangxiao.reports.ReportDescriptor;
import org.dangxiao.reports.ReportException;
import org.dangxiao.reports.ReportResult;
import org.dangxiao.reports.Reports;

/**
 * {@code dangxiao report --list}, {@code dangxiao report ID --help} and
 * {@code dangxiao report ID --out FILE.xlsx [--param NAME=VALUE]…}: runs a report of
 * {@code org.dangxiao.reports.definitions} and writes it as an .xlsx register. Everything that can
 * be checked before the report runs is: the id, the output path, every parameter's name, presence
 * and form, and that the program, class, person or organization it names exists.
 */
final class ReportCommand {
	private static final String NAME = "report";

	private final Cli cli;
	private final PrintStream out;

	ReportCommand(Cli cli) {
		this.cli = cli;
		this.out = cli.out();
	}

	int run(List<String> args) {
		Options o = Options.parse(NAME, args, Set.of("--out", "--param"), Set.of("--list", "--help"));
		if (o.flag("--list")) {
			o.positional(NAME, 0);
			return list();
		}
		if (o.positional().isEmpty()) {
			if (o.flag("--help")) {
				out.println(Cli.help(NAME));
				return Cli.OK;
			}
			throw new CliFailure(Messages.Report_NEEDS_ID, NAME);
		}
		String id = o.positional(NAME, 1).get(0);
		ReportDescriptor d = Reports.find(id).orElseThrow(() -> new CliFailure(Nls.bind(Messages.Report_UNKNOWN, id)
				+ "\n" + Messages.Report_SEE_LIST));
		if (o.flag("--help")) {
			describe(d);
			return Cli.OK;
		}
		Path target = out(o.value(NAME, "--out").orElseThrow(() -> new CliFailure(Messages.Report_NEEDS_OUT, NAME)));
		WorkspaceView ws = cli.workspace();
		Arguments arguments = arguments(ws, d, o.values("--param"));
		ReportResult result;
		try {
			result = d.report().run(ws, arguments);
		} catch (ReportException e) {
			throw new CliFailure(e.getMessage());
		} catch (RuntimeException e) {
			// a plug-in's report with a bug: say which one, in one sentence
			throw new CliFailure(Nls.bind(Messages.Report_FAILED, d.name(), d.contributor(), e));
		}
		try {
			RegisterExport.write(result, target);
		} catch (ReportException e) {
			throw new CliFailure(e.getMessage());
		}
		out.println(Nls.bind(Messages.Report_WRITTEN, result.title(), result.rows().size(), target));
		return Cli.OK;
	}

	private int list() {
		List<ReportDescriptor> all = Reports.all();
		out.println(Messages.Report_LIST_HEADER);
		for (ReportDescriptor d : all) {
			out.println(String.join("\t", d.id(), d.name(), d.category()));
		}
		out.println(Nls.bind(Messages.Report_LIST_COUNT, all.size()));
		return Cli.OK;
	}

	private void describe(ReportDescriptor d) {
		out.println(Nls.bind(Messages.Report_DESCRIBE, d.name(), d.id(), d.category(), d.contributor()));
		if (!d.description().isBlank()) {
			out.println(d.description());
		}
		List<Parameter> ps = d.report().parameters();
		out.println(ps.isEmpty() ? Messages.Report_NO_PARAMETERS : Messages.Report_PARAMETERS);
		ps.forEach(p -> out.println("  " + parameter(p)));
		out.println(Nls.bind(Messages.Report_EXAMPLE, d.id(),
				ps.stream().filter(Parameter::required).map(p -> " --param " + p.id() + "=…").collect(Collectors.joining())));
	}

	/** year（年度，年份，必填） */
	private static String parameter(Parameter p) {
		String kind = switch (p.kind()) {
		case PROGRAM -> Messages.Report_KIND_PROGRAM;
		case CLASS -> Messages.Report_KIND_CLASS;
		case PERSON -> Messages.Report_KIND_PERSON;
		case ORGANIZATION -> Messages.Report_KIND_ORGANIZATION;
		case YEAR -> Messages.Report_KIND_YEAR;
		case DATE -> Messages.Report_KIND_DATE;
		case TEXT -> Messages.Report_KIND_TEXT;
		};
		String need = p.required() && p.defaultValue().isEmpty() ? Messages.Report_REQUIRED
				: p.defaultValue().map(v -> Nls.bind(Messages.Report_DEFAULT, v)).orElse(Messages.Report_OPTIONAL);
		return Nls.bind(Messages.Report_PARAMETER, p.id(), p.label(), kind, need);
	}

	/** The output file, checked before the report runs so a long report is not run for nothing. */
	private static Path out(String value) {
		Path p;
		try {
			p = Path.of(value).toAbsolutePath().normalize();
		} catch (InvalidPathException e) {
			throw new CliFailure(Nls.bind(Messages.Report_BAD_OUT, value, e.getReason()));
		}
		if (Files.isDirectory(p)) {
			throw new CliFailure(Nls.bind(Messages.Report_OUT_IS_FOLDER, value));
		}
		if (!p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
			throw new CliFailure(Nls.bind(Messages.Report_OUT_NOT_XLSX, value));
		}
		Path folder = p.getParent();
		if (folder == null || !Files.isDirectory(folder)) {
			throw new CliFailure(Nls.bind(Messages.Report_OUT_NO_FOLDER, value, folder));
		}
		if (!Files.isWritable(folder) || Files.exists(p) && !Files.isWritable(p)) {
			throw new CliFailure(Nls.bind(Messages.Report_OUT_NOT_WRITABLE, value));
		}
		return p;
	}

	/** The --param values by parameter id, checked against the report's parameters and the workspace. */
	private static Arguments arguments(WorkspaceView ws, ReportDescriptor d, List<String> given) {
		List<Parameter> ps = d.report().parameters();
		Map<String, Parameter> byId = new LinkedHashMap<>();
		ps.forEach(p -> byId.put(p.id(), p));
		String known = ps.isEmpty() ? Messages.Report_NO_PARAMETERS
				: Messages.Report_PARAMETERS + ps.stream().map(p -> "\n  " + parameter(p)).collect(Collectors.joining());
		Map<String, String> values = new LinkedHashMap<>();
		for (String g : given) {
			int eq = g.indexOf('=');
			if (eq <= 0) {
				throw new CliFailure(Nls.bind(Messages.Report_BAD_PARAM, g), NAME);
			}
			String name = g.substring(0, eq).strip(), value = g.substring(eq + 1).strip();
			Parameter p = byId.get(name);
			if (p == null) {
				throw new CliFailure(Nls.bind(Messages.Report_UNKNOWN_PARAM, d.id(), name) + "\n" + known);
			}
			if (values.put(name, value) != null) {
				throw new CliFailure(Nls.bind(Messages.Report_REPEATED_PARAM, name));
			}
			if (p.kind() == Parameter.Kind.ORGANIZATION && !value.isEmpty()) {
				// an organization may be named by its code, which users know better than its number
				values.put(name, Long.toString(Cli.organization(ws.organizations(), value, NAME).id().value()));
			}
		}
		Arguments arguments = Arguments.of(values);
		for (Parameter p : ps) {
			try {
				check(ws, p, arguments);
			} catch (ReportException e) {
				throw new CliFailure(e.getMessage() + "\n" + Nls.bind(Messages.Report_PARAM_HINT, p.id(), parameter(p)));
			}
		}
		return arguments;
	}

	/** Reads the value as the report will and checks the record it names exists. */
	private static void check(WorkspaceView ws, Parameter p, Arguments a) throws ReportException {
		boolean needed = p.required();
		switch (p.kind()) {
		case YEAR -> {
			if (needed) {
				a.year(p);
			} else {
				a.optionalYear(p);
			}
		}
		case DATE -> {
			if (needed) {
				a.date(p);
			} else {
				a.optionalDate(p);
			}
		}
		case TEXT -> {
			if (needed) {
				a.requiredText(p);
			}
		}
		case PROGRAM, CLASS, PERSON, ORGANIZATION -> {
			Optional<Long> id = needed ? Optional.of(a.id(p)) : a.optionalId(p);
			if (id.isPresent() && !exists(ws, p.kind(), id.get())) {
				String what = switch (p.kind()) {
				case PROGRAM -> Messages.Report_KIND_PROGRAM;
				case CLASS -> Messages.Report_KIND_CLASS;
				case PERSON -> Messages.Report_KIND_PERSON;
				default -> Messages.Report_KIND_ORGANIZATION;
				};
				throw new ReportException(Nls.bind(Messages.Report_NO_SUCH, what, id.get(), p.id()));
			}
		}
		}
	}

	private static boolean exists(WorkspaceView ws, Parameter.Kind kind, long id) {
		return switch (kind) {
		case PROGRAM -> ws.get(TrainingProgram.class, new ProgramId(id)).isPresent();
		case CLASS -> ws.get(TrainingClass.class, new ClassId(id)).isPresent();
		case PERSON -> ws.person(new PersonId(id)).isPresent();
		case ORGANIZATION -> ws.organizations().contains(new OrgId(id));
		default -> true;
		};
	}
}
