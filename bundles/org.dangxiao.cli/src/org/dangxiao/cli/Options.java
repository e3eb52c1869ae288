package org.dangxiao.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.dangxiao.model.nls.Nls;

/**
 * The arguments of one command: options with a value ({@code --year 2026} or {@code --year=2026};
 * some may repeat), flags ({@code --yes}) and the rest in order. Anything else starting with
 * {@code --} is refused with a sentence naming it.
 */
final class Options {
	private final Map<String, List<String>> values = new LinkedHashMap<>();
	private final Set<String> flags = new HashSet<>();
	private final List<String> positional = new ArrayList<>();

	private Options() {
	}

	static Options parse(String command, List<String> args, Set<String> valued, Set<String> flagNames) {
		Options o = new Options();
		for (int i = 0; i < args.size(); i++) {
			String a = args.get(i);
			if (!a.startsWith("--") || a.length() == 2) {
				o.positional.add(a);
				continue;
			}
			int eq = a.indexOf('=');
			String name = eq < 0 ? a : a.substring(0, eq);
			if (valued.contains(name)) {
				String value;
				if (eq >= 0) {
					value = a.substring(eq + 1);
				} else if (i + 1 < args.size()) {
					value = args.get(++i);
				} else {
					throw new CliFailure(Nls.bind(Messages.Cli_MISSING_VALUE, name), command);
				}
				o.values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
			} else if (flagNames.contains(name) && eq < 0) {
				o.flags.add(name);
			} else {
				throw new CliFailure(Nls.bind(Messages.Cli_UNKNOWN_OPTION, a), command);
			}
		}
		return o;
	}

	/** The value of an option given at most once. */
	Optional<String> value(String command, String name) {
		List<String> all = values(name);
		if (all.size() > 1) {
			throw new CliFailure(Nls.bind(Messages.Cli_REPEATED_OPTION, name), command);
		}
		return all.stream().findFirst();
	}

	List<String> values(String name) {
		return values.getOrDefault(name, List.of());
	}

	boolean flag(String name) {
		return flags.contains(name);
	}

	List<String> positional() {
		return positional;
	}

	/** The positional arguments, which must be exactly {@code count}. */
	List<String> positional(String command, int count) {
		if (positional.size() > count) {
			throw new CliFailure(Nls.bind(Messages.Cli_UNKNOWN_OPTION, positional.get(count)), command);
		}
		if (positional.size() < count) {
			throw new CliFailure(Messages.Cli_MISSING_ARGUMENT, command);
		}
		return positional;
	}
}
