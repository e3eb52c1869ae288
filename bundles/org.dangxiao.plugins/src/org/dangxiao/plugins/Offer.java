package org.dangxiao.plugins;

import java.util.Objects;
import java.util.Optional;

/**
 * A feature a repository offers, and the version of it the program already has, if any (the
 * workbench's own features are in every full update site, and must read as installed there).
 */
public record Offer(Feature feature, Optional<String> installedVersion) {
	public Offer {
		Objects.requireNonNull(feature);
		Objects.requireNonNull(installedVersion);
	}

	/** True when exactly this version is already in the program: installing it changes nothing. */
	public boolean isInstalled() {
		return installedVersion.filter(feature.version()::equals).isPresent();
	}
}
