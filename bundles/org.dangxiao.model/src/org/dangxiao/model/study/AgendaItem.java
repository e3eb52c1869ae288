package org.dangxiao.model.study;

import org.dangxiao.model.Check;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.dangxiao.model.nls.Nls;

/**
 * One item of a meeting's agenda.
 *
 * @param order      1 for the first item
 * @param firstTopic whether this is the 第一议题; only item 1 can be, by definition
 * @param form       how it was studied; empty for items that decide rather than study (e.g. 研究人事),
 *                   required for the 第一议题
 * @param materials  what was studied, in the order studied
 */
public record AgendaItem(int order, String title, boolean firstTopic, Optional<StudyForm> form,
		List<MaterialId> materials) {
	public AgendaItem {
		title = Check.text(title, "title");
		Objects.requireNonNull(form, "form");
		materials = List.copyOf(materials);
		if (order < 1) {
			throw new IllegalArgumentException("agenda order starts at 1: " + order);
		}
		if (firstTopic && order != 1) {
			throw new IllegalArgumentException(Nls.bind(Messages.AgendaItem_FIRST_TOPIC_NOT_FIRST, title, order));
		}
		if (firstTopic && form.isEmpty()) {
			throw new IllegalArgumentException(Nls.bind(Messages.AgendaItem_FIRST_TOPIC_WITHOUT_FORM, title));
		}
	}
}
