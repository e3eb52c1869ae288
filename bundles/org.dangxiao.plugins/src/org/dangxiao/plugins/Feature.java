package org.dangxiao.plugins;

import java.util.Objects;

/**
 * A feature (or a lone plug-in from the dropins folder) as the user sees it.
 *
 * @param id          the feature's id without p2's {@code .feature.group} suffix, e.g. {@code com.example.qrsignin}
 * @param version     its full version with qualifier
 * @param name        its translated name, or the id when it has none
 * @param provider    who made it; empty when it does not say
 * @param description what it says it does; empty when it does not say
 * @param origin      how it came into the program
 */
public record Feature(String id, String version, String name, String provider, String description, Origin origin) {
	/** How a feature came into the program. */
	public enum Origin {
		/** Installed by 安装插件 or {@code plugins install}: can be uninstalled there. */
		INSTALLED,
		/** Found in the dropins folder at start: removed by deleting its files there. */
		DROPINS,
		/** Offered by a repository, not (yet) in the program. */
		REPOSITORY;

		public String label() {
			return switch (this) {
			case INSTALLED -> Messages.Origin_INSTALLED;
			case DROPINS -> Messages.Origin_DROPINS;
			case REPOSITORY -> Messages.Origin_REPOSITORY;
			};
		}
	}

	public Feature {
		Objects.requireNonNull(id);
		Objects.requireNonNull(version);
		Objects.requireNonNull(name);
		Objects.requireNonNull(provider);
		Objects.requireNonNull(description);
		Objects.requireNonNull(origin);
	}
}
