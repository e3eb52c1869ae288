package org.dangxiao.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.dangxiao.store.JdbcWorkspace;
import org.dangxiao.store.WorkspaceComponent;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The headless application the start script runs for {@code dangxiao import …}; the exit code is {@link Cli}'s. */
public final class CliApplication implements IApplication {
	@Override
	public Object start(IApplicationContext context) {
		String[] raw = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS, new String[0]);
		List<String> args = new ArrayList<>(List.of(raw));
		context.applicationRunning();
		String folder = System.getProperty("dangxiao.workspace", "");
		if (folder.isBlank()) {
			System.err.println(Messages.Cli_NO_WORKSPACE);
			return Cli.FAILED;
		}
		try (JdbcWorkspace ws = WorkspaceComponent.open(Optional.of(Path.of(folder)), Optional.empty())) {
			if (!ws.openingProblems().isEmpty()) {
				ws.openingProblems().forEach(System.err::println);
				return Cli.FAILED;
			}
			return new Cli(ws, System.out, System.err).run(args);
		}
	}

	@Override
	public void stop() {
		// the command runs to its end or its error; there is nothing to interrupt
	}
}
