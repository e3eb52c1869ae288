package org.dangxiao.training.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.dangxiao.model.Check;
import org.dangxiao.model.OrgId;
import org.dangxiao.model.nls.Nls;

/**
 * How far the classes fall short of placing everyone, and why. It describes the request, not an
 * edited proposal: {@code placeable} is the most any proposal can place.
 *
 * <p>The unplaced are split without overlap: first the seats missing in total before the deadline
 * ({@link #seatShortfall()}), then the rest, which only the per-unit limit keeps out
 * ({@link #limitShortfall()}): without the limit every seat could be filled.
 *
 * @param people      people not yet trained
 * @param seats       free seats of the classes that end by the deadline
 * @param placeable   the most people that can be placed under all rules
 * @param limit       at most this many of one unit in one class
 * @param lateClasses classes not used because they end after the deadline
 * @param cappedUnits units with more people than the limit lets them place at all, most over first
 */
public record Shortfall(int people, int seats, int placeable, int limit, LocalDate deadline, int lateClasses,
		List<CappedUnit> cappedUnits) {
	/** How many units the explanation names before summing up the rest. */
	private static final int UNITS_NAMED = 3;

	public Shortfall {
		Check.count(people, "people");
		Check.count(seats, "seats");
		Check.count(lateClasses, "lateClasses");
		if (placeable < 0 || placeable > people || placeable > seats) {
			throw new IllegalArgumentException(placeable + " placeable of " + people + " people and " + seats + " seats");
		}
		if (limit < 1) {
			throw new IllegalArgumentException("limit " + limit);
		}
		Objects.requireNonNull(deadline, "deadline");
		cappedUnits = List.copyOf(cappedUnits);
	}

	/** People no proposal can place. */
	public int unplaced() {
		return people - placeable;
	}

	public boolean everyoneFits() {
		return placeable == people;
	}

	/** People beyond the free seats before the deadline; 0 when there are seats enough. */
	public int seatShortfall() {
		return Math.max(0, people - seats);
	}

	/** The further people left out only because of the per-unit limit. */
	public int limitShortfall() {
		return unplaced() - seatShortfall();
	}

	/** A few sentences for the user, units shown by their ids. */
	public String explanation() {
		return explanation(OrgId::toString);
	}

	/** A few sentences for the user, units shown by {@code unitName}, e.g. from the organization tree. */
	public String explanation(Function<OrgId, String> unitName) {
		List<String> sentences = new ArrayList<>();
		if (people == 0) {
			sentences.add(Messages.Shortfall_NOBODY);
		} else if (everyoneFits()) {
			sentences.add(Nls.bind(Messages.Shortfall_ALL_FIT, people, deadline, seats));
		} else {
			if (seatShortfall() > 0) {
				sentences.add(Nls.bind(Messages.Shortfall_SEATS, seats, people, seatShortfall()));
			}
			if (limitShortfall() > 0) {
				sentences.add(seatShortfall() > 0
						? Nls.bind(Messages.Shortfall_LIMIT_ALSO, limitShortfall(), limit, seats - placeable)
						: Nls.bind(Messages.Shortfall_LIMIT, seats, people, limitShortfall(), limit));
				if (!cappedUnits.isEmpty()) {
					sentences.add(Nls.bind(Messages.Shortfall_CAPPED_UNITS, unitList(unitName)));
				}
			}
		}
		if (people > 0 && lateClasses > 0) {
			sentences.add(Nls.bind(Messages.Shortfall_LATE_CLASSES, lateClasses, deadline));
		}
		return join(sentences);
	}

	private String unitList(Function<OrgId, String> unitName) {
		List<String> named = cappedUnits.stream().limit(UNITS_NAMED)
				.map(u -> Nls.bind(Messages.Shortfall_CAPPED_UNIT, unitName.apply(u.unit()), u.people(), u.maxPlaceable()))
				.toList();
		String list = String.join(Messages.Shortfall_UNIT_SEPARATOR, named);
		int more = cappedUnits.size() - named.size();
		return more == 0 ? list : Nls.bind(Messages.Shortfall_MORE_UNITS, list, cappedUnits.size(), more);
	}

	/** Chinese runs sentences together; Latin scripts put a space after the full stop. */
	static String join(List<String> sentences) {
		StringBuilder text = new StringBuilder();
		for (String s : sentences) {
			if (!text.isEmpty() && text.charAt(text.length() - 1) < '\u3000') {
				text.append(' ');
			}
			text.append(s);
		}
		return text.toString();
	}
}
