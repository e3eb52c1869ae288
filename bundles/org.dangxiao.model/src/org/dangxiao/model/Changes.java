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

	/**
	 * Stores many records of one type at once, as {@link #put(Record)} would one by one: how an
	 * import writes its rows. The workspace may write them in batches and keep a lean journal, so
	 * {@code values} should be a list that builds its elements on demand when it is large; it is
	 * kept, unchanged, for redo.
	 */
	default void putAll(java.util.List<? extends Record> values) {
		putAll(values, written -> {
		});
	}

	/**
	 * {@link #putAll(java.util.List)}, telling {@code written} now and then how many of
	 * {@code values} are stored so far, the last time all of them: what a progress bar counts.
	 */
	default void putAll(java.util.List<? extends Record> values, java.util.function.IntConsumer written) {
		for (int i = 0; i < values.size(); i++) {
			put(values.get(i));
			if ((i + 1) % 1000 == 0 || i + 1 == values.size()) {
				written.accept(i + 1);
			}
		}
	}

	/** Removes the record of {@code type} with {@code key}; nothing happens when there is none. */
	<V extends Record> void remove(Class<V> type, Object key);

	/** A new id for any record type other than organizations and people; ids never repeat. */
	long newId();

	OrgId newOrgId();

	PersonId newPersonId();
}
