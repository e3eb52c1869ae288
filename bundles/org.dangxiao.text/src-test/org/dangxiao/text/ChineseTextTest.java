package org.dangxiao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
	}

	@Test
	void collationSortsByPinyin() {
		List<String> names = new ArrayList<>(List.of("张三", "阿依古丽", "李四", "王五", "白雪"));
		names.sort(ChineseText.collator());
		assertEquals(List.of("阿依古丽", "白雪", "李四", "王五", "张三"), names);
	}
}
