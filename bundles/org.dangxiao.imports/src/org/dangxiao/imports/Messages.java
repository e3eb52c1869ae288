package org.dangxiao.imports;

import java.lang.reflect.Field;

import org.dangxiao.model.nls.Nls;

/** User-visible texts of the import engine. */
public final class Messages {
	public static String Field_SEQUENCE;
	public static String Field_NAME;
	public static String Field_CITIZEN_ID;
	public static String Field_ORGANIZATION;
	public static String Field_POST;
	public static String Field_DATE;
	public static String Field_COURSE;
	public static String Field_SIGN_IN;
	public static String Field_SIGN_OUT;
	public static String Field_STATUS;
	public static String Field_NOTE;
	public static String Field_SUBMITTED;
	public static String Field_HALF_DAY;
	public static String Reason_BAD_CHECKSUM;
	public static String Reason_UNKNOWN_PERSON;
	public static String Reason_DUPLICATE_ROW;
	public static String Reason_NOT_ENROLLED;
	public static String Reason_OUTSIDE_CLASS_DATES;
	public static String Reason_UNKNOWN_STATUS;
	public static String Reason_DAMAGED_ID;
	public static String Reason_AMBIGUOUS_NAME;
	public static String Reason_NO_COURSE;
	public static String Reason_NO_PERSON;
	public static String Reason_BAD_TIME;
	public static String Reason_NAME_MISMATCH;
	public static String Reason_SHARED_NAME;
	public static String Reason_BLANK_AS_ABSENT;
	public static String Plan_SUMMARY;
	public static String Plan_COMMAND;
	public static String Plan_ALREADY_IMPORTED;
	public static String Plan_NOTHING_TO_IMPORT;
	public static String Plan_SUMMARY_SKIPPED;
	public static String Plan_PERSON_EXISTS;
	public static String Row_SKIPPED;
	public static String Resolve_ROW;
	public static String Resolve_NOTHING_TO_RESOLVE;
	public static String Resolve_ALREADY_SKIPPED;
	public static String Resolve_NOT_AMBIGUOUS;
	public static String Resolve_NOT_A_CANDIDATE;
	public static String Resolve_NOT_UNKNOWN;
	public static String Resolve_ID_DIFFERS;
	public static String Resolve_ID_TAKEN;
	public static String Resolve_NO_ORGANIZATION;
	public static String Read_EMPTY;
	public static String Read_NOT_A_SPREADSHEET;
	public static String Read_DAMAGED;
	public static String Sessions_MORNING;
	public static String Sessions_AFTERNOON;
	public static String Sessions_EVENING;
	public static String Row_REASON_SEPARATOR;
	public static String Export_HEADER_SESSION;
	public static String Read_BAD_XML;
	public static String Read_ENCRYPTED;
	public static String Read_TOO_BIG;
	public static String Read_NO_HEADER;
	public static String Read_NO_ROWS;
	public static String Read_CELL_TOO_LONG;
	public static String Read_FAILED;
	public static String Read_UNKNOWN_SHEET;
	public static String Export_HEADER_SHEET;
	public static String Export_HEADER_ROW;
	public static String Export_HEADER_REASON;
	public static String Export_FAILED;
	public static String Template_SAVE;
	public static String History_REMOVE;
	public static String History_GONE;

	static {
		Nls.load(Messages.class);
	}

	private Messages() {
	}

	static String label(Enum<?> value) {
		try {
			Field f = Messages.class.getField(value.getDeclaringClass().getSimpleName() + "_" + value.name());
			return (String) f.get(null);
		} catch (ReflectiveOperationException e) {
			return value.name();
		}
	}
}
