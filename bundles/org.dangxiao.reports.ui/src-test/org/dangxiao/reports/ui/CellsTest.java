package org.dangxiao.reports.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.dangxiao.reports.Column;
import org.junit.jupiter.api.Test;

/** How cells read, sort and chart. */
class CellsTest {
	private static final Column TEXT = Column.of("姓名", Column.Type.TEXT);
	private static final Column INTEGER = Column.of("人数", Column.Type.INTEGER);
	private static final Column DECIMAL = Column.grouped("学时", "已修", Column.Type.DECIMAL);
	private static final Column PERCENT = Column.of("覆盖率", Column.Type.PERCENT);
	private static final Column DATE = Column.of("日期", Column.Type.DATE);

	@Test
	void numbersReadAsTyped() {
		assertEquals("12", Cells.text(INTEGER, 12));
		assertEquals("1234567", Cells.text(INTEGER, 1_234_567L), "no grouping: ids and counts are copied as typed");
		assertEquals("6", Cells.text(DECIMAL, new BigDecimal("6.00")));
		assertEquals("2.5", Cells.text(DECIMAL, new BigDecimal("2.50")));
		assertEquals("50", Cells.text(DECIMAL, new BigDecimal("5E+1")));
		assertEquals("0", Cells.text(DECIMAL, new BigDecimal("0.000")));
		assertEquals("3.33", Cells.text(DECIMAL, 10.0 / 3));
		assertEquals("", Cells.text(DECIMAL, Double.NaN));
	}

	@Test
	void percentagesWithOneDecimal() {
		assertEquals("87.5%", Cells.text(PERCENT, 0.875));
		assertEquals("100.0%", Cells.text(PERCENT, BigDecimal.ONE));
		assertEquals("0.0%", Cells.text(PERCENT, 0));
		assertEquals("33.3%", Cells.text(PERCENT, 1.0 / 3));
	}

	@Test
	void datesAndEmptyCells() {
		assertEquals("2026-03-01", Cells.text(DATE, LocalDate.of(2026, 3, 1)));
		assertEquals("2026-03-01 08:30", Cells.text(DATE, LocalDateTime.of(2026, 3, 1, 8, 30, 59)));
		assertEquals("", Cells.text(TEXT, null));
		assertEquals("", Cells.text(TEXT, Cells.cell(List.of("张三"), 3)), "a short row ends in empty cells");
	}

	@Test
	void groupedHeadersNameTheirGroup() {
		assertEquals("学时 / 已修", Cells.header(DECIMAL));
		assertEquals("姓名", Cells.header(TEXT));
		assertTrue(Cells.rightAligned(PERCENT));
		assertFalse(Cells.rightAligned(DATE));
	}

	@Test
	void numbersSortByValueAndEmptyCellsLast() {
		List<Object> cells = new ArrayList<>(Arrays.asList(10, null, 9L, new BigDecimal("9.5"), 100.0));
		cells.sort(Cells.order(DECIMAL));
		assertEquals(Arrays.asList(9L, new BigDecimal("9.5"), 10, 100.0, null), cells);
	}

	@Test
	void namesSortInPinyinOrder() {
		List<Object> names = new ArrayList<>(List.of("赵六", "张三", "李四", "王五"));
		names.sort(Cells.order(TEXT));
		assertEquals(List.of("李四", "王五", "张三", "赵六"), names);
	}

	@Test
	void chartsPlotPercentagesOutOfHundred() {
		assertEquals(87.5, Cells.number(PERCENT, 0.875).orElseThrow(), 1e-9);
		assertEquals(6, Cells.number(DECIMAL, new BigDecimal("6.0")).orElseThrow(), 1e-9);
		assertTrue(Cells.number(TEXT, "张三").isEmpty());
		assertTrue(Cells.number(DECIMAL, Double.POSITIVE_INFINITY).isEmpty());
	}

	@Test
	void fileNamesFromTitles() {
		assertEquals("2026年度第一议题学习台账", Cells.fileName("2026年度第一议题学习台账"));
		assertEquals("城关镇_河西乡 覆盖率_", Cells.fileName("城关镇/河西乡 覆盖率?"));
		assertEquals("report", Cells.fileName("  "));
	}
}
