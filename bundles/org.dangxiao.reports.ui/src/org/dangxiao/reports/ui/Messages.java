package org.dangxiao.reports.ui;

import org.dangxiao.model.nls.Nls;

/** User-visible texts of the reports view. */
public final class Messages {
	public static String Tree_TITLE;
	public static String Tree_EMPTY;
	public static String Tree_OTHER;
	public static String Tree_NO_DESCRIPTION;
	public static String Tree_CONTRIBUTOR;
	public static String Form_TITLE;
	public static String Form_NO_PARAMETERS;
	public static String Form_LABEL;
	public static String Form_LABEL_REQUIRED;
	public static String Form_RUN;
	public static String Form_RUN_TOOLTIP;
	public static String Form_STOP;
	public static String Form_ANY;
	public static String Form_SPECIFY;
	public static String Form_CHOOSE;
	public static String Form_CLEAR;
	public static String Form_NO_ORGANIZATION;
	public static String Form_NO_PROGRAMS;
	public static String Form_NO_CLASSES;
	public static String Form_PROGRAM_ITEM;
	public static String Form_CLASS_ITEM;
	public static String Form_PERSON_HINT;
	public static String Form_PERSON_ROW;
	public static String Form_PERSON_NONE;
	public static String Form_PERSON_CHOSEN;
	public static String Form_PERSON_NO_MATCH;
	public static String Status_READY;
	public static String Status_RUNNING;
	public static String Status_DONE;
	public static String Status_SHOWN;
	public static String Status_STOPPED;
	public static String Status_STALE;
	public static String Status_SORTING;
	public static String Common_UNEXPECTED;
	public static String Result_NONE;
	public static String Result_EMPTY;
	public static String Col_GROUPED;
	public static String Output_EXCEL;
	public static String Output_PRINT;
	public static String Output_PDF;
	public static String Output_NO_RESULT;
	public static String Excel_TITLE;
	public static String Excel_FILTER;
	public static String Excel_WRITING;
	public static String Excel_DONE;
	public static String Excel_FAILED;
	public static String Pdf_TITLE;
	public static String Pdf_FILTER;
	public static String Pdf_DONE;
	public static String Pdf_FAILED;
	public static String Pdf_NO_PRINTER;
	public static String Pdf_NOT_WRITTEN;
	public static String Print_TITLE;
	public static String Print_DONE;
	public static String Print_FAILED;
	public static String Print_NO_JOB;
	public static String Print_MANY_PAGES;
	public static String Print_PROGRESS;
	public static String Print_PAGE;
	public static String Print_CONTINUED;
	public static String Org_TITLE;
	public static String Org_MESSAGE;
	public static String Org_FILTER_HINT;
	public static String Org_NONE_CHOSEN;
	public static String Org_OK;
	public static String Chart_PERCENT;

	static {
		Nls.load(Messages.class);
	}

	private Messages() {
	}
}
