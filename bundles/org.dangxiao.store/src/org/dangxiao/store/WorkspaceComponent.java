package org.dangxiao.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.dangxiao.model.CitizenId;
import org.dangxiao.model.Command;
import org.dangxiao.model.CommandException;
import org.dangxiao.model.OrgId;
import org.dangxiao.model.OrganizationTree;
import org.dangxiao.model.PeopleQuery;
import org.dangxiao.model.Person;
import org.dangxiao.model.PersonId;
import org.dangxiao.model.Workspace;
import org.dangxiao.model.WorkspaceEvent;
import org.dangxiao.model.WorkspaceLocation;
import org.dangxiao.model.Workspaces;
import org.dangxiao.model.nls.Nls;
import org.dangxiao.seed.SeedFiles;
import org.dangxiao.seed.SeedFormatException;
import org.osgi.framework.BundleContext;

/**
 * The {@link Workspace} OSGi service the workbench injects. It opens the H2 workspace in the
 * folder named by {@code dangxiao.workspace} (created when missing; filled from the seed folder
 * {@code dangxiao.workspace.seed} when new and empty); the default is ~/.dangxiao/workspace. It is
 * also the {@link Workspaces} service that switches to another folder or a PostgreSQL server. When
 * opening fails it opens an empty workspace in memory and says why, instead of failing the workbench.
 */
public final class WorkspaceComponent implements Workspace, Workspaces {
	public static final String WORKSPACE_PROPERTY = "dangxiao.workspace";
	public static final String SEED_PROPERTY = "dangxiao.workspace.seed";

	private final List<WorkspaceListener> listeners = new CopyOnWriteArrayList<>();
	private final RecentWorkspaces recent;
	private final ServerPasswords passwords;
	private volatile JdbcWorkspace delegate;
	private WorkspaceLocation location;
	private Subscription forwarding;
	private long reloads;

	public WorkspaceComponent() {
		this(RecentWorkspaces.standard(), ServerPasswords.standard());
	}

	WorkspaceComponent(RecentWorkspaces recent, ServerPasswords passwords) {
		this.recent = recent;
		this.passwords = passwords;
	}

	void activate(BundleContext context) {
		Optional<Path> folder = property(context, WORKSPACE_PROPERTY).map(Path::of);
		Path defaultFolder = Path.of(System.getProperty("user.home"), ".dangxiao", "workspace");
		WorkspaceLocation.Folder where = new WorkspaceLocation.Folder(folder.orElse(defaultFolder));
		use(open(Optional.of(where.path()), property(context, SEED_PROPERTY).map(Path::of)), where);
	}

	void deactivate() {
		delegate.close();
	}

	/** Makes {@code next} the current workspace; views hear one RELOAD event. */
	synchronized void use(JdbcWorkspace next, WorkspaceLocation where) {
		JdbcWorkspace old = delegate;
		if (forwarding != null) {
			forwarding.close();
		}
		delegate = next;
		location = where;
		forwarding = next.subscribe(e -> listeners.forEach(l -> l.changed(e)));
		if (next.openingProblems().isEmpty()) {
			recent.add(where);
		}
		if (old != null) {
			old.close();
			WorkspaceEvent reload = WorkspaceEvent.everything(++reloads, WorkspaceEvent.Kind.RELOAD, where.label());
			listeners.forEach(l -> l.changed(reload));
		}
	}

	// ---- Workspaces --------------------------------------------------------------------------

	@Override
	public WorkspaceLocation current() {
		return location;
	}

	@Override
	public void openFolder(Path folder) {
		try {
			Files.createDirectories(folder);
		} catch (IOException e) {
			throw new CommandException(Nls.bind(Messages.Store_CANNOT_OPEN, folder, e.getMessage()), e);
		}
		use(JdbcWorkspace.open(Database.h2(folder)), new WorkspaceLocation.Folder(folder));
	}

	@Override
	public void connect(WorkspaceLocation.Server server, String password, boolean remember) {
		String pw = password.isEmpty() ? passwords.recall(server).orElse("") : password;
		JdbcWorkspace ws = JdbcWorkspace.open(Database.postgres(server.jdbcUrl(), server.user(), pw));
		if (remember && !password.isEmpty()) {
			passwords.remember(server, password);
		}
		use(ws, server);
	}

	@Override
	public void open(WorkspaceLocation where) {
		switch (where) {
		case WorkspaceLocation.Folder f -> openFolder(f.path());
		case WorkspaceLocation.Server s -> connect(s, "", false);
		}
	}

	@Override
	public List<WorkspaceLocation> recent() {
		return recent.list().stream().filter(l -> !l.equals(location)).toList();
	}

	@Override
	public boolean hasRememberedPassword(WorkspaceLocation.Server server) {
		return passwords.recall(server).isPresent();
	}

	@Override
	public void backup(Path file) {
		JdbcWorkspace ws = delegate;
		Backups.write(ws.snapshot(), ws.auditRows(), location.label(), file);
	}

	@Override
	public void restore(Path file) {
		Backups.Read read = Backups.read(file);
		delegate.replaceAll(read.snapshot(), Optional.of(read.audit()), Nls.bind(Messages.Backup_RESTORED, file.getFileName()));
	}

	@Override
	public BackupSummary inspect(Path file) {
		return Backups.read(file).summary();
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
	public List<Person> people(java.util.Collection<PersonId> ids) {
		return delegate.people(ids);
	}

	@Override
	public List<org.dangxiao.model.training.RosterEntry> roster(org.dangxiao.model.training.ClassId k) {
		return delegate.roster(k);
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
	public List<org.dangxiao.model.training.CoverageCell> coverageCells(org.dangxiao.model.training.ProgramId program) {
		return delegate.coverageCells(program);
	}


	@Override
	public int countUntrained(org.dangxiao.model.training.ProgramId program, Optional<OrgId> within) {
		return delegate.countUntrained(program, within);
	}

	@Override
	public List<Person> findUntrained(org.dangxiao.model.training.ProgramId program, Optional<OrgId> within, int offset, int limit) {
		return delegate.findUntrained(program, within, offset, limit);
	}

	@Override
	public <V extends Record> Optional<V> get(Class<V> type, Object key) {
		return delegate.get(type, key);
	}

	@Override
	public <V extends Record> List<V> list(Class<V> type) {
		return delegate.list(type);
	}

	@Override
	public <V extends Record> List<V> list(Class<V> type, Object owner) {
		return delegate.list(type, owner);
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
		listeners.add(listener);
		return () -> listeners.remove(listener);
	}
}
