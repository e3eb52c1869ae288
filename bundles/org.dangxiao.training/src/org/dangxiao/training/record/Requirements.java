package org.dangxiao.training.record;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.dangxiao.model.Check;
import org.dangxiao.model.Person;

/**
 * Which training amount a cadre owes, by 职级, with the thresholds as data so a locality can
 * change them.
 *
 * <p>A rank is senior when, with all white space removed, it is exactly one of
 * {@code seniorRanks}. Rank is free text in the people data, so there is no guessing from parts
 * of it ("处" alone matches nothing): every spelling in use is listed. Everyone else, including
 * 乡科级, the 主任科员 grades and people without a rank, owes the yearly amount; an unknown
 * spelling of a senior rank therefore shows up as a yearly check the user can see and correct.
 *
 * @param seniorRanks 县处级 and above, in every spelling that counts
 * @param senior      the rolling rule for them
 * @param others      the yearly rule for everyone else
 */
public record Requirements(Set<String> seniorRanks, RollingRequirement senior, YearlyRequirement others) {
	public Requirements {
		seniorRanks = seniorRanks.stream().map(r -> normalize(Check.text(r, "rank")))
				.collect(Collectors.toUnmodifiableSet());
		Objects.requireNonNull(senior, "senior");
		Objects.requireNonNull(others, "others");
	}

	/**
	 * 县处级, 厅局级 and 省部级, each as the level, its 正职/副职, and the short forms (正处级,
	 * 副县级, 副厅级, 正部级 …), with the standard rules. The non-leading 调研员 and 巡视员 grades
	 * are not listed: the 条例 sets the 5-year rule for 领导干部; a locality that applies it to them
	 * adds them.
	 */
	public static Requirements standard() {
		return new Requirements(Set.of(
				"县处级", "县处级正职", "县处级副职", "正县处级", "副县处级", "正处级", "副处级", "正县级", "副县级",
				"厅局级", "厅局级正职", "厅局级副职", "正厅局级", "副厅局级", "正厅级", "副厅级", "正局级", "副局级",
				"省部级", "省部级正职", "省部级副职", "正省部级", "副省部级", "正部级", "副部级", "副省级"),
				RollingRequirement.standard(), YearlyRequirement.standard());
	}

	public boolean isSenior(Optional<String> rank) {
		return rank.map(Requirements::normalize).filter(seniorRanks::contains).isPresent();
	}

	public Requirement ruleFor(Optional<String> rank) {
		return isSenior(rank) ? senior : others;
	}

	/**
	 * @param promoted when {@code person} was promoted into their senior rank, if recently; ignored
	 *                 for the yearly rule
	 */
	public RequirementCheck check(Person person, TrainingRecord record, LocalDate asOf, Optional<LocalDate> promoted) {
		if (!record.person().equals(person.id())) {
			throw new IllegalArgumentException("record of " + record.person() + " checked for " + person.id());
		}
		return check(person.rank(), record, asOf, promoted);
	}

	public RequirementCheck check(Optional<String> rank, TrainingRecord record, LocalDate asOf,
			Optional<LocalDate> promoted) {
		return ruleFor(rank).check(record, asOf, promoted);
	}

	private static String normalize(String rank) {
		// full-width spaces too: ranks are often typed with a Chinese input method
		return rank.replaceAll("[\\s\\u3000]", "");
	}
}
