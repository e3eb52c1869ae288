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

	/**
	 * Stores {@code value}, one of the {@link Records#types()}, replacing the record with its key;
	 * organizations and people go through their own methods above.
	 */
	void put(Record value);

	/** Removes the record of {@code type} with {@code key}; nothing happens when there is none. */
	<V extends Record> void remove(Class<V> type, Object key);

	/** A new id for any record type other than organizations and people; ids never repeat. */
	long newId();

	OrgId newOrgId();

	PersonId newPersonId();
}
