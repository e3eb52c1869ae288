package org.dangxiao.reports.ui;

/**
 * The arithmetic of a printed register, in printer pixels and without SWT, so it can be tested:
 * how many rows fit on the first page (below the title and notes) and on the others (below the
 * repeated header), which rows a page holds, and how wide each column may be.
 *
 * @param rowsFirstPage rows under the title, notes and header of page 1 (at least 1)
 * @param rowsPerPage   rows under the header of every further page (at least 1)
 */
public record PageLayout(int rowsFirstPage, int rowsPerPage) {
	public PageLayout {
		rowsFirstPage = Math.max(1, rowsFirstPage);
		rowsPerPage = Math.max(1, rowsPerPage);
	}

	/**
	 * @param pageHeight  the printable height between the top and bottom margins
	 * @param titleHeight the title and notes on page 1, with the gap under them
	 * @param headerHeight the column header (one or two rows), repeated on every page
	 * @param footerHeight the page number line with the gap above it
	 * @param rowHeight   one table row
	 */
	public static PageLayout of(int pageHeight, int titleHeight, int headerHeight, int footerHeight, int rowHeight) {
		int body = pageHeight - headerHeight - footerHeight;
		int h = Math.max(1, rowHeight);
		return new PageLayout((body - titleHeight) / h, body / h);
	}

	/** Pages for {@code rows} rows; an empty report still prints one page with its title and header. */
	public int pages(int rows) {
		if (rows <= rowsFirstPage) {
			return 1;
		}
		int rest = rows - rowsFirstPage;
		return 1 + (rest + rowsPerPage - 1) / rowsPerPage;
	}

	/** The first row (0-based) on page {@code page} (1-based). */
	public int firstRow(int page) {
		return page <= 1 ? 0 : rowsFirstPage + (page - 2) * rowsPerPage;
	}

	/** One past the last row on {@code page}, for a report of {@code rows} rows. */
	public int endRow(int page, int rows) {
		return Math.min(rows, page <= 1 ? rowsFirstPage : firstRow(page) + rowsPerPage);
	}

	/**
	 * Column widths that fit {@code available}: the natural widths when they fit; otherwise each
	 * column gives up width in proportion to what it has beyond {@code min}, so narrow columns
	 * (序号, 性别) keep their width and long text columns shrink (their text is cut with …). The
	 * widths never add up to more than {@code available} unless even {@code min} each does not fit.
	 */
	public static int[] fit(int[] natural, int available, int min) {
		int[] out = natural.clone();
		long total = 0;
		for (int w : out) {
			total += w;
		}
		if (total <= available || out.length == 0) {
			return out;
		}
		long floor = (long) min * out.length;
		if (floor >= available) {
			java.util.Arrays.fill(out, Math.max(1, available / out.length));
			return out;
		}
		long excess = 0;
		for (int i = 0; i < out.length; i++) {
			out[i] = Math.max(out[i], min);
			excess += out[i] - min;
		}
		long room = available - floor;
		long used = 0;
		for (int i = 0; i < out.length; i++) {
			out[i] = min + (int) ((out[i] - min) * room / excess);
			used += out[i];
		}
		// rounding leaves a few pixels: give them to the widest column
		int widest = 0;
		for (int i = 1; i < out.length; i++) {
			if (out[i] > out[widest]) {
				widest = i;
			}
		}
		out[widest] += (int) (available - used);
		return out;
	}

	/**
	 * Widens columns that leave room on the page, each in proportion to its width, by at most
	 * {@code maxFactor}; the table then spans the page as a register does, unless it is so narrow
	 * that stretched numbers would stand far from their neighbours.
	 */
	public static int[] stretch(int[] widths, int available, double maxFactor) {
		long total = 0;
		for (int w : widths) {
			total += w;
		}
		if (total <= 0 || total >= available) {
			return widths.clone();
		}
		double factor = Math.min(maxFactor, (double) available / total);
		int[] out = new int[widths.length];
		long used = 0;
		for (int i = 0; i < out.length; i++) {
			out[i] = (int) Math.floor(widths[i] * factor);
			used += out[i];
		}
		if (factor < maxFactor && out.length > 0) {
			// exactly the page width: the rounding remainder goes to the last column
			out[out.length - 1] += (int) (available - used);
		}
		return out;
	}

	/**
	 * Landscape when the columns would not fit a portrait page at their natural width, or when
	 * there are so many that each would be a sliver.
	 *
	 * @param naturalInches the table's natural width in inches
	 */
	public static boolean landscape(double naturalInches, int columns) {
		// A4 portrait is 8.27 in, less margins of 0.55 in each side
		return columns > 9 || naturalInches > 7.1;
	}
}
