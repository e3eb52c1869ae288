package org.dangxiao.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

import org.dangxiao.model.nls.Nls;
import org.dangxiao.model.people.StatusHistory;
import org.dangxiao.model.people.StatusPeriod;
import org.dangxiao.model.training.Attendance;
import org.dangxiao.model.training.ClassId;
import org.dangxiao.model.training.Course;
import org.dangxiao.model.training.CourseId;
import org.dangxiao.model.training.Enrollment;
import org.dangxiao.model.training.TrainingClass;

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
						Optional.of(editPerson(now, rebased)));
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
						Optional.of(renameOrganization(now, newName)));
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

	/** A command of {@code label} that runs {@code body}: how plug-ins write a command without a class. */
	public static Command of(String label, java.util.function.Consumer<Changes> body) {
		return new SimpleCommand(label, body);
	}

	// ---- any stored record (see Records) ------------------------------------------------------

	/** Adds a record with a new id: {@code withId} builds it around the id the workspace hands out. */
	public static <V extends Record> Command create(LongFunction<V> withId) {
		return new SimpleCommand(Nls.bind(Messages.Command_ADD, Records.describe(withId.apply(0))), c -> c.put(withId.apply(c.newId())));
	}

	/** Adds a record whose key is its content (a roster line, an attendance record, a status period). */
	public static Command add(Record value) {
		String what = Records.describe(value);
		return new SimpleCommand(Nls.bind(Messages.Command_ADD, what), c -> {
			if (c.get(value.getClass(), Records.key(value)).isPresent()) {
				throw new CommandException(Nls.bind(Messages.Command_ALREADY_EXISTS, what));
			}
			c.put(value);
		});
	}

	/**
	 * Changes a record from {@code seen} to {@code updated}. If someone else changed it meanwhile,
	 * nothing is written and the {@link ConflictException} offers to write {@code updated} over
	 * the current record, once the user has looked at it.
	 */
	public static Command edit(Record seen, Record updated) {
		if (seen.getClass() != updated.getClass() || !Records.key(seen).equals(Records.key(updated))) {
			throw new IllegalArgumentException("not the same record: " + seen + " / " + updated);
		}
		String what = Records.describe(seen);
		return new SimpleCommand(Nls.bind(Messages.Command_EDIT, what), c -> {
			Record now = require(c, seen);
			if (!now.equals(seen)) {
				throw new ConflictException(Nls.bind(Messages.Command_CONFLICT, what), Optional.of(edit(now, updated)));
			}
			c.put(updated);
		});
	}

	/** Removes a record, refusing with a conflict when it changed since the user saw it. */
	public static Command remove(Record seen) {
		String what = Records.describe(seen);
		return new SimpleCommand(Nls.bind(Messages.Command_REMOVE, what), c -> {
			Record now = require(c, seen);
			if (!now.equals(seen)) {
				throw new ConflictException(Nls.bind(Messages.Command_CONFLICT, what), Optional.of(remove(now)));
			}
			c.remove(seen.getClass(), Records.key(seen));
		});
	}

	/** Stores all of {@code values} as one command, undone as one: an import's rows, a generated plan. */
	public static Command putAll(String label, List<? extends Record> values) {
		List<Record> copy = List.copyOf(values);
		return new SimpleCommand(label, c -> copy.forEach(c::put));
	}

	/** Replaces a person's whole status history (在职, 调出, 离开 periods). */
	public static Command setStatusHistory(StatusHistory updated) {
		return new SimpleCommand(Nls.bind(Messages.Command_STATUS_HISTORY, updated.person().value()), c -> {
			requirePerson(c, updated.person());
			for (StatusPeriod p : c.list(StatusPeriod.class, updated.person())) {
				c.remove(StatusPeriod.class, p.key());
			}
			updated.periods().forEach(c::put);
		});
	}

	/** The next 期 of a class: a copy starting on {@code newStart}, with its course schedule moved along. */
	public static Command copyClass(TrainingClass original, String newName, LocalDate newStart) {
		return new SimpleCommand(Nls.bind(Messages.Command_COPY_CLASS, original.name(), newName), c -> {
			TrainingClass template = (TrainingClass) require(c, original);
			TrainingClass copy = template.copyAsTemplate(new ClassId(c.newId()), newName, newStart);
			c.put(copy);
			for (Course course : c.list(Course.class, template.id())) {
				c.put(course.copyFor(new CourseId(c.newId()), template, copy));
			}
		});
	}

	/** Removes a class with its courses, their attendance, and its roster. */
	public static Command removeClass(TrainingClass seen) {
		return new SimpleCommand(Nls.bind(Messages.Command_REMOVE, Records.describe(seen)), c -> {
			require(c, seen);
			for (Course course : c.list(Course.class, seen.id())) {
				for (Attendance a : c.list(Attendance.class, course.id())) {
					c.remove(Attendance.class, a.key());
				}
				c.remove(Course.class, course.id());
			}
			for (Enrollment e : c.list(Enrollment.class, seen.id())) {
				c.remove(Enrollment.class, e.key());
			}
			c.remove(TrainingClass.class, seen.id());
		});
	}

	private static Record require(Changes c, Record seen) {
		return c.get(seen.getClass(), Records.key(seen))
				.orElseThrow(() -> new CommandException(Nls.bind(Messages.Command_UNKNOWN, Records.describe(seen))));
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
