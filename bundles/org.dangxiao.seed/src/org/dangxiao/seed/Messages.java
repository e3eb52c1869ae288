package org.dangxiao.seed;

import org.dangxiao.model.nls.Nls;

/** User-visible texts of the seed bundle: problems found in seed files and the seed tool's output. */
public final class Messages {
	public static String SeedFiles_AT_LINE;
	public static String SeedFiles_IN_FILE;
	public static String SeedFiles_MISSING_FILE;
	public static String SeedFiles_NOT_UTF8;
	public static String SeedFiles_WRONG_HEADER;
	public static String SeedFiles_WRONG_COLUMN_COUNT;
	public static String SeedFiles_EMPTY_VALUE;
	public static String SeedFiles_BAD_NUMBER;
	public static String SeedFiles_UNKNOWN_VALUE;
	public static String SeedFiles_ENUM_VALUE;
	public static String SeedFiles_LIST_SEPARATOR;
	public static String SeedFiles_INVALID_CITIZEN_ID;
	public static String SeedFiles_EMPTY_CATEGORY;
	public static String SeedFiles_DUPLICATE_ORGANIZATION_ID;
	public static String SeedFiles_DUPLICATE_PERSON_ID;
	public static String SeedFiles_DUPLICATE_CODE;
	public static String SeedFiles_OWN_PARENT;
	public static String SeedFiles_UNKNOWN_PARENT;
	public static String SeedFiles_SEVERAL_ROOTS;
	public static String SeedFiles_CYCLE;
	public static String SeedFiles_UNKNOWN_ORGANIZATION;
	public static String SeedFiles_DUPLICATE_CITIZEN_ID;
	public static String SeedFiles_UNWRITABLE_VALUE;
	public static String SeedFiles_UNWRITABLE_CATEGORY;
	public static String SeedFiles_DUPLICATE_ID_IN_SNAPSHOT;
	public static String SeedMain_USAGE;
	public static String SeedMain_WROTE;
	public static String SeedMain_BY_TYPE;
	public static String SeedMain_BY_CATEGORY;
	public static String SeedMain_COUNT;
	public static String SeedMain_NO_CATEGORY;
	public static String SeedMain_FAILED;

	static {
		Nls.load(Messages.class);
	}

	private Messages() {
	}
}
