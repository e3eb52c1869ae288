package org.dangxiao.model.training;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.dangxiao.model.CitizenId;
import org.dangxiao.model.Gender;
import org.dangxiao.model.OrgId;
import org.dangxiao.model.OrgType;
import org.dangxiao.model.Organization;
import org.dangxiao.model.OrganizationTree;
import org.dangxiao.model.Person;
import org.dangxiao.model.PersonId;
import org.junit.jupiter.api.Test;

class TargetRuleTest {
	private static final OrgId CITY = new OrgId(1), TOWN_A = new OrgId(2), VILLAGE_A1 = new OrgId(3), TOWN_B = new OrgId(4);
	private static final OrganizationTree TREE = OrganizationTree.of(List.of(
			new Organization(CITY, "01", "阜康市委", OrgType.PARTY_COMMITTEE, Optional.empty()),
			new Organization(TOWN_A, "01-01", "甲乡党委", OrgType.PARTY_COMMITTEE, Optional.of(CITY)),
			new Organization(VILLAGE_A1, "01-01-01", "甲村党支部", OrgType.BRANCH, Optional.of(TOWN_A)),
			new Organization(TOWN_B, "01-02", "乙乡党委", OrgType.PARTY_COMMITTEE, Optional.of(CITY))));
	/** 驻村干部, 乡科级, in a village below town A. */
	private static final Person ZHANG = new Person(new PersonId(1), "张三", Gender.FEMALE, "汉族",
			CitizenId.of("11010519491231002X"), VILLAGE_A1, "驻村工作队员", Optional.of("乡科级"), Set.of("驻村干部"));
	/** 第一书记 and 新任乡村干部 with no rank, in town B. */
	private static final Person LI = new Person(new PersonId(2), "李四", Gender.MALE, "回族", citizenId("65230219850615123"),
			TOWN_B, "第一书记", Optional.empty(), Set.of("第一书记", "新任乡村干部"));
	private static final Optional<LocalDate> NO_DATE = Optional.empty();

	static CitizenId citizenId(String first17) {
		return CitizenId.of(first17 + CitizenId.checkCharacter(first17));
	}

	static TargetRule rule(Set<String> categories, OrgId subtree, Set<String> ranks, String from, String to) {
		return new TargetRule(categories, Optional.ofNullable(subtree), ranks, Optional.ofNullable(from).map(LocalDate::parse),
				Optional.ofNullable(to).map(LocalDate::parse));
	}

	@Test
	void everyoneMatchesTheEmptyRule() {
		assertTrue(TargetRule.everyone().matches(ZHANG, TREE, NO_DATE));
		assertTrue(TargetRule.everyone().matches(LI, TREE, NO_DATE));
	}

	@Test
	void subtreeIncludesItsRootAndEverythingBelow() {
		assertTrue(rule(Set.of(), TOWN_A, Set.of(), null, null).matches(ZHANG, TREE, NO_DATE));
		assertTrue(rule(Set.of(), VILLAGE_A1, Set.of(), null, null).matches(ZHANG, TREE, NO_DATE));
		assertFalse(rule(Set.of(), TOWN_A, Set.of(), null, null).matches(LI, TREE, NO_DATE));
		assertTrue(rule(Set.of(), CITY, Set.of(), null, null).matches(LI, TREE, NO_DATE));
	}

	@Test
	void anyOneCategoryIsEnough() {
		TargetRule newCadres = rule(Set.of("新任乡村干部", " 乡镇组织委员 "), null, Set.of(), null, null);
		assertTrue(newCadres.matches(LI, TREE, NO_DATE));
		assertFalse(newCadres.matches(ZHANG, TREE, NO_DATE));
		assertTrue(newCadres.categories().contains("乡镇组织委员"), "names are stripped");
	}

	@Test
	void ranksExcludePeopleWithoutRank() {
		TargetRule township = rule(Set.of(), null, Set.of("乡科级"), null, null);
		assertTrue(township.matches(ZHANG, TREE, NO_DATE));
		assertFalse(township.matches(LI, TREE, NO_DATE));
		assertFalse(rule(Set.of(), null, Set.of("县处级"), null, null).matches(ZHANG, TREE, NO_DATE));
	}

	@Test
	void appointmentRangeIsInclusiveAndNeedsADate() {
		TargetRule in2020 = rule(Set.of(), null, Set.of(), "2020-01-01", "2020-12-31");
		assertTrue(in2020.matches(LI, TREE, Optional.of(LocalDate.of(2020, 1, 1))));
		assertTrue(in2020.matches(LI, TREE, Optional.of(LocalDate.of(2020, 12, 31))));
		assertFalse(in2020.matches(LI, TREE, Optional.of(LocalDate.of(2019, 12, 31))));
		assertFalse(in2020.matches(LI, TREE, Optional.of(LocalDate.of(2021, 1, 1))));
		assertFalse(in2020.matches(LI, TREE, NO_DATE), "unknown appointment date");
		TargetRule since2020 = rule(Set.of(), null, Set.of(), "2020-01-01", null);
		assertTrue(since2020.matches(LI, TREE, Optional.of(LocalDate.of(2030, 1, 1))));
		assertThrows(IllegalArgumentException.class, () -> rule(Set.of(), null, Set.of(), "2021-01-01", "2020-12-31"));
	}

	@Test
	void allConditionsMustHold() {
		TargetRule r = rule(Set.of("驻村干部", "第一书记"), TOWN_A, Set.of("乡科级"), "2020-01-01", "2020-12-31");
		Optional<LocalDate> appointed = Optional.of(LocalDate.of(2020, 6, 1));
		assertTrue(r.matches(ZHANG, TREE, appointed));
		assertFalse(r.matches(LI, TREE, appointed), "right category, wrong subtree and no rank");
		assertFalse(r.matches(ZHANG.withRank(Optional.of("县处级")), TREE, appointed));
		assertFalse(r.matches(ZHANG.withOrganization(TOWN_B), TREE, appointed));
	}
}
