package org.dangxiao.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.dangxiao.model.Command;
import org.dangxiao.model.CitizenId;
import org.dangxiao.model.OrgId;
import org.dangxiao.model.OrganizationTree;
import org.dangxiao.model.Person;
import org.dangxiao.model.PersonId;
import org.dangxiao.model.Workspace;
import org.dangxiao.model.WorkspaceEvent;
import org.dangxiao.model.WorkspaceSnapshot;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.seed.SeedFiles;
import org.dangxiao.seed.SeedFormatException;
import org.osgi.framework.BundleContext;

/**
 * The {@link Workspace} OSGi service the workbench injects. It opens the folder named by the
 * {@code dangxiao.workspace} property (the start script's --workspace); a missing or damaged
 * folder opens an empty workspace and says why, instead of failing the whole workbench.
 */
public final class WorkspaceComponent implements Workspace {
	public static final String WORKSPACE_PROPERTY = "dangxiao.workspace";

	private Workspace delegate;

	void activate(BundleContext context) {
		delegate = open(Optional.ofNullable(context.getProperty(WORKSPACE_PROPERTY)).filter(s -> !s.isBlank()).map(Path::of));
	}

	/** Opens a workspace folder; never throws, problems end up in {@link #openingProblems()}. */
	public static Workspace open(Optional<Path> folder) {
		if (folder.isEmpty()) {
			return empty(Messages.Store_NO_WORKSPACE);
		}
		Path dir = folder.get().toAbsolutePath().normalize();
		if (!Files.isDirectory(dir)) {
			return empty(Nls.bind(Messages.Store_WORKSPACE_MISSING, dir));
		}
		try {
			return MemoryWorkspace.of(String.valueOf(dir.getFileName()), SeedFiles.read(dir));
		} catch (SeedFormatException | IOException | RuntimeException e) {
			return empty(Nls.bind(Messages.Store_WORKSPACE_DAMAGED, dir, e.getMessage()));
		}
	}

	private static Workspace empty(String problem) {
		return new MemoryWorkspace(Messages.Store_EMPTY_WORKSPACE, new WorkspaceSnapshot(List.of(), List.of()),
				List.of(problem));
	}

	@Override
	public String displayName() {
		return delegate.displayName();
	}

	@Override
	public List<String> openingProblems() {
		return delegate.openingProblems();
	}

	@Override
	public OrganizationTree organizations() {
		return delegate.organizations();
	}

	@Override
	public Optional<Person> person(PersonId id) {
		return delegate.person(id);
	}

	@Override
	public List<Person> peopleIn(OrgId org) {
		return delegate.peopleIn(org);
	}

	@Override
	public List<Person> peopleWithin(OrgId org) {
		return delegate.peopleWithin(org);
	}

	@Override
	public Optional<Person> personByCitizenId(CitizenId id) {
		return delegate.personByCitizenId(id);
	}

	@Override
	public int personCount() {
		return delegate.personCount();
	}

	@Override
	public WorkspaceEvent execute(Command command) {
		return delegate.execute(command);
	}

	@Override
	public UndoHistory history() {
		return delegate.history();
	}

	@Override
	public Subscription subscribe(WorkspaceListener listener) {
		return delegate.subscribe(listener);
	}
}
