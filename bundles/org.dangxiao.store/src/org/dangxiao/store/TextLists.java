package org.dangxiao.store;

import java.util.ArrayList;
import java.util.List;

/**
 * Lists of small tuples in one text column: fields are separated by tabs, items by newlines, and
 * backslash escapes those three characters inside a field. Readable in a database console and in
 * a backup's TSV, and exactly reversible for any text.
 */
final class TextLists {
	private TextLists() {
	}

	static String join(List<List<String>> items) {
		if (items.size() == 1 && items.get(0).size() == 1 && items.get(0).get(0).isEmpty()) {
			throw new IllegalArgumentException("one empty field cannot be told from no items");
		}
		StringBuilder out = new StringBuilder();
		for (List<String> item : items) {
			if (!out.isEmpty()) {
				out.append('\n');
			}
			for (int i = 0; i < item.size(); i++) {
				if (i > 0) {
					out.append('\t');
				}
				escape(item.get(i), out);
			}
		}
		return out.toString();
	}

	/** The items of {@code text}, each with exactly {@code fields} fields; a damaged column is an error, not a guess. */
	static List<List<String>> split(String text, int fields) {
		return split(text, fields, fields);
	}

	/** The items of {@code text}, each with {@code fewest} to {@code most} fields. */
	static List<List<String>> split(String text, int fewest, int most) {
		List<List<String>> items = new ArrayList<>();
		if (text.isEmpty()) {
			return items;
		}
		List<String> item = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			char ch = text.charAt(i);
			if (ch == '\\' && i + 1 < text.length()) {
				char next = text.charAt(++i);
				field.append(switch (next) {
				case 't' -> '\t';
				case 'n' -> '\n';
				case 'r' -> '\r';
				default -> next;
				});
			} else if (ch == '\t') {
				item.add(field.toString());
				field.setLength(0);
			} else if (ch == '\n') {
				item.add(field.toString());
				field.setLength(0);
				items.add(checked(item, fewest, most, text));
				item = new ArrayList<>();
			} else {
				field.append(ch);
			}
		}
		item.add(field.toString());
		items.add(checked(item, fewest, most, text));
		return items;
	}

	private static List<String> checked(List<String> item, int fewest, int most, String text) {
		if (item.size() < fewest || item.size() > most) {
			throw new IllegalArgumentException("expected " + (fewest == most ? fewest : fewest + " to " + most) + " fields per item, found "
					+ item.size() + " in: "
					+ (text.length() > 200 ? text.substring(0, 200) + "…" : text));
		}
		return List.copyOf(item);
	}

	/** One field, escaped. */
	static String escape(String s) {
		StringBuilder out = new StringBuilder(s.length());
		escape(s, out);
		return out.toString();
	}

	/** The field {@link #escape} made. */
	static String unescape(String s) {
		return s.isEmpty() ? s : split(s, 1).get(0).get(0);
	}

	private static void escape(String s, StringBuilder out) {
		for (int i = 0; i < s.length(); i++) {
			char ch = s.charAt(i);
			switch (ch) {
			case '\\' -> out.append("\\\\");
			case '\t' -> out.append("\\t");
			case '\n' -> out.append("\\n");
			case '\r' -> out.append("\\r");
			default -> out.append(ch);
			}
		}
	}
}
