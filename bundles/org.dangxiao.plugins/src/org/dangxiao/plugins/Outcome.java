package org.dangxiao.plugins;

import java.util.List;

/**
 * What an install or uninstall did.
 *
 * @param changed        the features installed or uninstalled; empty when there was nothing to do
 * @param restartNeeded  true when the change takes effect only after the workbench restarts
 */
public record Outcome(List<Feature> changed, boolean restartNeeded) {
	public Outcome {
		changed = List.copyOf(changed);
	}
}
