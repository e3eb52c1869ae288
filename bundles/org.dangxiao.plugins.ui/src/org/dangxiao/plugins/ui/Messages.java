package org.dangxiao.plugins.ui;

import org.dangxiao.model.nls.Nls;

/** User-visible texts of 帮助 > 安装插件. */
public final class Messages {
	public static String Dialog_TITLE;
	public static String Dialog_MESSAGE;
	public static String Dialog_LOADING;
	public static String Dialog_UNAVAILABLE;
	public static String Dialog_NONE;
	public static String Dialog_INSTALLED;
	public static String Col_NAME;
	public static String Col_VERSION;
	public static String Col_PROVIDER;
	public static String Col_ORIGIN;
	public static String Col_STATE;
	public static String Button_FROM_FOLDER;
	public static String Button_FROM_FOLDER_TOOLTIP;
	public static String Button_FROM_ZIP;
	public static String Button_FROM_ZIP_TOOLTIP;
	public static String Button_UNINSTALL;
	public static String Button_UNINSTALL_TOOLTIP;
	public static String Note_DROPINS;
	public static String Note_FROM_DROPINS;
	public static String Choose_FOLDER_MESSAGE;
	public static String Choose_ZIP_FILTER;
	public static String Choose_ALL_FILTER;
	public static String Choose_TITLE;
	public static String Choose_MESSAGE;
	public static String Choose_WARNING;
	public static String Choose_NOTHING_CHECKED;
	public static String Choose_INSTALL;
	public static String Choose_DESCRIPTION;
	public static String State_NEW;
	public static String State_INSTALLED;
	public static String State_OTHER_VERSION;
	public static String Offers_NONE;
	public static String Offers_ALL_INSTALLED;
	public static String Install_DONE;
	public static String Uninstall_CONFIRM_TITLE;
	public static String Uninstall_CONFIRM;
	public static String Uninstall_DONE;
	public static String Restart_TITLE;
	public static String Restart_MESSAGE;
	public static String Restart_NOW;
	public static String Restart_LATER;
	public static String Restart_FAILED;
	public static String Failed_TITLE;
	public static String List_SEPARATOR;
	public static String Install_NOTHING;
	public static String Failed_UNEXPECTED;
	public static String Note_TWO;

	static {
		Nls.load(Messages.class);
	}

	private Messages() {
	}
}
