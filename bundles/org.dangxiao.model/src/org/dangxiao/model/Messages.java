package org.dangxiao.model;

import org.dangxiao.model.nls.Nls;

/** User-visible texts of the model: names of enum values and validation messages. */
public final class Messages {
	public static String OrgType_PARTY_COMMITTEE;
	public static String OrgType_LEADING_PARTY_GROUP;
	public static String OrgType_WORKING_COMMITTEE;
	public static String OrgType_GENERAL_BRANCH;
	public static String OrgType_BRANCH;
	public static String OrgType_GROUP;
	public static String Gender_MALE;
	public static String Gender_FEMALE;
	public static String CitizenId_WRONG_LENGTH;
	public static String CitizenId_BAD_CHARACTER;
	public static String CitizenId_BAD_REGION;
	public static String CitizenId_IMPOSSIBLE_BIRTH_DATE;
	public static String CitizenId_BAD_CHECK_DIGIT;
	public static String Tree_NO_ROOT;
	public static String Tree_SEVERAL_ROOTS;
	public static String Tree_UNKNOWN_PARENT;
	public static String Tree_CYCLE;
	public static String Tree_DUPLICATE_CODE;
	public static String Tree_PERSON_WITHOUT_ORGANIZATION;
	public static String Tree_DUPLICATE_CITIZEN_ID;
	public static String Tree_ORGANIZATION_NOT_EMPTY;
	public static String Workspace_UNKNOWN_PERSON;
	public static String Workspace_UNKNOWN_ORGANIZATION;
	public static String Command_EDIT_PERSON;
	public static String Command_ADD_PERSON;
	public static String Command_REMOVE_PERSON;
	public static String Command_MOVE_PERSON;
	public static String Command_ADD_ORGANIZATION;
	public static String Command_RENAME_ORGANIZATION;
	public static String Command_MOVE_ORGANIZATION;
	public static String Command_CONFLICT;
	public static String Command_REMOVE_ORGANIZATION;

	public static String Records_DESCRIBE;
	public static String Records_ORGANIZATION;
	public static String Records_PERSON;
	public static String Records_STATUS_PERIOD;
	public static String Records_CONVERSION_TABLE;
	public static String Records_PROGRAM;
	public static String Records_CLASS;
	public static String Records_COURSE;
	public static String Records_ENROLLMENT;
	public static String Records_IMPORT_BATCH;
	public static String Records_ATTENDANCE;
	public static String Records_MATERIAL;
	public static String Records_MEETING;
	public static String Records_PLANNED_MEETING;
	public static String Records_FOLLOW_UP;
	public static String Records_STUDY_PLAN;
	public static String Records_FREQUENCY_RULES;
	public static String Records_SETTING;
	public static String Command_ADD;
	public static String Command_EDIT;
	public static String Command_REMOVE;
	public static String Command_ALREADY_EXISTS;
	public static String Command_UNKNOWN;
	public static String Command_STATUS_HISTORY;
	public static String Command_COPY_CLASS;

	static {
		Nls.load(Messages.class);
	}

	private Messages() {
	}
}
