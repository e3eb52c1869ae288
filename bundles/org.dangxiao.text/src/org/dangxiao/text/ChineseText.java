package org.dangxiao.text;

import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.Collator;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;

/**
 * Pinyin, collation and normalization for Chinese names, so that typing {@code zs} finds 张三
 * and 张　三 (with a full-width space) is the same name as 张三.
 */
public final class ChineseText {
	private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
	/** Han-Latin is slow per call; names reuse a few thousand characters, so cache per character. */
	private static final Map<Integer, String> SYLLABLES = new ConcurrentHashMap<>();
	private static final ThreadLocal<Transliterator> HAN_TO_ASCII = ThreadLocal
			.withInitial(() -> Transliterator.getInstance("Han-Latin; Latin-ASCII; Lower"));

	private ChineseText() {
	}

	/**
	 * Full-width letters, digits and spaces become half-width (NFKC), and every kind of white
	 * space is removed: what people type into a name cell.
	 */
	public static String normalizeName(String text) {
		// an import normalizes every name, organization and ID number of 500,000 rows: most are
		// normalized already and hold no spaces, and then come back as they are
		String nfkc = NFKC.isNormalized(text) ? text : NFKC.normalize(text);
		for (int i = 0; i < nfkc.length(); i++) {
			if (isBlank(nfkc.charAt(i))) {
				StringBuilder out = new StringBuilder(nfkc.length()).append(nfkc, 0, i);
				for (int j = i + 1; j < nfkc.length(); j++) {
					char c = nfkc.charAt(j);
					if (!isBlank(c)) {
						out.append(c);
					}
				}
				return out.toString();
			}
		}
		return nfkc;
	}

	/** White space of any kind; no character outside the BMP is, so surrogates pass through as they are. */
	private static boolean isBlank(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c);
	}

	/** Full-width to half-width (NFKC) and trimmed, keeping inner spaces. */
	public static String halfWidth(String text) {
		return NFKC.normalize(text).strip();
	}

	/** The pinyin of each Han character, without tones, lower case, no separators: 张三 → zhangsan. */
	public static String pinyin(String text) {
		StringBuilder out = new StringBuilder();
		normalizeName(text).codePoints().forEach(c -> out.append(syllable(c)));
		return out.toString();
	}

	/** First letter of each syllable: 张三 → zs, 艾力·买买提 → alm mt without the dot: almmt. */
	public static String initials(String text) {
		StringBuilder out = new StringBuilder();
		normalizeName(text).codePoints().forEach(c -> {
			String s = syllable(c);
			if (!s.isEmpty()) {
				out.append(s.charAt(0));
			}
		});
		return out.toString();
	}

	/**
	 * Whether a name matches what the user typed: a part of the name itself, or the start of its
	 * pinyin initials or of its full pinyin (case and full-width forms ignored).
	 */
	public static boolean matches(String name, String query) {
		String q = normalizeName(query).toLowerCase(Locale.ROOT);
		if (q.isEmpty()) {
			return true;
		}
		String n = normalizeName(name);
		if (n.toLowerCase(Locale.ROOT).contains(q)) {
			return true;
		}
		if (!q.chars().allMatch(c -> c < 128 && Character.isLetter(c))) {
			return false;
		}
		return initials(n).startsWith(q) || pinyin(n).startsWith(q);
	}

	/** Chinese collation (by pinyin), as people expect a list of names to be sorted. */
	public static Comparator<String> collator() {
		Collator collator = Collator.getInstance(Locale.CHINA);
		collator.freeze();
		return collator::compare;
	}

	private static String syllable(int codePoint) {
		if (codePoint < 128) {
			return Character.isLetterOrDigit(codePoint) ? String.valueOf((char) Character.toLowerCase(codePoint)) : "";
		}
		return SYLLABLES.computeIfAbsent(codePoint, c -> {
			String latin = HAN_TO_ASCII.get().transliterate(new String(Character.toChars(c)));
			StringBuilder letters = new StringBuilder();
			latin.chars().filter(ch -> ch < 128 && Character.isLetterOrDigit(ch)).forEach(ch -> letters.append((char) ch));
			return letters.toString();
		});
	}
}
