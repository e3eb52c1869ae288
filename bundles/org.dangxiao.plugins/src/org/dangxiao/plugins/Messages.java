package org.dangxiao.plugins;

import org.dangxiao.model.nls.Nls;

/** User-visible texts of the plug-in service and its command line. */
public final class Messages {
	public static String Origin_INSTALLED;
	public static String Origin_DROPINS;
	public static String Origin_REPOSITORY;
	public static String Repository_NOT_FOUND;
	public static String Repository_NOT_A_REPOSITORY;
	public static String Repository_NOT_A_ZIP;
	public static String Repository_BROKEN_ZIP;
	public static String Repository_ZIP_NOT_A_REPOSITORY;
	public static String Repository_ZIP_TOO_LARGE;
	public static String Repository_ZIP_UNSAFE;
	public static String Repository_NO_TEMP;
	public static String Repository_UNREADABLE_FILE;
	public static String Repository_UNREADABLE;
	public static String Plugins_NO_AGENT;
	public static String Plugins_NO_PROFILE;
	public static String Plugins_P2_INCOMPLETE;
	public static String Plugins_NOTHING_TO_INSTALL;
	public static String Plugins_NOTHING_TO_UNINSTALL;
	public static String Plugins_UNKNOWN_FEATURE;
	public static String Plugins_NOT_INSTALLED;
	public static String Plugins_FROM_DROPINS;
	public static String Plugins_PART_OF_PRODUCT;
	public static String Plugins_CANNOT_INSTALL;
	public static String Plugins_CANNOT_UNINSTALL;
	public static String Plugins_P2_SAYS;
	public static String Plugins_NOT_COMPLETED;
	public static String Plugins_MORE_REASONS;
	public static String Plugins_NOT_WRITABLE;
	public static String Plugins_CANCELLED;
	public static String Reason_MISSING_ROOT;
	public static String Reason_MISSING;
	public static String Reason_MISSING_SOMETHING;
	public static String Reason_SINGLETON;
	public static String Reason_AND;
	public static String Reason_NOT_INSTALLABLE;
	public static String Reason_VERSIONS;
	public static String Reason_REQUIRES_BUNDLE;
	public static String Reason_REQUIRES_PACKAGE;
	public static String Reason_REQUIRES_FEATURE;
	public static String Reason_REQUIRES_UNIT;
	public static String Reason_REQUIRES_OTHER;
	public static String Task_READING;
	public static String Task_INSTALLING;
	public static String Task_UNINSTALLING;
	public static String Cli_USAGE;
	public static String Cli_UNKNOWN_COMMAND;
	public static String Cli_MISSING_ARGUMENT;
	public static String Cli_NONE_INSTALLED;
	public static String Cli_NOTHING_OFFERED;
	public static String Cli_INSTALLED;
	public static String Cli_UNINSTALLED;
	public static String Cli_ALREADY_INSTALLED;
	public static String Cli_RESTART;
	public static String Cli_OFFER_INSTALLED;
	public static String Cli_OFFER_OTHER_VERSION;
	public static String Cli_OFFER_NEW;
	public static String Cli_BUNDLE_ABSENT;
	public static String Cli_BUNDLE_UNRESOLVED;
	public static String Cli_NOT_IN_OSGI;

	static {
		Nls.load(Messages.class);
	}

	private Messages() {
	}
}
