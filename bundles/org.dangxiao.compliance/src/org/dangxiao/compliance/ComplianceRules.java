package org.dangxiao.compliance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.dangxiao.model.nls.Nls;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

/**
 * The rules of the extension point {@code org.dangxiao.compliance.rules}: checks beside the
 * meeting-frequency rules, each judging organizations for a year (see {@link ComplianceRule}).
 */
public final class ComplianceRules {
	public static final String EXTENSION_POINT = "org.dangxiao.compliance.rules";
	/** The bundle that contributes the built-in rules. */
	public static final String BUNDLE = "org.dangxiao.compliance";

	private ComplianceRules() {
	}

	/**
	 * A contributed rule with what users see of it.
	 *
	 * @param name        short, e.g. 贯彻落实措施按期落实
	 * @param description one sentence on what it checks; may be empty
	 * @param contributor the symbolic name of the bundle that contributed it
	 */
	public record Contributed(String id, String name, String description, String contributor, ComplianceRule rule) {
		public Contributed {
			Objects.requireNonNull(rule, "rule");
			if (id == null || id.isBlank() || name == null || name.isBlank()) {
				throw new IllegalArgumentException("a compliance rule needs an id and a name");
			}
			description = Objects.requireNonNullElse(description, "");
			contributor = Objects.requireNonNullElse(contributor, "");
		}
	}

	/** What running one rule gave. */
	public sealed interface Outcome {
		/** The rule ran; its findings, possibly none. */
		record Checked(List<ComplianceRule.Finding> findings) implements Outcome {
			public Checked {
				findings = List.copyOf(findings);
			}
		}

		/** The rule threw: a sentence naming the rule and what went wrong. */
		record Failed(String message) implements Outcome {
		}
	}

	/**
	 * Every contributed rule, by name then id; the built-in ones when there is no registry (a plain
	 * JVM) or it has not read this bundle's plugin.xml. A contribution whose class cannot be created
	 * is left out and reported on standard error: one broken plug-in must not take the check away.
	 */
	public static List<Contributed> all() {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		IConfigurationElement[] elements = registry == null ? new IConfigurationElement[0]
				: registry.getConfigurationElementsFor(EXTENSION_POINT);
		if (elements.length == 0) {
			return builtIns();
		}
		List<Contributed> out = new ArrayList<>();
		for (IConfigurationElement e : elements) {
			if (!"rule".equals(e.getName())) {
				continue;
			}
			try {
				out.add(new Contributed(e.getAttribute("id"), e.getAttribute("name"), e.getAttribute("description"),
						e.getContributor().getName(), (ComplianceRule) e.createExecutableExtension("class")));
			} catch (CoreException | RuntimeException ex) {
				System.err.println(Nls.bind(Messages.Rules_NOT_LOADED, e.getAttribute("id"), e.getContributor().getName(), ex));
			}
		}
		out.sort(Comparator.comparing(Contributed::name).thenComparing(Contributed::id));
		return List.copyOf(out);
	}

	/** The rules this bundle contributes itself, as its plugin.xml declares them. */
	public static List<Contributed> builtIns() {
		return List.of(new Contributed(OverdueFollowUpsRule.ID, Messages.Rules_FOLLOW_UPS_NAME, Messages.Rules_FOLLOW_UPS_DESCRIPTION,
				BUNDLE, new OverdueFollowUpsRule()));
	}

	/** Runs {@code rule}; what it throws becomes {@link Outcome.Failed}, so the other rules still run. */
	public static Outcome check(Contributed rule, ComplianceRule.Context context) {
		try {
			List<ComplianceRule.Finding> findings = rule.rule().check(context);
			return new Outcome.Checked(findings == null ? List.of() : findings);
		} catch (RuntimeException e) {
			return new Outcome.Failed(Nls.bind(Messages.Rules_FAILED, rule.name(), rule.contributor(), e.toString()));
		}
	}
}
