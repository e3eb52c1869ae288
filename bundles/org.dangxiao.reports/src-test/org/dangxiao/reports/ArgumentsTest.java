package org.dangxiao.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.dangxiao.model.nls.Nls;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ArgumentsTest {
	private static final Parameter PROGRAM = Parameter.required("program", "培训项目", Parameter.Kind.PROGRAM);
	private static final Parameter ORG = Parameter.optional("organization", "党组织", Parameter.Kind.ORGANIZATION, Optional.empty());
	private static final Parameter YEAR = Parameter.optional("year", "年度", Parameter.Kind.YEAR, Optional.of("2026"));
	private static final Parameter DAY = Parameter.required("day", "日期", Parameter.Kind.DATE);
	private static Locale original;

	@BeforeAll
	static void chinese() {
		original = Locale.getDefault();
		Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
		Nls.load(Messages.class);
	}

	@AfterAll
	static void restore() {
		Locale.setDefault(original);
		Nls.load(Messages.class);
	}

	private static Arguments of(String... kv) {
		Map<String, String> m = new java.util.HashMap<>();
		for (int i = 0; i < kv.length; i += 2) {
			m.put(kv[i], kv[i + 1]);
		}
		return Arguments.of(m);
	}

	private static String error(org.junit.jupiter.api.function.Executable e) {
		return assertThrows(ReportException.class, e).getMessage();
	}

	@Test
	void idsAreReadAndMissingOrMalformedOnesNamedByTheirLabel() throws ReportException {
		assertEquals(12L, of("program", " 12 ").id(PROGRAM));
		assertEquals(12L, of("program", "１２").id(PROGRAM), "full-width digits from a Chinese input method");
		assertEquals("请填写“培训项目”。", error(() -> of().id(PROGRAM)));
		assertEquals("请填写“培训项目”。", error(() -> of("program", "  ").id(PROGRAM)));
		assertEquals("“培训项目”应为编号（正整数），而不是“12a”。", error(() -> of("program", "12a").id(PROGRAM)));
		assertEquals("“培训项目”应为编号（正整数），而不是“0”。", error(() -> of("program", "0").id(PROGRAM)));
		assertEquals("“培训项目”应为编号（正整数），而不是“99999999999999999999”。", error(() -> of("program", "99999999999999999999").id(PROGRAM)));
		assertEquals(Optional.empty(), of().optionalId(ORG));
		assertEquals(Optional.of(3L), of("organization", "3").optionalId(ORG));
		assertEquals("“党组织”应为编号（正整数），而不是“x”。", error(() -> of("organization", "x").optionalId(ORG)));
	}

	@Test
	void yearsTakeTheirDefaultAndAFewSpellings() throws ReportException {
		assertEquals(2026, of().year(YEAR));
		assertEquals(2025, of("year", "2025").year(YEAR));
		assertEquals(2025, of("year", "2025年").year(YEAR));
		assertEquals("“年度”应为四位年份（1900–2100，如 2026），而不是“25”。", error(() -> of("year", "25").year(YEAR)));
		assertEquals("“年度”应为四位年份（1900–2100，如 2026），而不是“3025”。", error(() -> of("year", "3025").year(YEAR)));
		assertEquals(Optional.of(2026), of().optionalYear(YEAR));
	}

	@Test
	void datesInTheSpellingsPeopleType() throws ReportException {
		LocalDate d = LocalDate.of(2026, 3, 1);
		for (String s : new String[] { "2026-03-01", "2026-3-1", "2026/3/1", "2026.3.1", "2026年3月1日", "２０２６－０３－０１" }) {
			assertEquals(d, of("day", s).date(DAY), s);
		}
		assertEquals("“日期”应为日期（如 2026-03-01），而不是“2026-02-30”。", error(() -> of("day", "2026-02-30").date(DAY)));
		assertEquals("“日期”应为日期（如 2026-03-01），而不是“明天”。", error(() -> of("day", "明天").date(DAY)));
		assertEquals("请填写“日期”。", error(() -> of().date(DAY)));
		assertEquals(Optional.empty(), of().optionalDate(Parameter.optional("d", "日期", Parameter.Kind.DATE, Optional.empty())));
	}

	@Test
	void textKeepsTheOldLookupByIdAndAddsTheDefault() throws ReportException {
		assertEquals(Optional.of("x"), of("a", " x ").text("a"));
		assertEquals(Optional.empty(), of("a", " ").text("a"));
		assertEquals(Optional.of("2026"), of().text(YEAR));
		assertEquals(Optional.of("第一期，２班"), of("t", "第一期，２班").text(Parameter.required("t", "名称", Parameter.Kind.TEXT)), "free text stays as typed");
		assertEquals("请填写“培训项目”。", error(() -> of().requiredText(PROGRAM)));
	}
}
