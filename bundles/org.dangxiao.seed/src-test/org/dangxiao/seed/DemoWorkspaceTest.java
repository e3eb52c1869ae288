package org.dangxiao.seed;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.dangxiao.model.CitizenId;
import org.dangxiao.model.OrgId;
import org.dangxiao.model.OrgType;
import org.dangxiao.model.Organization;
import org.dangxiao.model.OrganizationTree;
import org.dangxiao.model.Person;
import org.dangxiao.model.WorkspaceSnapshot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoWorkspaceTest {
	private static WorkspaceSnapshot demo;
	private static OrganizationTree tree;

	@BeforeAll
	static void generate() {
		demo = DemoWorkspace.generate();
		tree = OrganizationTree.of(demo.organizations());
	}

	@Test
	void generationIsDeterministic(@TempDir Path dir) throws IOException {
		assertEquals(demo, DemoWorkspace.generate());
		SeedFiles.write(demo, dir.resolve("a"));
		SeedFiles.write(DemoWorkspace.generate(), dir.resolve("b"));
		for (String file : List.of(SeedFiles.ORGANIZATIONS_FILE, SeedFiles.PEOPLE_FILE)) {
			assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(file)),
					Files.readAllBytes(dir.resolve("b").resolve(file)), file);
		}
	}

	@Test
	void committedSeedIsWhatTheGeneratorWrites(@TempDir Path dir) throws IOException {
		String root = System.getProperty("dangxiao.root");
		if (root == null || root.isBlank()) {
			fail("System property dangxiao.root is not set; run the tests with -Ddangxiao.root=<checkout> "
					+ "so the committed seeds/demo files can be compared with the generator");
		}
		Path committed = Path.of(root, "seeds", "demo");
		SeedFiles.write(demo, dir);
		for (String file : List.of(SeedFiles.ORGANIZATIONS_FILE, SeedFiles.PEOPLE_FILE)) {
			Path path = committed.resolve(file);
			assertTrue(Files.isRegularFile(path), path + " is missing; regenerate it with ./dx seed");
			byte[] expected = Files.readAllBytes(dir.resolve(file));
			byte[] actual = Files.readAllBytes(path);
			if (!Arrays.equals(expected, actual)) {
				fail(path + " differs from what org.dangxiao.seed.SeedMain generates (" + firstDifference(expected, actual)
						+ "); do not edit it by hand, regenerate it with ./dx seed");
			}
		}
	}

	/** Where two files first differ, by line, so a stale seed is easy to understand. */
	private static String firstDifference(byte[] expected, byte[] actual) {
		String[] want = new String(expected, UTF_8).split("\n", -1);
		String[] have = new String(actual, UTF_8).split("\n", -1);
		for (int i = 0; i < Math.min(want.length, have.length); i++) {
			if (!want[i].equals(have[i])) {
				return "line " + (i + 1) + ": expected [" + want[i] + "] but found [" + have[i] + "]";
			}
		}
		return "expected " + want.length + " lines but found " + have.length;
	}

	@Test
	void seedFilesStaySmall(@TempDir Path dir) throws IOException {
		SeedFiles.write(demo, dir);
		assertTrue(Files.size(dir.resolve(SeedFiles.PEOPLE_FILE)) < 1_000_000);
	}

	@Test
	void idsAreSequentialFromOne() {
		for (int i = 0; i < demo.organizations().size(); i++) {
			assertEquals(i + 1, demo.organizations().get(i).id().value());
		}
		for (int i = 0; i < demo.people().size(); i++) {
			assertEquals(i + 1, demo.people().get(i).id().value());
		}
	}

	@Test
	void treeHasOneRootAndEveryPersonAnOrganization() {
		assertEquals(demo.organizations().size(), tree.size());
		assertEquals(DemoWorkspace.ROOT_CODE, tree.root().orElseThrow().code());
		assertEquals(1, demo.organizations().stream().filter(o -> o.parent().isEmpty()).count());
		for (Person p : demo.people()) {
			assertTrue(tree.contains(p.organization()), p.name());
		}
	}

	@Test
	void citizenIdsAreValidUniqueAndMatchGenderAndPlace() {
		Set<CitizenId> seen = new HashSet<>();
		for (Person p : demo.people()) {
			String id = p.citizenId().value();
			assertEquals(Optional.empty(), CitizenId.check(id), id);
			assertTrue(seen.add(p.citizenId()), "duplicate " + id);
			assertEquals(p.gender(), p.citizenId().gender(), id);
			int year = p.citizenId().birthDate().getYear();
			assertTrue(year >= 1960 && year <= 2003, id);
			String place = tree.path(p.organization()).stream().map(Organization::code)
					.filter(c -> c.startsWith(DemoWorkspace.FUKANG_CODE) || c.startsWith(DemoWorkspace.JIMSAR_CODE))
					.findFirst().map(c -> c.substring(0, 6)).orElse("652301");
			assertEquals(place, p.citizenId().regionCode(), id);
		}
	}

	@Test
	void fukangGridOrganizationsHaveTheArticlesFigures() {
		Organization fukang = byCode(DemoWorkspace.FUKANG_CODE);
		List<Organization> within = tree.subtree(fukang.id());
		List<Organization> communities = within.stream()
				.filter(o -> o.name().endsWith("社区党委") || o.name().endsWith("社区党总支")).toList();
		List<Organization> branches = within.stream().filter(o -> o.type() == OrgType.BRANCH).toList();
		List<Organization> groups = within.stream().filter(o -> o.type() == OrgType.GROUP).toList();
		assertEquals(DemoWorkspace.FUKANG_COMMUNITIES, communities.size());
		assertEquals(DemoWorkspace.FUKANG_GRID_BRANCHES, branches.size());
		assertTrue(branches.stream().allMatch(b -> b.name().endsWith("网格党支部")));
		assertEquals(DemoWorkspace.FUKANG_BUILDING_GROUPS, groups.size());
		assertTrue(groups.stream().allMatch(g -> communities.stream().anyMatch(c -> tree.isWithin(g.id(), c.id()))));
		Set<OrgId> grid = new HashSet<>();
		branches.forEach(b -> grid.add(b.id()));
		groups.forEach(g -> grid.add(g.id()));
		List<Person> inGrid = demo.people().stream().filter(p -> grid.contains(p.organization())).toList();
		assertEquals(DemoWorkspace.FUKANG_GRID_MEMBERS, inGrid.size());
		// one 网格员 per grid, so the 96 grids are there too
		assertEquals(DemoWorkspace.FUKANG_GRIDS, inGrid.stream().filter(p -> p.post().equals("网格员")).count());
	}

	@Test
	void jimsarHasTownshipsWithVillagesAndVillageGroups() {
		Organization county = byCode(DemoWorkspace.JIMSAR_CODE);
		List<Organization> townships = tree.children(county.id()).stream().filter(o -> o.name().endsWith("乡党委")
				|| o.name().endsWith("镇党委")).toList();
		assertTrue(townships.size() >= 6 && townships.size() <= 10, "townships: " + townships.size());
		for (Organization township : townships) {
			List<Organization> villages = tree.children(township.id());
			assertTrue(villages.size() >= 6 && villages.size() <= 10, township.name());
			for (Organization village : villages) {
				int groups = tree.children(village.id()).size();
				assertTrue(groups >= 2 && groups <= 5, village.name());
			}
		}
	}

	@Test
	void exactlyOneZhangSanAndOtherZsNames() {
		assertEquals(1, demo.people().stream().filter(p -> p.name().equals("张三")).count());
		// surname and given name whose pinyin start with z and s, for the "zs" filter demo
		long zs = demo.people().stream().map(Person::name)
				.filter(n -> n.length() >= 2 && "张赵周朱郑钟庄祝".indexOf(n.charAt(0)) >= 0
						&& "帅松胜顺森少树世淑思诗素爽莎书山生".indexOf(n.charAt(1)) >= 0)
				.count();
		assertTrue(zs >= 20, "names with pinyin initials zs: " + zs);
	}

	@Test
	void populationIsRealistic() {
		int total = demo.people().size();
		assertTrue(total >= 4000 && total <= 5000, "people: " + total);
		Map<String, Long> byCategory = new HashMap<>();
		demo.people().forEach(p -> p.categories().forEach(c -> byCategory.merge(c, 1L, Long::sum)));
		for (String category : List.of(DemoWorkspace.NEW_RURAL_CADRE, DemoWorkspace.VILLAGE_WORK_TEAM,
				DemoWorkspace.FIRST_SECRETARY, DemoWorkspace.TOWNSHIP_ORGANIZATION_MEMBER,
				DemoWorkspace.RURAL_REVITALIZATION_OFFICER, DemoWorkspace.VILLAGE_SECRETARY,
				DemoWorkspace.MOBILE_MEMBER)) {
			assertNotNull(byCategory.get(category), category);
		}
		long rotation = demo.people().stream()
				.filter(p -> p.categories().contains(DemoWorkspace.NEW_RURAL_CADRE)
						|| p.categories().contains(DemoWorkspace.VILLAGE_WORK_TEAM)
						|| p.categories().contains(DemoWorkspace.FIRST_SECRETARY))
				.count();
		assertTrue(rotation >= 200 && rotation <= 900, "rotation training population: " + rotation);
		Map<String, Long> byEthnicity = demo.people().stream()
				.collect(Collectors.groupingBy(Person::ethnicity, Collectors.counting()));
		assertTrue(byEthnicity.get("汉族") > total / 2, byEthnicity.toString());
		for (String ethnicity : List.of("回族", "哈萨克族", "维吾尔族")) {
			assertTrue(byEthnicity.getOrDefault(ethnicity, 0L) > total / 100, byEthnicity.toString());
		}
		assertTrue(demo.people().stream().anyMatch(p -> p.name().contains("·")));
		assertTrue(demo.people().stream().anyMatch(p -> p.rank().equals(Optional.of(DemoWorkspace.COUNTY_LEVEL))));
		assertTrue(demo.people().stream().anyMatch(p -> p.rank().equals(Optional.of(DemoWorkspace.TOWNSHIP_LEVEL))));
	}

	private static Organization byCode(String code) {
		return demo.organizations().stream().filter(o -> o.code().equals(code)).findFirst().orElseThrow();
	}
}
