package org.dangxiao.model.study;

import org.dangxiao.model.Check;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A speech, instruction or document that meetings study; kept once and referred to by id so the
 * 第一议题 register can show how often and where each one was studied.
 *
 * @param date   when it was given or issued, not when it was studied
 * @param source where it was published (e.g. 《求是》2024年第1期), as inspections ask for it
 */
public record StudyMaterial(MaterialId id, MaterialKind kind, String title, LocalDate date, String source) {
	public StudyMaterial {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(date, "date");
		title = Check.text(title, "title");
		source = Check.text(source, "source");
	}
}
