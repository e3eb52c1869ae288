package org.dangxiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ChineseTextTest {

	@Test
	void initialsAndPinyin() {
		assertEquals("zs", ChineseText.initials("张三"));
		assertEquals("zhangsan", ChineseText.pinyin("张三"));
		assertEquals("lxm", ChineseText.initials("李晓明"));
		// the middle dot of transliterated Uyghur names is not a syllable
		assertEquals("alm", ChineseText.initials("艾力·买"));
		assertEquals("wang2", ChineseText.pinyin("王２"));
	}

	@Test
	void filterMatchesNamesInitialsAndPinyin() {
		assertTrue(ChineseText.matches("张三", "zs"));
		assertTrue(ChineseText.matches("张三", "ZS"));
		assertTrue(ChineseText.matches("张三", "zhangs"));
		assertTrue(ChineseText.matches("张三", "张"));
		assertTrue(ChineseText.matches("张三", "三"));
		assertTrue(ChineseText.matches("张三", ""));
		assertTrue(ChineseText.matches("张　三", "张三"), "full-width space inside a name");
		assertTrue(ChineseText.matches("张三", "ｚｓ"), "full-width letters typed");
		assertFalse(ChineseText.matches("李四", "zs"));
		assertFalse(ChineseText.matches("张三", "sz"));
		assertFalse(ChineseText.matches("王五", "张"));
	}

	@Test
	void normalization() {
		assertEquals("张三", ChineseText.normalizeName(" 张　三 "));
		assertEquals("1234ABC", ChineseText.normalizeName("１２３４ＡＢＣ"));
		assertEquals("A B", ChineseText.halfWidth("Ａ　Ｂ"));
		assertEquals("张三", ChineseText.normalizeName("张\t三\n"), "tabs and line breaks");
		assertEquals("张三", ChineseText.normalizeName("\u00a0张\u2003三\u3000"), "no-break, em and ideographic spaces");
		assertEquals("𠮷田", ChineseText.normalizeName("𠮷 田"), "a character outside the BMP keeps both halves");
		assertEquals("艾力·买买提", ChineseText.normalizeName("艾力·买买提"));
		assertEquals("", ChineseText.normalizeName("　 "));
		String plain = "张三";
		assertSame(plain, ChineseText.normalizeName(plain), "a name that needs nothing comes back as it is");
	}

	@Test
	void collationSortsByPinyin() {
		List<String> names = new ArrayList<>(List.of("张三", "阿依古丽", "李四", "王五", "白雪"));
		names.sort(ChineseText.collator());
		assertEquals(List.of("阿依古丽", "白雪", "李四", "王五", "张三"), names);
	}
}
