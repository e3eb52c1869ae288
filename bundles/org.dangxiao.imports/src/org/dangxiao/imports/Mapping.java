package org.dangxiao.imports;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which column of a sheet means what, and where the data starts. Found from the header by
 * {@link #find}; the user may change any column in the wizard ({@link #with}).
 *
 * @param headerRows the sheet row numbers of the header (one or two rows)
 * @param columns    one entry per column of the header, mapped or not
 */
public record Mapping(List<Integer> headerRows, List<Column> columns) {
	/** How many rows at the top of a sheet may hold titles before the header. */
	static final int HEADER_SEARCH_ROWS = 30;

	/**
	 * One column.
	 *
	 * @param header  the header text as shown, both rows of a two-row header joined by a space
	 * @param session the half-day of a column group in a two-row header (上午 / 下午)
	 */
	public record Column(int index, String header, Optional<Field> field, Optional<Sessions> session) {
	}

	public Mapping {
		headerRows = List.copyOf(headerRows);
		columns = List.copyOf(columns);
	}

	public int lastHeaderRow() {
		return headerRows.get(headerRows.size() - 1);
	}

	public Set<Field> fields() {
		Set<Field> out = EnumSet.noneOf(Field.class);
		columns.forEach(c -> c.field().ifPresent(out::add));
		return out;
	}

	/** The columns of {@code field}: several when a two-row header has one per half-day. */
	public List<Column> columns(Field field) {
		return columns.stream().filter(c -> c.field().equals(Optional.of(field))).toList();
	}

	/** Whether a person can be found at all: a name or an ID column. */
	public boolean identifiesPeople() {
		return fields().contains(Field.NAME) || fields().contains(Field.CITIZEN_ID);
	}

	/** The same mapping with column {@code index} meaning {@code field} (empty: ignored). */
	public Mapping with(int index, Optional<Field> field, Optional<Sessions> session) {
		List<Column> out = new ArrayList<>(columns);
		for (int i = 0; i < out.size(); i++) {
			if (out.get(i).index() == index) {
				out.set(i, new Column(index, out.get(i).header(), field, session));
			}
		}
		return new Mapping(headerRows, out);
	}

	/**
	 * The headers folded and joined: two files from the same source (the same sign-in machine, the
	 * same class head's template) have the same signature, which is how a saved mapping is found again.
	 */
	public String signature() {
		return columns.stream().map(c -> Field.fold(c.header())).collect(Collectors.joining("|"));
	}

	/**
	 * Finds the header among the first rows of a sheet: the row naming the most known fields (at
	 * least two, one of them the name or the ID number), with the row below it when that row
	 * completes a two-row header (merged cells such as 上午 over 签到 and 状态). Title rows above
	 * it are skipped.
	 */
	public static Optional<Mapping> find(List<SheetRow> top) {
		SheetRow best = null;
		int bestHits = 1;
		for (SheetRow row : top.subList(0, Math.min(top.size(), HEADER_SEARCH_ROWS))) {
			Set<Field> hits = hits(row);
			if (hits.size() > bestHits && (hits.contains(Field.NAME) || hits.contains(Field.CITIZEN_ID))) {
				best = row;
				bestHits = hits.size();
			}
		}
		if (best == null) {
			return Optional.empty();
		}
		int at = top.indexOf(best);
		if (at > 0 && groups(top.get(at - 1), best)) {
			// a merged header read with its merges filled in: the lower row names more fields
			return Optional.of(twoRows(top.get(at - 1), best));
		}
		Optional<SheetRow> below = at + 1 < top.size() ? Optional.of(top.get(at + 1)) : Optional.empty();
		if (below.isPresent() && completes(best, below.get())) {
			return Optional.of(twoRows(best, below.get()));
		}
		List<Column> columns = new ArrayList<>();
		for (int i = 0; i < best.cells().size(); i++) {
			String h = best.cell(i).display().strip();
			Optional<Field> field = fieldOf(h);
			columns.add(new Column(i, h, field, field.flatMap(f -> Sessions.ofColumn(h, f))));
		}
		return Optional.of(new Mapping(List.of(best.number()), columns));
	}

	/** The field a one-row header names, also when a half-day word goes before or after it (上午签到). */
	private static Optional<Field> fieldOf(String header) {
		return Field.of(header).or(() -> Sessions.fieldWithout(header));
	}

	private static Set<Field> hits(SheetRow row) {
		Set<Field> hits = EnumSet.noneOf(Field.class);
		for (Cell c : row.cells()) {
			if (c instanceof Cell.Text t) {
				fieldOf(t.value()).ifPresent(hits::add);
			}
		}
		return hits;
	}

	/** Whether {@code above} holds half-day group words (上午, 下午) over fields of {@code header}. */
	private static boolean groups(SheetRow above, SheetRow header) {
		if (above.number() != header.number() - 1) {
			return false;
		}
		for (int i = 0; i < header.cells().size(); i++) {
			if (Field.of(header.cell(i).display()).isPresent() && Sessions.of(above.cell(i).display()).isPresent()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The row below a header completes it when it is next to it, is not data (it names fields and
	 * holds no dates or numbers), and sits under a group word (上午) or a blank of the header.
	 */
	private static boolean completes(SheetRow header, SheetRow below) {
		if (below.number() != header.number() + 1 || hits(below).isEmpty()) {
			return false;
		}
		boolean underGroup = false;
		for (int i = 0; i < below.cells().size(); i++) {
			Cell c = below.cell(i);
			if (c instanceof Cell.Number || c instanceof Cell.DateTime) {
				return false;
			}
			if (c instanceof Cell.Text t && Field.of(t.value()).isPresent()) {
				Cell above = header.cell(i);
				underGroup |= above.isBlank() || Sessions.of(above.display()).isPresent() || Field.of(above.display()).isEmpty();
			}
		}
		return underGroup;
	}

	private static Mapping twoRows(SheetRow top, SheetRow bottom) {
		int width = Math.max(top.cells().size(), bottom.cells().size());
		List<Column> columns = new ArrayList<>();
		String group = "";
		for (int i = 0; i < width; i++) {
			String own = top.cell(i).display().strip();
			String lower = bottom.cell(i).display().strip();
			// a merged group cell holds its text in its first column only
			if (!own.isEmpty()) {
				group = own;
			}
			String upper = own.isEmpty() && !lower.isEmpty() ? group : own;
			String header = lower.isEmpty() ? upper : upper.isEmpty() ? lower : upper + " " + lower;
			Optional<Field> field = lower.isEmpty() ? Field.of(upper) : Field.of(lower).or(() -> Field.of(upper));
			Optional<Sessions> session = lower.isEmpty() ? Optional.empty() : Sessions.of(upper);
			columns.add(new Column(i, header, field, session));
			if (lower.isEmpty() && !upper.isEmpty()) {
				group = ""; // a cell merged down, not a group
			}
		}
		return new Mapping(List.of(top.number(), bottom.number()), columns);
	}
}
