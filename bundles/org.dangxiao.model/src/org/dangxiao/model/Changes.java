package org.dangxiao.model;

/**
 * The view a running {@link Command} has of its transaction: reads see its own earlier writes.
 * The workspace checks every invariant when the command returns; {@link #organizations()} itself
 * throws {@link TreeInvariantException} if asked while the command's writes break the tree.
 */
public interface Changes extends WorkspaceView {
	void put(Organization organization);

	void remove(OrgId id);

	void put(Person person);

	void remove(PersonId id);

	OrgId newOrgId();

	PersonId newPersonId();
}
