package org.dangxiao.model.training;

import org.dangxiao.model.Check;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.dangxiao.model.OrganizationTree;
import org.dangxiao.model.OrgId;
import org.dangxiao.model.Person;
import org.dangxiao.model.nls.Nls;

/**
 * Who a program must train (its 应训 population). Every condition that is set must hold.
 *
 * @param categories    the person needs any one of them (e.g. 新任乡村干部, 驻村干部, 第一书记); empty: anyone
 * @param subtree       the person's organization is this one or below it; empty: the whole tree
 * @param ranks         the person's 职级 is one of these; empty: any rank, including none
 * @param appointedFrom with {@code appointedTo}, an inclusive range for the appointment date,
 *                      how 新任 (newly appointed) cadres are told apart
 */
public record TargetRule(Set<String> categories, Optional<OrgId> subtree, Set<String> ranks,
		Optional<LocalDate> appointedFrom, Optional<LocalDate> appointedTo) {
	public TargetRule {
		categories = strip(categories, "category");
		ranks = strip(ranks, "rank");
		Objects.requireNonNull(subtree, "subtree");
		Objects.requireNonNull(appointedFrom, "appointedFrom");
		Objects.requireNonNull(appointedTo, "appointedTo");
		if (appointedFrom.isPresent() && appointedTo.isPresent() && appointedTo.get().isBefore(appointedFrom.get())) {
			throw new IllegalArgumentException(
					Nls.bind(Messages.TargetRule_APPOINTMENT_RANGE_REVERSED, appointedFrom.get(), appointedTo.get()));
		}
	}

	/** Everyone in the workspace. */
	public static TargetRule everyone() {
		return new TargetRule(Set.of(), Optional.empty(), Set.of(), Optional.empty(), Optional.empty());
	}

	/**
	 * @param appointed when the person took up the post that makes them a target; when the rule
	 *                  asks for an appointment range and the date is unknown the person does not
	 *                  match, since counting them would inflate the denominator with a guess
	 */
	public boolean matches(Person p, OrganizationTree tree, Optional<LocalDate> appointed) {
		if (!categories.isEmpty() && p.categories().stream().noneMatch(categories::contains)) {
			return false;
		}
		if (subtree.isPresent() && !tree.isWithin(p.organization(), subtree.get())) {
			return false;
		}
		if (!ranks.isEmpty() && !p.rank().filter(ranks::contains).isPresent()) {
			return false;
		}
		if (appointedFrom.isEmpty() && appointedTo.isEmpty()) {
			return true;
		}
		return appointed.filter(d -> appointedFrom.map(f -> !d.isBefore(f)).orElse(true)
				&& appointedTo.map(t -> !d.isAfter(t)).orElse(true)).isPresent();
	}

	private static Set<String> strip(Set<String> names, String what) {
		return names.stream().map(n -> Check.text(n, what)).collect(Collectors.toUnmodifiableSet());
	}
}
