package org.dangxiao.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class OrganizationTreeTest {
	static Organization org(long id, String code, String name, OrgType type, Long parent) {
		return new Organization(new OrgId(id), code, name, type, Optional.ofNullable(parent).map(OrgId::new));
	}

	private static final Organization CITY = org(1, "01", "阜康市委", OrgType.PARTY_COMMITTEE, null);
	private static final Organization COMMUNITY = org(2, "01-01", "博峰街社区党委", OrgType.PARTY_COMMITTEE, 1L);
	private static final Organization GRID = org(3, "01-01-01", "第一网格党支部", OrgType.BRANCH, 2L);
	private static final Organization BUILDING = org(4, "01-01-01-01", "1号楼党小组", OrgType.GROUP, 3L);
	private static final Organization GRID2 = org(5, "01-01-02", "第二网格党支部", OrgType.BRANCH, 2L);

	@Test
	void navigatesAValidTree() {
		OrganizationTree tree = OrganizationTree.of(List.of(BUILDING, GRID2, GRID, COMMUNITY, CITY));
		assertEquals(CITY, tree.root().orElseThrow());
		assertEquals(List.of(GRID, GRID2), tree.children(COMMUNITY.id()), "children sorted by code");
		assertEquals(List.of(CITY, COMMUNITY, GRID, BUILDING), tree.path(BUILDING.id()));
		assertEquals(List.of(COMMUNITY, GRID, BUILDING, GRID2), tree.subtree(COMMUNITY.id()));
		assertTrue(tree.isWithin(BUILDING.id(), CITY.id()));
		assertTrue(!tree.isWithin(GRID2.id(), GRID.id()));
		assertEquals(COMMUNITY, tree.parent(GRID.id()).orElseThrow());
		assertTrue(OrganizationTree.of(List.of()).root().isEmpty(), "an empty workspace has no root");
	}

	@Test
	void exactlyOneRoot() {
		Organization county = org(9, "02", "吉木萨尔县委", OrgType.PARTY_COMMITTEE, null);
		var e = assertThrows(TreeInvariantException.class, () -> OrganizationTree.of(List.of(CITY, county)));
		assertTrue(e.getMessage().contains("阜康市委") && e.getMessage().contains("吉木萨尔县委"), e.getMessage());
	}

	@Test
	void noCycles() {
		assertThrows(IllegalArgumentException.class, () -> org(7, "x", "自环", OrgType.BRANCH, 7L));
		Organization a = org(7, "07", "甲支部", OrgType.BRANCH, 8L);
		Organization b = org(8, "08", "乙支部", OrgType.BRANCH, 7L);
		assertThrows(TreeInvariantException.class, () -> OrganizationTree.of(List.of(a, b)), "a cycle with no root");
		// a cycle beside a proper root is not reachable from it
		assertThrows(TreeInvariantException.class, () -> OrganizationTree.of(List.of(CITY, a, b)));
	}

	@Test
	void parentsMustExistAndCodesBeUnique() {
		assertThrows(TreeInvariantException.class, () -> OrganizationTree.of(List.of(CITY, GRID)));
		Organization twin = org(6, "01-01", "重复代码党委", OrgType.PARTY_COMMITTEE, 1L);
		var e = assertThrows(TreeInvariantException.class, () -> OrganizationTree.of(List.of(CITY, COMMUNITY, twin)));
		assertTrue(e.getMessage().contains("01-01"), e.getMessage());
	}
}
