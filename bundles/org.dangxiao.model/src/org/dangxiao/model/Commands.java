package org.dangxiao.model;

import org.dangxiao.model.nls.Nls;

/** The built-in edits of organizations and people. */
public final class Commands {
	private Commands() {
	}

	/**
	 * Changes a person from {@code seen} (what the user was looking at) to {@code updated}. If
	 * someone else changed the person meanwhile, nothing is written and the
	 * {@link ConflictException} carries the user's changes applied to the current data.
	 */
	public static Command editPerson(Person seen, Person updated) {
		if (!seen.id().equals(updated.id())) {
			throw new IllegalArgumentException("not the same person: " + seen.id() + " / " + updated.id());
		}
		return new SimpleCommand(Nls.bind(Messages.Command_EDIT_PERSON, seen.name()), c -> {
			Person now = requirePerson(c, seen.id());
			if (!now.equals(seen)) {
				Person rebased = rebase(seen, updated, now);
				throw new ConflictException(Nls.bind(Messages.Command_CONFLICT, seen.name()),
						java.util.Optional.of(editPerson(now, rebased)));
			}
			c.put(updated);
		});
	}

	/** The fields the user changed from {@code seen} to {@code updated}, applied to {@code now}. */
	static Person rebase(Person seen, Person updated, Person now) {
		return new Person(now.id(), pick(seen.name(), updated.name(), now.name()),
				pick(seen.gender(), updated.gender(), now.gender()), pick(seen.ethnicity(), updated.ethnicity(), now.ethnicity()),
				pick(seen.citizenId(), updated.citizenId(), now.citizenId()),
				pick(seen.organization(), updated.organization(), now.organization()), pick(seen.post(), updated.post(), now.post()),
				pick(seen.rank(), updated.rank(), now.rank()), pick(seen.categories(), updated.categories(), now.categories()));
	}

	private static <T> T pick(T seen, T updated, T now) {
		return seen.equals(updated) ? now : updated;
	}

	/** Adds a person; {@code draft}'s id is replaced by a new one. */
	public static Command addPerson(Person draft) {
		return new SimpleCommand(Nls.bind(Messages.Command_ADD_PERSON, draft.name()), c -> c.put(
				new Person(c.newPersonId(), draft.name(), draft.gender(), draft.ethnicity(), draft.citizenId(),
						draft.organization(), draft.post(), draft.rank(), draft.categories())));
	}

	public static Command removePerson(Person person) {
		return new SimpleCommand(Nls.bind(Messages.Command_REMOVE_PERSON, person.name()), c -> {
			requirePerson(c, person.id());
			c.remove(person.id());
		});
	}

	public static Command movePerson(Person person, Organization to) {
		return new SimpleCommand(Nls.bind(Messages.Command_MOVE_PERSON, person.name(), to.name()),
				c -> c.put(requirePerson(c, person.id()).withOrganization(to.id())));
	}

	/** Adds an organization; {@code draft}'s id is replaced by a new one. */
	public static Command addOrganization(Organization draft) {
		return new SimpleCommand(Nls.bind(Messages.Command_ADD_ORGANIZATION, draft.name()),
				c -> c.put(new Organization(c.newOrgId(), draft.code(), draft.name(), draft.type(), draft.parent())));
	}

	public static Command renameOrganization(Organization org, String newName) {
		return new SimpleCommand(Nls.bind(Messages.Command_RENAME_ORGANIZATION, org.name(), newName), c -> {
			Organization now = requireOrganization(c, org.id());
			if (!now.name().equals(org.name())) {
				throw new ConflictException(Nls.bind(Messages.Command_CONFLICT, org.name()),
						java.util.Optional.of(renameOrganization(now, newName)));
			}
			c.put(now.withName(newName));
		});
	}

	/** Moves an organization below another; the workspace refuses cycles. */
	public static Command moveOrganization(Organization org, Organization newParent) {
		return new SimpleCommand(Nls.bind(Messages.Command_MOVE_ORGANIZATION, org.name(), newParent.name()),
				c -> c.put(requireOrganization(c, org.id()).withParent(newParent.id())));
	}

	/** Removes an empty organization (no sub-organizations, no people). */
	public static Command removeOrganization(Organization org) {
		return new SimpleCommand(Nls.bind(Messages.Command_REMOVE_ORGANIZATION, org.name()), c -> {
			requireOrganization(c, org.id());
			if (!c.organizations().children(org.id()).isEmpty() || !c.peopleIn(org.id()).isEmpty()) {
				throw new CommandException(Nls.bind(Messages.Tree_ORGANIZATION_NOT_EMPTY, org.name()));
			}
			c.remove(org.id());
		});
	}

	private static Person requirePerson(Changes c, PersonId id) {
		return c.person(id).orElseThrow(() -> new CommandException(Nls.bind(Messages.Workspace_UNKNOWN_PERSON, id.value())));
	}

	private static Organization requireOrganization(Changes c, OrgId id) {
		return c.organizations().get(id)
				.orElseThrow(() -> new CommandException(Nls.bind(Messages.Workspace_UNKNOWN_ORGANIZATION, id.value())));
	}

	private record SimpleCommand(String label, java.util.function.Consumer<Changes> body) implements Command {
		@Override
		public void run(Changes changes) {
			body.accept(changes);
		}
	}
}
