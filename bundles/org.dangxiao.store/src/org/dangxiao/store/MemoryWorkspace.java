package org.dangxiao.store;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import org.dangxiao.model.Changes;
import org.dangxiao.model.CitizenId;
import org.dangxiao.model.Command;
import org.dangxiao.model.CommandException;
import org.dangxiao.model.OrgId;
import org.dangxiao.model.Organization;
import org.dangxiao.model.OrganizationTree;
import org.dangxiao.model.Person;
import org.dangxiao.model.PersonId;
import org.dangxiao.model.TreeInvariantException;
import org.dangxiao.model.Workspace;
import org.dangxiao.model.WorkspaceEvent;
import org.dangxiao.model.WorkspaceEvent.Kind;
import org.dangxiao.model.WorkspaceSnapshot;
import org.dangxiao.model.nls.Nls;

/**
 * A workspace held in memory. Each command writes straight into the maps while a journal keeps
 * the before-image of every record it touches; a failure restores the journal, success keeps
 * before- and after-images as the undo/redo entry. This is the same journal a database store
 * keeps, so commands do not know which store runs them.
 */
public final class MemoryWorkspace implements Workspace {
	private final String displayName;
	private final List<String> openingProblems;
	private final Map<OrgId, Organization> organizations = new HashMap<>();
	private final Map<PersonId, Person> people = new HashMap<>();
	private final Map<OrgId, TreeSet<PersonId>> peopleByOrg = new HashMap<>();
	private final Map<String, Set<PersonId>> peopleByCitizenId = new HashMap<>();
	private final List<WorkspaceListener> listeners = new CopyOnWriteArrayList<>();
	private final Deque<Edit> undo = new ArrayDeque<>();
	private final Deque<Edit> redo = new ArrayDeque<>();
	private OrganizationTree tree;
	private boolean treeStale;
	private long nextOrgId = 1;
	private long nextPersonId = 1;
	private long sequence;

	/** Before- and after-images of one committed command; an empty Optional means "absent". */
	private record Edit(String label, Map<Object, Optional<Object>> before, Map<Object, Optional<Object>> after) {
	}

	public MemoryWorkspace(String displayName, WorkspaceSnapshot snapshot, List<String> openingProblems) {
		this.displayName = displayName;
		this.openingProblems = List.copyOf(openingProblems);
		snapshot.organizations().forEach(o -> write(o.id(), Optional.of(o)));
		snapshot.people().forEach(p -> write(p.id(), Optional.of(p)));
		tree = OrganizationTree.of(organizations.values());
		checkPeople(people.keySet());
	}

	public static MemoryWorkspace of(String displayName, WorkspaceSnapshot snapshot) {
		return new MemoryWorkspace(displayName, snapshot, List.of());
	}

	@Override
	public String displayName() {
		return displayName;
	}

	@Override
	public List<String> openingProblems() {
		return openingProblems;
	}

	@Override
	public synchronized OrganizationTree organizations() {
		if (treeStale) {
			tree = OrganizationTree.of(organizations.values());
			treeStale = false;
		}
		return tree;
	}

	@Override
	public synchronized Optional<Person> person(PersonId id) {
		return Optional.ofNullable(people.get(id));
	}

	@Override
	public synchronized List<Person> peopleIn(OrgId org) {
		return peopleByOrg.getOrDefault(org, new TreeSet<>()).stream().map(people::get).toList();
	}

	@Override
	public synchronized List<Person> peopleWithin(OrgId org) {
		return organizations().subtree(org).stream().flatMap(o -> peopleIn(o.id()).stream()).toList();
	}

	@Override
	public synchronized Optional<Person> personByCitizenId(CitizenId id) {
		return peopleByCitizenId.getOrDefault(id.value(), Set.of()).stream().findFirst().map(people::get);
	}

	@Override
	public synchronized int personCount() {
		return people.size();
	}

	/** Everything, for backups and tests. */
	public synchronized WorkspaceSnapshot snapshot() {
		return new WorkspaceSnapshot(organizations.values().stream().sorted((a, b) -> a.id().compareTo(b.id())).toList(),
				people.values().stream().sorted((a, b) -> a.id().compareTo(b.id())).toList());
	}

