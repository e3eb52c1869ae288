package org.dangxiao.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dangxiao.model.CitizenId;
import org.dangxiao.model.Command;
import org.dangxiao.model.OrgId;
import org.dangxiao.model.OrganizationTree;
import org.dangxiao.model.PeopleQuery;
import org.dangxiao.model.Person;
import org.dangxiao.model.PersonId;
import org.dangxiao.model.Workspace;
import org.dangxiao.model.WorkspaceEvent;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.seed.SeedFiles;
import org.dangxiao.seed.SeedFormatException;
import org.osgi.framework.BundleContext;

/**
 * The {@link Workspace} OSGi service the workbench injects. It opens the H2 workspace in the
 * folder named by {@code dangxiao.workspace} (created when missing; filled from the seed folder
 * {@code dangxiao.workspace.seed} when new and empty), or the PostgreSQL server named by
 * {@code dangxiao.server.url}. When that fails it opens an empty workspace in memory and says why,
 * instead of failing the whole workbench.
 */
public final class WorkspaceComponent implements Workspace {
	public static final String WORKSPACE_PROPERTY = "dangxiao.workspace";
	public static final String SEED_PROPERTY = "dangxiao.workspace.seed";
	public static final String SERVER_URL_PROPERTY = "dangxiao.server.url";
	public static final String SERVER_USER_PROPERTY = "dangxiao.server.user";

	private JdbcWorkspace delegate;

	void activate(BundleContext context) {
		Optional<String> server = property(context, SERVER_URL_PROPERTY);
		if (server.isPresent()) {
			delegate = openServer(server.get(), property(context, SERVER_USER_PROPERTY).orElse(System.getProperty("user.name")),
					Optional.ofNullable(System.getenv("DANGXIAO_SERVER_PASSWORD")).orElse(""));
		} else {
			delegate = open(property(context, WORKSPACE_PROPERTY).map(Path::of), property(context, SEED_PROPERTY).map(Path::of));
		}
	}

	void deactivate() {
		delegate.close();
	}

	private static Optional<String> property(BundleContext context, String key) {
		return Optional.ofNullable(context.getProperty(key)).filter(s -> !s.isBlank());
	}

	/** Opens (or creates) the H2 workspace in {@code folder}; never throws, problems end up in {@link #openingProblems()}. */
	public static JdbcWorkspace open(Optional<Path> folder, Optional<Path> seed) {
		if (folder.isEmpty()) {
			return empty(Messages.Store_NO_WORKSPACE);
		}
		Path dir = folder.get().toAbsolutePath().normalize();
		try {
			Files.createDirectories(dir);
			JdbcWorkspace ws = JdbcWorkspace.open(Database.h2(dir));
			if (seed.isPresent() && ws.organizations().size() == 0 && ws.personCount() == 0) {
				ws.replaceAll(SeedFiles.read(seed.get()), Messages.Store_DEMO_DATA);
			}
			return ws;
		} catch (SeedFormatException | IOException | RuntimeException e) {
			return empty(Nls.bind(Messages.Store_WORKSPACE_DAMAGED, dir, e.getMessage()));
		}
	}

	public static JdbcWorkspace openServer(String url, String user, String password) {
		try {
			return JdbcWorkspace.open(Database.postgres(url, user, password));
		} catch (RuntimeException e) {
			return empty(Nls.bind(Messages.Store_WORKSPACE_DAMAGED, url, e.getMessage()));
		}
	}

	/** An empty workspace in memory (H2 mem), so the workbench still opens and can say what went wrong. */
	private static JdbcWorkspace empty(String problem) {
		return JdbcWorkspace.open(Database.h2Memory(Messages.Store_EMPTY_WORKSPACE), List.of(problem));
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
	public int countPeople(PeopleQuery query) {
		return delegate.countPeople(query);
	}

	@Override
	public List<Person> findPeople(PeopleQuery query, int offset, int limit) {
		return delegate.findPeople(query, offset, limit);
	}

	@Override
	public Map<OrgId, Integer> peopleCountByOrganization() {
		return delegate.peopleCountByOrganization();
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
