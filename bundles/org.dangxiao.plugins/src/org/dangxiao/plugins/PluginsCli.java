package org.dangxiao.plugins;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.dangxiao.model.nls.Nls;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * The command line: {@code plugins list | available REPO | install REPO FEATURE… | uninstall FEATURE… | bundle NAME…}.
 * Lists are tab-separated, one line per feature, so scripts can read them. Exit codes: 0 done (or
 * nothing to do), 1 could not be done, 2 bad arguments, no repository, or no p2 in the program.
 */
public final class PluginsCli {
	public static final int OK = 0, REFUSED = 1, FAILED = 2;

	/** Where the plug-in service comes from; asked only by the commands that need it. */
	@FunctionalInterface
	public interface Source {
		Plugins get() throws PluginException;
	}

	private final Source plugins;
	private final PrintStream out;
	private final PrintStream err;

	public PluginsCli(Source plugins, PrintStream out, PrintStream err) {
		this.plugins = plugins;
		this.out = out;
		this.err = err;
	}

	public int run(List<String> arguments) {
		// the start script may pass its own command word first: dangxiao plugins list
		List<String> args = !arguments.isEmpty() && arguments.get(0).equals("plugins") ? arguments.subList(1, arguments.size())
				: arguments;
		if (args.isEmpty() || List.of("help", "--help", "-h").contains(args.get(0))) {
			out.println(Messages.Cli_USAGE);
			return args.isEmpty() ? FAILED : OK;
		}
		List<String> rest = args.subList(1, args.size());
		try {
			return switch (args.get(0)) {
			case "list" -> list(rest);
			case "available" -> available(rest);
			case "install" -> install(rest);
			case "uninstall" -> uninstall(rest);
			case "bundle" -> bundle(rest);
			default -> usage(Nls.bind(Messages.Cli_UNKNOWN_COMMAND, args.get(0)));
			};
		} catch (PluginException e) {
			err.println(e.getMessage());
			return switch (e.kind()) {
			case REFUSED -> REFUSED;
			case BAD_INPUT, UNAVAILABLE -> FAILED;
			};
		}
	}

	private int usage(String problem) {
		err.println(problem);
		err.println(Messages.Cli_USAGE);
		return FAILED;
	}

	private int list(List<String> args) throws PluginException {
		if (!args.isEmpty()) {
			return usage(Nls.bind(Messages.Cli_UNKNOWN_COMMAND, String.join(" ", args)));
		}
		List<Feature> installed = plugins.get().installed();
		if (installed.isEmpty()) {
			err.println(Messages.Cli_NONE_INSTALLED);
		}
		for (Feature f : installed) {
			out.println(String.join("\t", f.id(), f.version(), f.name(), f.provider(), f.origin().label()));
		}
		return OK;
	}

	private int available(List<String> args) throws PluginException {
		if (args.size() != 1) {
			return usage(Nls.bind(Messages.Cli_MISSING_ARGUMENT, "available"));
		}
		List<Offer> offers = plugins.get().available(Path.of(args.get(0)), new NullProgressMonitor());
		if (offers.isEmpty()) {
			err.println(Nls.bind(Messages.Cli_NOTHING_OFFERED, args.get(0)));
		}
		for (Offer o : offers) {
			Feature f = o.feature();
			String state = o.isInstalled() ? Messages.Cli_OFFER_INSTALLED
					: o.installedVersion().map(v -> Nls.bind(Messages.Cli_OFFER_OTHER_VERSION, v)).orElse(Messages.Cli_OFFER_NEW);
			out.println(String.join("\t", f.id(), f.version(), f.name(), f.provider(), state));
		}
		return OK;
	}

	private int install(List<String> args) throws PluginException {
		if (args.size() < 2) {
			return usage(Nls.bind(Messages.Cli_MISSING_ARGUMENT, "install"));
		}
		Outcome outcome = plugins.get().install(Path.of(args.get(0)), args.subList(1, args.size()), new NullProgressMonitor());
		return report(outcome, Messages.Cli_INSTALLED);
	}

	private int uninstall(List<String> args) throws PluginException {
		if (args.isEmpty()) {
			return usage(Nls.bind(Messages.Cli_MISSING_ARGUMENT, "uninstall"));
		}
		return report(plugins.get().uninstall(args, new NullProgressMonitor()), Messages.Cli_UNINSTALLED);
	}

	private int report(Outcome outcome, String line) {
		if (outcome.changed().isEmpty()) {
			out.println(Messages.Cli_ALREADY_INSTALLED);
			return OK;
		}
		for (Feature f : outcome.changed()) {
			out.println(Nls.bind(line, f.name(), f.version(), f.id()));
		}
		if (outcome.restartNeeded()) {
			out.println(Messages.Cli_RESTART);
		}
		return OK;
	}

	/**
	 * The state of each named plug-in in this very run, which is what "the dropped-in plug-in
	 * resolved" means; 0 when all are resolved, 1 when one is absent or unresolved.
	 */
	private int bundle(List<String> names) {
		if (names.isEmpty()) {
			return usage(Nls.bind(Messages.Cli_MISSING_ARGUMENT, "bundle"));
		}
		Bundle self = FrameworkUtil.getBundle(PluginsCli.class);
		BundleContext context = self == null ? null : self.getBundleContext();
		if (context == null) {
			err.println(Messages.Cli_NOT_IN_OSGI);
			return FAILED;
		}
		int result = OK;
		for (String name : names) {
			Optional<Bundle> found = Arrays.stream(context.getBundles()).filter(b -> name.equals(b.getSymbolicName()))
					.max((a, b) -> a.getVersion().compareTo(b.getVersion()));
			if (found.isEmpty()) {
				err.println(Nls.bind(Messages.Cli_BUNDLE_ABSENT, name));
				result = REFUSED;
				continue;
			}
			Bundle b = found.get();
			out.println(String.join("\t", name, b.getVersion().toString(), state(b.getState())));
			if (b.getState() == Bundle.INSTALLED || b.getState() == Bundle.UNINSTALLED) {
				err.println(Nls.bind(Messages.Cli_BUNDLE_UNRESOLVED, name, b.getVersion()));
				result = REFUSED;
			}
		}
		return result;
	}

	private static String state(int state) {
		return switch (state) {
		case Bundle.INSTALLED -> "INSTALLED";
		case Bundle.RESOLVED -> "RESOLVED";
		case Bundle.STARTING -> "STARTING";
		case Bundle.ACTIVE -> "ACTIVE";
		case Bundle.STOPPING -> "STOPPING";
		default -> "UNINSTALLED";
		};
	}
}
