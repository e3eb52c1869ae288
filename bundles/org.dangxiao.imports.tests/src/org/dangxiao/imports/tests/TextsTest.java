package org.dangxiao.imports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.dangxiao.imports.Cell;
import org.dangxiao.imports.DateTexts;
import org.dangxiao.imports.Field;
import org.dangxiao.imports.Mapping;
import org.dangxiao.imports.Sessions;
import org.dangxiao.imports.SheetRow;
import org.dangxiao.imports.StatusWords;
import org.dangxiao.model.training.AttendanceStatus;
import org.junit.jupiter.api.Test;

/** Dates, status words, header words and header rows as sign-in sheets write them. */
class TextsTest {
	private static Optional<LocalDateTime> at(String text) {
		return DateTexts.parse(text, 2021).flatMap(m -> m.on(LocalDate.of(2000, 1, 1)));
	}

	private static Optional<LocalDate> day(String text) {
		return DateTexts.parse(text, 2021).flatMap(DateTexts.Moment::date);
	}

	@Test
	void datesAndTimesInTheirManyForms() {
		LocalDateTime t = LocalDateTime.of(2021, 6, 6, 8, 30);
		assertEquals(Optional.of(t), at("2021/6/6 8:30"));
		assertEquals(Optional.of(t), at("2021-06-06 08:30:00"));
		assertEquals(Optional.of(t), at("2021-06-06T08:30"));
		assertEquals(Optional.of(t), at("2021年6月6日 8:30"));
		assertEquals(Optional.of(t), at("2021年6月6日8时30分"));
		assertEquals(Optional.of(t), at("２０２１／６／６　８：３０"), "full-width digits and spaces");
		assertEquals(Optional.of(t.withHour(14).withMinute(58)), at("2021.6.6 下午2:58"));
		assertEquals(Optional.of(LocalDate.of(2021, 6, 6)), day("2021年6月6日"));
		assertEquals(Optional.of(LocalDate.of(2021, 6, 6)), day("2021.6.6"));
		assertEquals(Optional.of(LocalDate.of(2021, 6, 6)), day("6月6日"), "the year comes from the class");
		assertEquals(Optional.of(LocalDate.of(2026, 3, 3)), day("26-03-03 星期二"), "DingTalk: a two-digit year and the weekday");
		assertEquals(Optional.of(t), at("21.6.6（周日）8:30"));
		assertEquals(Optional.of(LocalDate.of(2021, 12, 5)), day("12-05"), "a month and a day, no year");
		assertEquals(Optional.empty(), day("26-03"), "no two-digit year without a day after it");
		assertEquals(Optional.of(LocalDateTime.of(2000, 1, 1, 8, 55)), at("8:55"), "a time alone takes the day from elsewhere");
		assertEquals(Optional.of(LocalDate.of(2021, 6, 6)), day("44353"), "an Excel serial number");
		assertEquals(Optional.of(LocalDateTime.of(2021, 6, 6, 8, 24)), DateTexts.serial(44353.35));
		assertEquals(Optional.empty(), day("2021年2月30日"), "no such day");
		assertEquals(Optional.empty(), at("25:61"));
		assertEquals(Optional.empty(), day("张三"));
		assertEquals(Optional.empty(), day(""));
		assertEquals(Optional.empty(), DateTexts.serial(12), "not a plausible date");
		assertEquals(Optional.of(LocalDate.of(2021, 6, 7)), DateTexts.dayIn("6月7日签到表", 2021));
		assertEquals(Optional.of(LocalDate.of(2020, 6, 7)), DateTexts.dayIn("2020年第一期 2020年6月7日（周日）", 2021));
		assertEquals(Optional.empty(), DateTexts.dayIn("第一期签到表", 2021));
	}

	@Test
	void statusWordsAndTicks() {
		assertEquals(Optional.of(AttendanceStatus.PRESENT), StatusWords.of("√"));
		assertEquals(Optional.of(AttendanceStatus.PRESENT), StatusWords.of("✓"));
		assertEquals(Optional.of(AttendanceStatus.PRESENT), StatusWords.of(" 出勤 "));
		assertEquals(Optional.of(AttendanceStatus.ABSENT), StatusWords.of("×"));
		assertEquals(Optional.of(AttendanceStatus.ON_LEAVE), StatusWords.of("病假"));
		assertEquals(Optional.of(AttendanceStatus.LATE), StatusWords.of("迟到"));
		assertEquals(Optional.of(AttendanceStatus.LEFT_EARLY), StatusWords.of("早退"));
		assertEquals(Optional.empty(), StatusWords.of("公出"), "an unknown word is a question, not a guess");
	}

