package org.dangxiao.reports.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** The arithmetic of a printed register: pages, the rows each holds, column widths, orientation. */
class PageLayoutTest {
	/** A page of 1,000 px: header 40, footer 30, rows of 10; the title block of page 1 takes 130. */
	private final PageLayout layout = PageLayout.of(1000, 130, 40, 30, 10);

	@Test
	void firstPageHoldsFewerRowsThanTheOthers() {
		assertEquals(80, layout.rowsFirstPage());
		assertEquals(93, layout.rowsPerPage());
	}

	@Test
	void pagesAtTheirEdges() {
		assertEquals(1, layout.pages(0), "an empty report still prints its title and header");
		assertEquals(1, layout.pages(1));
		assertEquals(1, layout.pages(80));
		assertEquals(2, layout.pages(81));
		assertEquals(2, layout.pages(80 + 93));
		assertEquals(3, layout.pages(80 + 93 + 1));
		assertEquals(1 + (500_000 - 80 + 92) / 93, layout.pages(500_000));
	}

	@Test
	void everyRowIsOnExactlyOnePageInOrder() {
		for (int rows : new int[] { 0, 1, 79, 80, 81, 172, 173, 174, 1000, 12_345 }) {
			int next = 0;
			int pages = layout.pages(rows);
			for (int page = 1; page <= pages; page++) {
				assertEquals(next, layout.firstRow(page), "page " + page + " of " + rows + " rows");
				int end = layout.endRow(page, rows);
				assertTrue(end >= next);
				assertTrue(end - next <= (page == 1 ? layout.rowsFirstPage() : layout.rowsPerPage()));
				if (page < pages) {
					assertEquals(page == 1 ? layout.rowsFirstPage() : layout.rowsPerPage(), end - next, "only the last page is short");
				}
				next = end;
			}
			assertEquals(rows, next, rows + " rows");
		}
	}

	@Test
	void aTitleTallerThanThePageStillLeavesOneRow() {
		PageLayout tight = PageLayout.of(100, 500, 40, 30, 10);
		assertEquals(1, tight.rowsFirstPage());
		assertEquals(3, tight.rowsPerPage());
		assertEquals(1 + 3, tight.pages(10));
	}

	@Test
	void columnsThatFitKeepTheirWidth() {
		assertArrayEquals(new int[] { 100, 200, 300 }, PageLayout.fit(new int[] { 100, 200, 300 }, 600, 30));
		assertArrayEquals(new int[] { 100, 200, 300 }, PageLayout.fit(new int[] { 100, 200, 300 }, 1000, 30));
	}

	@Test
	void wideColumnsShrinkMoreThanNarrowOnes() {
		int[] out = PageLayout.fit(new int[] { 40, 400, 1600 }, 1000, 30);
		assertEquals(1000, Arrays.stream(out).sum());
		assertTrue(out[0] >= 30 && out[0] <= 40, "序号 keeps about its width: " + out[0]);
		assertTrue(out[2] > out[1], Arrays.toString(out));
		assertTrue(1600 - out[2] > 400 - out[1], "the widest gives up the most: " + Arrays.toString(out));
		for (int w : out) {
			assertTrue(w >= 30);
		}
	}

	@Test
	void tooManyColumnsShareThePageEqually() {
		int[] out = PageLayout.fit(new int[] { 50, 50, 50, 50 }, 100, 30);
		assertArrayEquals(new int[] { 25, 25, 25, 25 }, out);
	}

	@Test
	void narrowTablesStretchToThePageButNotBeyondTheLimit() {
		int[] spanned = PageLayout.stretch(new int[] { 100, 200, 300 }, 900, 1.6);
		assertArrayEquals(new int[] { 150, 300, 450 }, spanned);
		int[] limited = PageLayout.stretch(new int[] { 100, 100 }, 1000, 1.6);
		assertArrayEquals(new int[] { 160, 160 }, limited, "a two-column table is not spread across the page");
		assertArrayEquals(new int[] { 500, 600 }, PageLayout.stretch(new int[] { 500, 600 }, 1000, 1.6), "a full table stays");
		int[] odd = PageLayout.stretch(new int[] { 333, 333, 333 }, 1000, 1.6);
		assertEquals(1000, Arrays.stream(odd).sum(), "the rounding remainder is not lost");
	}

	@Test
	void landscapeForWideOrManyColumns() {
		assertFalse(PageLayout.landscape(6.5, 5));
		assertTrue(PageLayout.landscape(7.5, 5));
		assertTrue(PageLayout.landscape(3, 10));
		assertFalse(PageLayout.landscape(7.0, 9));
	}
}
