package org.dangxiao.plugins;

import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The headless application {@code org.dangxiao.plugins.app}: {@link PluginsCli} on the running
 * product's own p2 agent and profile. Its exit code is the command's.
 */
public final class PluginsApplication implements IApplication {
	@Override
	public Object start(IApplicationContext context) {
		Object args = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		return new PluginsCli(Plugins::running, System.out, System.err).run(args instanceof String[] a ? List.of(a) : List.of());
	}

	@Override
	public void stop() {
		// an operation runs to its end or its error; p2 itself refuses to be cut off halfway
	}
}