	@Test
	void headerWordsBySynonym() {
		assertEquals(Optional.of(Field.NAME), Field.of("名字"));
		assertEquals(Optional.of(Field.CITIZEN_ID), Field.of("公民身份号码"));
		assertEquals(Optional.of(Field.CITIZEN_ID), Field.of("身份证号码："));
		assertEquals(Optional.of(Field.ORGANIZATION), Field.of("所在党组织"));
		assertEquals(Optional.of(Field.SIGN_IN), Field.of("签到时间（上午）"));
		assertEquals(Optional.of(Field.SIGN_OUT), Field.of("签 退 时 间"));
		assertEquals(Optional.of(Field.STATUS), Field.of("出勤情况"));
		assertEquals(Optional.empty(), Field.of("价格"));
		assertEquals(Optional.of(Sessions.AFTERNOON), Sessions.of("下午"));
	}

	/** Sign-in machines' headers that start with 签到 but are no sign-in time: the longest word decides. */
	@Test
	void headerWordsThatStartAlikeAreToldApart() {
		assertEquals(Optional.of(Field.STATUS), Field.of("签到状态"));
		assertEquals(Optional.of(Field.STATUS), Field.of("签到状态（上午）"));
		assertEquals(Optional.of(Field.STATUS), Field.of("打卡结果"));
		assertEquals(Optional.of(Field.NAME), Field.of("签到人"));
		assertEquals(Optional.of(Field.NAME), Field.of("签到人姓名"));
		assertEquals(Optional.of(Field.DATE), Field.of("签到日期"));
		assertEquals(Optional.of(Field.SIGN_IN), Field.of("扫码时间"));
		assertEquals(Optional.of(Field.SIGN_IN), Field.of("签到时间2"));
		assertEquals(Optional.of(Field.COURSE), Field.of("活动名称"));
		assertEquals(Optional.of(Field.NOTE), Field.of("notes"), "the longer word, not the shorter one first in order (no)");
		for (String other : List.of("签到方式", "签到点", "签到地点（楼层）", "打卡方式", "签到设备号", "状态说明")) {
			assertEquals(Optional.empty(), Field.of(other), other);
		}
	}

	private static SheetRow row(int n, String... texts) {
		return new SheetRow(n, java.util.Arrays.stream(texts).map(Cell::text).toList());
	}

	@Test
	void theHeaderIsFoundBelowTitleRows() {
		List<SheetRow> top = List.of(row(1, "2021年新任村干部培训班第一期签到表"), row(2, "导出时间：2021-06-11 18:00"),
				row(3, "序号", "姓名", "身份证号", "单位", "签到时间", "签退时间", "状态"), row(4, "1", "张三", "652302198506151235"));
		Mapping m = Mapping.find(top).orElseThrow();
		assertEquals(List.of(3), m.headerRows());
		assertEquals(List.of(Optional.of(Field.SEQUENCE), Optional.of(Field.NAME), Optional.of(Field.CITIZEN_ID),
				Optional.of(Field.ORGANIZATION), Optional.of(Field.SIGN_IN), Optional.of(Field.SIGN_OUT), Optional.of(Field.STATUS)),
				m.columns().stream().map(Mapping.Column::field).toList());
	}

	@Test
	void aTwoRowHeaderWithMergedGroups() {
		List<SheetRow> top = List.of(row(1, "6月7日签到表"), row(2, "序号", "姓名", "身份证号码", "工作单位", "上午", "", "下午", ""),
				row(3, "", "", "", "", "签到", "状态", "签到", "状态"), row(4, "1", "张三"));
		Mapping m = Mapping.find(top).orElseThrow();
		assertEquals(List.of(2, 3), m.headerRows());
		assertEquals(new Mapping.Column(4, "上午 签到", Optional.of(Field.SIGN_IN), Optional.of(Sessions.MORNING)), m.columns().get(4));
		assertEquals(new Mapping.Column(5, "上午 状态", Optional.of(Field.STATUS), Optional.of(Sessions.MORNING)), m.columns().get(5));
		assertEquals(new Mapping.Column(7, "下午 状态", Optional.of(Field.STATUS), Optional.of(Sessions.AFTERNOON)), m.columns().get(7));
		assertEquals(new Mapping.Column(1, "姓名", Optional.of(Field.NAME), Optional.empty()), m.columns().get(1));
		assertEquals(m.signature(), Mapping.find(top).orElseThrow().signature(), "the same sheet has the same signature");
	}

	@Test
	void noHeaderInASheetOfSomethingElse() {
		assertEquals(Optional.empty(), Mapping.find(List.of(row(1, "商品", "价格", "数量"), row(2, "苹果", "3", "5"))));
	}

	@Test
	void numbersShowAsExcelShowsThem() {
		assertEquals("17", new Cell.Number(17).display());
		assertEquals("6.52301197602061E+17", new Cell.Number(6.52301197602061E17).display());
		assertEquals("0.5", new Cell.Number(0.5).display());
	}
}