	@Override
	public WorkspaceEvent execute(Command command) {
		WorkspaceEvent event;
		synchronized (this) {
			Transaction tx = new Transaction();
			try {
				command.run(tx);
				organizations(); // rebuilding the tree checks one root, no cycles, known parents
				checkPeople(tx.touchedPeople());
				checkRemovedOrganizationsAreEmpty(tx);
			} catch (RuntimeException e) {
				tx.rollback();
				throw e instanceof CommandException ce ? ce : new CommandException(String.valueOf(e.getMessage()), e);
			}
			if (tx.journal.isEmpty()) {
				return new WorkspaceEvent(sequence, Kind.EXECUTE, command.label(), Set.of(), Set.of());
			}
			Map<Object, Optional<Object>> after = new LinkedHashMap<>();
			tx.journal.keySet().forEach(k -> after.put(k, current(k)));
			undo.push(new Edit(command.label(), tx.journal, after));
			redo.clear();
			event = event(Kind.EXECUTE, command.label(), tx.journal.keySet());
		}
		publish(event);
		return event;
	}

	private final UndoHistory history = new UndoHistory() {
		@Override
		public boolean canUndo() {
			synchronized (MemoryWorkspace.this) {
				return !undo.isEmpty();
			}
		}

		@Override
		public boolean canRedo() {
			synchronized (MemoryWorkspace.this) {
				return !redo.isEmpty();
			}
		}

		@Override
		public Optional<String> undoLabel() {
			synchronized (MemoryWorkspace.this) {
				return Optional.ofNullable(undo.peek()).map(Edit::label);
			}
		}

		@Override
		public Optional<String> redoLabel() {
			synchronized (MemoryWorkspace.this) {
				return Optional.ofNullable(redo.peek()).map(Edit::label);
			}
		}

		@Override
		public List<String> undoLabels() {
			synchronized (MemoryWorkspace.this) {
				return undo.stream().map(Edit::label).toList();
			}
		}

		@Override
		public WorkspaceEvent undo() {
			return replay(undo, redo, Edit::before, Kind.UNDO);
		}

		@Override
		public WorkspaceEvent redo() {
			return replay(redo, undo, Edit::after, Kind.REDO);
		}
	};

	@Override
	public UndoHistory history() {
		return history;
	}

	private WorkspaceEvent replay(Deque<Edit> from, Deque<Edit> to, Function<Edit, Map<Object, Optional<Object>>> images,
			Kind kind) {
		WorkspaceEvent event;
		synchronized (this) {
			Edit edit = from.poll();
			if (edit == null) {
				throw new CommandException(kind == Kind.UNDO ? Messages.Store_NOTHING_TO_UNDO : Messages.Store_NOTHING_TO_REDO);
			}
			images.apply(edit).forEach(this::write);
			to.push(edit);
			event = event(kind, edit.label(), edit.before().keySet());
		}
		publish(event);
		return event;
	}

	@Override
	public Subscription subscribe(WorkspaceListener listener) {
		listeners.add(listener);
		return () -> listeners.remove(listener);
	}

	private WorkspaceEvent event(Kind kind, String label, Set<Object> keys) {
		Set<OrgId> orgs = new HashSet<>();
		Set<PersonId> persons = new HashSet<>();
		for (Object k : keys) {
			if (k instanceof OrgId o) {
				orgs.add(o);
			} else {
				persons.add((PersonId) k);
			}
		}
		return new WorkspaceEvent(++sequence, kind, label, orgs, persons);
	}

	private void publish(WorkspaceEvent event) {
		for (WorkspaceListener l : listeners) {
			try {
				l.changed(event);
			} catch (RuntimeException e) {
				// a broken view must not undo a committed change or silence the other views
				System.err.println("Workspace listener failed: " + e);
				e.printStackTrace();
			}
		}
	}

	private Optional<Object> current(Object key) {
		return Optional.ofNullable(key instanceof OrgId o ? organizations.get(o) : people.get((PersonId) key));
	}

