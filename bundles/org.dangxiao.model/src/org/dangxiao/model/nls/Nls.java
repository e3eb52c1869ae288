package org.dangxiao.model.nls;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Fills the public static String fields of a messages class from a properties bundle beside it.
 *
 * <p>Like Eclipse's {@code NLS}, but the files are read as UTF-8 (java.util.ResourceBundle does so
 * since Java 9), so translators edit readable Chinese. The base file is Simplified Chinese, the
 * product's first language; {@code _en} files hold English. There is no fallback to the JVM's
 * default locale, so an English machine asked for zh gets Chinese, not a mix.
 */
public final class Nls {
	private Nls() {
	}

	/** Loads {@code <package>/messages*.properties} into the public static fields of the public {@code messagesClass}. */
	public static void load(Class<?> messagesClass) {
		String baseName = messagesClass.getPackageName() + ".messages";
		ResourceBundle bundle = ResourceBundle.getBundle(baseName, Locale.getDefault(),
				messagesClass.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		for (Field field : messagesClass.getDeclaredFields()) {
			int mod = field.getModifiers();
			if (!Modifier.isStatic(mod) || Modifier.isFinal(mod) || field.getType() != String.class) {
				continue;
			}
			String value;
			try {
				value = bundle.getString(field.getName());
			} catch (MissingResourceException e) {
				// visible in the UI so a missing translation is noticed, never a crash
				value = "!" + field.getName() + "!";
			}
			try {
				field.set(null, value);
			} catch (IllegalAccessException e) {
				throw new IllegalStateException("NLS field not public: " + field, e);
			}
		}
	}

	/** {@link MessageFormat} with the current locale; single quotes need not be doubled. */
	public static String bind(String pattern, Object... args) {
		// integers as plain digits: ids, line numbers and years must not read "1,234"
		Object[] plain = args.clone();
		for (int i = 0; i < plain.length; i++) {
			if (plain[i] instanceof Integer || plain[i] instanceof Long) {
				plain[i] = plain[i].toString();
			}
		}
		return new MessageFormat(pattern.replace("'", "''"), Locale.getDefault()).format(plain);
	}
}
