package org.dangxiao.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.dangxiao.model.CommandException;
import org.dangxiao.store.JdbcWorkspace;
import org.dangxiao.store.WorkspaceComponent;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The headless application the start script runs for {@code dangxiao import|check|report|seed|backup|restore|sources|help …};
 * the exit code is {@link Cli}'s. The workspace is opened only when a command needs it.
 */
public final class CliApplication implements IApplication {
	@Override
	public Object start(IApplicationContext context) {
		String[] raw = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS, new String[0]);
		List<String> args = new ArrayList<>(List.of(raw));
		context.applicationRunning();
		// a command's output is its sentences: the libraries' notes (Flyway's banner, POI's fallbacks) stay out of it
		java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.SEVERE);
		try (LazyWorkspace ws = new LazyWorkspace(System.getProperty("dangxiao.workspace", ""))) {
			return new Cli(ws, System.out, System.err, Clock.systemDefaultZone()).run(args);
		}
	}

	@Override
	public void stop() {
		// the command runs to its end or its error; there is nothing to interrupt
	}

	/** Opens the workspace on first use; a workspace that cannot be opened is a sentence, not a stack trace. */
	private static final class LazyWorkspace implements Supplier<JdbcWorkspace>, AutoCloseable {
		private final String folder;
		private Optional<JdbcWorkspace> opened = Optional.empty();

		LazyWorkspace(String folder) {
			this.folder = folder;
		}

		@Override
		public JdbcWorkspace get() {
			if (opened.isEmpty()) {
				if (folder.isBlank()) {
					throw new CommandException(Messages.Cli_NO_WORKSPACE);
				}
				JdbcWorkspace ws = WorkspaceComponent.open(Optional.of(Path.of(folder)), Optional.empty());
				if (!ws.openingProblems().isEmpty()) {
					ws.close();
					throw new CommandException(String.join("\n", ws.openingProblems()));
				}
				opened = Optional.of(ws);
			}
			return opened.get();
		}

		@Override
		public void close() {
			opened.ifPresent(JdbcWorkspace::close);
		}
	}
}