	/** The single place that changes state, so the indexes can never drift from the maps. */
	private void write(Object key, Optional<Object> value) {
		if (key instanceof OrgId id) {
			value.ifPresentOrElse(v -> organizations.put(id, (Organization) v), () -> organizations.remove(id));
			nextOrgId = Math.max(nextOrgId, id.value() + 1);
			treeStale = true;
			return;
		}
		PersonId id = (PersonId) key;
		Person old = people.get(id);
		if (old != null) {
			peopleByOrg.get(old.organization()).remove(id);
			peopleByCitizenId.get(old.citizenId().value()).remove(id);
		}
		value.ifPresentOrElse(v -> {
			Person p = (Person) v;
			people.put(id, p);
			peopleByOrg.computeIfAbsent(p.organization(), k -> new TreeSet<>()).add(id);
			peopleByCitizenId.computeIfAbsent(p.citizenId().value(), k -> new HashSet<>(1)).add(id);
		}, () -> people.remove(id));
		nextPersonId = Math.max(nextPersonId, id.value() + 1);
	}

	private void checkPeople(Set<PersonId> ids) {
		for (PersonId id : ids) {
			Person p = people.get(id);
			if (p == null) {
				continue;
			}
			if (!organizations.containsKey(p.organization())) {
				throw new TreeInvariantException(Nls.bind(org.dangxiao.model.Messages.Tree_PERSON_WITHOUT_ORGANIZATION, p.name()));
			}
			Set<PersonId> same = peopleByCitizenId.get(p.citizenId().value());
			if (same.size() > 1) {
				Person other = same.stream().filter(o -> !o.equals(id)).map(people::get).findFirst().orElseThrow();
				throw new TreeInvariantException(
						Nls.bind(org.dangxiao.model.Messages.Tree_DUPLICATE_CITIZEN_ID, p.citizenId(), other.name()));
			}
		}
	}

	private void checkRemovedOrganizationsAreEmpty(Transaction tx) {
		for (Object k : tx.journal.keySet()) {
			if (k instanceof OrgId id && !organizations.containsKey(id) && !peopleByOrg.getOrDefault(id, new TreeSet<>()).isEmpty()) {
				Organization gone = (Organization) tx.journal.get(k).orElseThrow();
				throw new TreeInvariantException(Nls.bind(org.dangxiao.model.Messages.Tree_ORGANIZATION_NOT_EMPTY, gone.name()));
			}
		}
	}

	private final class Transaction implements Changes {
		final Map<Object, Optional<Object>> journal = new LinkedHashMap<>();

		private void touch(Object key, Optional<Object> value) {
			journal.computeIfAbsent(key, MemoryWorkspace.this::current);
			write(key, value);
		}

		Set<PersonId> touchedPeople() {
			Set<PersonId> ids = new HashSet<>();
			journal.keySet().forEach(k -> {
				if (k instanceof PersonId p) {
					ids.add(p);
				}
			});
			return ids;
		}

		void rollback() {
			List<Map.Entry<Object, Optional<Object>>> entries = new ArrayList<>(journal.entrySet());
			for (int i = entries.size() - 1; i >= 0; i--) {
				write(entries.get(i).getKey(), entries.get(i).getValue());
			}
		}

		@Override
		public void put(Organization organization) {
			touch(organization.id(), Optional.of(organization));
		}

		@Override
		public void remove(OrgId id) {
			touch(id, Optional.empty());
		}

		@Override
		public void put(Person person) {
			touch(person.id(), Optional.of(person));
		}

		@Override
		public void remove(PersonId id) {
			touch(id, Optional.empty());
		}

		@Override
		public OrgId newOrgId() {
			return new OrgId(nextOrgId++);
		}

		@Override
		public PersonId newPersonId() {
			return new PersonId(nextPersonId++);
		}

		@Override
		public OrganizationTree organizations() {
			return MemoryWorkspace.this.organizations();
		}

		@Override
		public Optional<Person> person(PersonId id) {
			return MemoryWorkspace.this.person(id);
		}

		@Override
		public List<Person> peopleIn(OrgId org) {
			return MemoryWorkspace.this.peopleIn(org);
		}

		@Override
		public List<Person> peopleWithin(OrgId org) {
			return MemoryWorkspace.this.peopleWithin(org);
		}

		@Override
		public Optional<Person> personByCitizenId(CitizenId id) {
			return MemoryWorkspace.this.personByCitizenId(id);
		}

		@Override
		public int personCount() {
			return MemoryWorkspace.this.personCount();
		}
	}
}
