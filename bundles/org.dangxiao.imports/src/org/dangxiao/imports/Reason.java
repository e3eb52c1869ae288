package org.dangxiao.imports;

/** Why a row was not simply accepted. Each has a sentence for the preview and the rejected-rows file. */
public enum Reason {
	/** The 公民身份号码 fails its length, characters, birth date, region or check digit. */
	BAD_CHECKSUM(true),
	/** Nobody in the workspace has this ID number or name; the user may add the person. */
	UNKNOWN_PERSON(true),
	/** The same person and course appeared earlier in the file. */
	DUPLICATE_ROW(true),
	/** The person is not on the class roster. */
	NOT_ENROLLED(true),
	/** The sign-in or sign-out falls outside the class's dates. */
	OUTSIDE_CLASS_DATES(true),
	/** The status word is not one the program knows. */
	UNKNOWN_STATUS(true),
	/** The ID number was stored as a number (1.1E+17) and lost digits; the person was found by name. */
	DAMAGED_ID(false),
	/** Several people have this name; the user must choose. */
	AMBIGUOUS_NAME(true),
	/** No course of the class fits the row's day, half-day or time. */
	NO_COURSE(true),
	/** The row has neither a name nor an ID number. */
	NO_PERSON(true),
	/** A sign-in or sign-out cell is not a time. */
	BAD_TIME(true),
	/** The ID number belongs to someone whose name differs from the row's. */
	NAME_MISMATCH(false),
	/** Others in the workspace share the name; the row was matched to the one on the class roster. */
	SHARED_NAME(false),
	/** Neither a status nor a sign-in time: counted as absent. */
	BLANK_AS_ABSENT(false);

	private final boolean rejects;

	Reason(boolean rejects) {
		this.rejects = rejects;
	}

	/** True for reasons that keep the row out of the import; the others are warnings. */
	public boolean rejects() {
		return rejects;
	}

	public String label() {
		return Messages.label(this);
	}
}
