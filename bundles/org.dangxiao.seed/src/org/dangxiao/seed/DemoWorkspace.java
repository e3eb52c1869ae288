package org.dangxiao.seed;

import static org.dangxiao.model.OrgType.BRANCH;
import static org.dangxiao.model.OrgType.GENERAL_BRANCH;
import static org.dangxiao.model.OrgType.GROUP;
import static org.dangxiao.model.OrgType.PARTY_COMMITTEE;
import static org.dangxiao.model.OrgType.WORKING_COMMITTEE;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.dangxiao.model.CitizenId;
import org.dangxiao.model.Gender;
import org.dangxiao.model.OrgId;
import org.dangxiao.model.OrgType;
import org.dangxiao.model.Organization;
import org.dangxiao.model.Person;
import org.dangxiao.model.PersonId;
import org.dangxiao.model.WorkspaceSnapshot;
import org.dangxiao.seed.Names.Ethnicity;
import org.dangxiao.seed.Names.Weighted;

/**
 * The demo workspace: 昌吉回族自治州 with 阜康市's community grid organizations, shaped by the
 * figures of seed article 004 ("城市党建抓网格": 19 communities, 96 grids, 55 grid branches, 123
 * building groups, 2,275 members), and 吉木萨尔县's townships and villages in the shape seed 000
 * names (村党组织 → 村民小组党小组(党支部)), peopled with the target groups of the 2020 rotation
 * training described in seed 002.
 *
 * <p>Everything derives from one fixed {@link Random} seed and list order (never hash order, the
 * clock or the locale), so every run yields the same snapshot and the committed seed files can be
 * checked against the generator. Ids are sequential from 1 in depth-first tree order.
 */
public final class DemoWorkspace {
	/** 昌吉回族自治州's region code (GB/T 2260), the root's code. */
	public static final String ROOT_CODE = "6523";
	/** 阜康市's region code, the code of its Party committee; codes below extend it with "-NN". */
	public static final String FUKANG_CODE = "652302";
	/** 吉木萨尔县's region code, the code of its Party committee. */
	public static final String JIMSAR_CODE = "652327";

	public static final int FUKANG_COMMUNITIES = 19;
	public static final int FUKANG_GRIDS = 96;
	public static final int FUKANG_GRID_BRANCHES = 55;
	public static final int FUKANG_BUILDING_GROUPS = 123;
	public static final int FUKANG_GRID_MEMBERS = 2275;

	/** Person categories, as the registers of training programmes name their target groups. */
	public static final String NEW_RURAL_CADRE = "新任乡村干部";
	public static final String VILLAGE_WORK_TEAM = "驻村干部";
	public static final String FIRST_SECRETARY = "第一书记";
	public static final String TOWNSHIP_ORGANIZATION_MEMBER = "乡镇组织委员";
	public static final String RURAL_REVITALIZATION_OFFICER = "乡村振兴专干";
	public static final String VILLAGE_SECRETARY = "村(社区)党组织书记";
	public static final String MOBILE_MEMBER = "流动党员";

	/** 职级 values used in the demo. */
	public static final String COUNTY_LEVEL = "县处级";
	public static final String TOWNSHIP_LEVEL = "乡科级";

	/** Changing the seed changes every generated row; the committed seed files must then be regenerated. */
	private static final long SEED = 20_200_701L;

	private static final String PREFECTURE_SEAT = "652301"; // 昌吉市, where the prefecture's party school is

	private static final Weighted<Ethnicity> FUKANG_MIX = Names.mix(72, 16, 6, 5, 1);
	private static final Weighted<Ethnicity> OFFICE_MIX = Names.mix(74, 12, 8, 5, 1);
	private static final Weighted<Ethnicity> HAN_VILLAGE_MIX = Names.mix(80, 10, 6, 3, 1);
	private static final Weighted<Ethnicity> HUI_VILLAGE_MIX = Names.mix(40, 55, 3, 2, 0);
	private static final Weighted<Ethnicity> KAZAKH_VILLAGE_MIX = Names.mix(25, 7, 65, 3, 0);

	private record Street(String name, boolean town, List<String> communities) {
	}

	private static final List<Street> FUKANG_STREETS = List.of(
			new Street("阜新街道", false, List.of("迎宾路社区", "天池街社区", "阜新社区", "康宁社区", "花园社区", "西环路社区", "汇源社区")),
			new Street("博峰街道", false, List.of("博峰社区", "瑶池社区", "东城社区", "南湖社区", "准东社区", "文化路社区", "石化社区")),
			new Street("甘河子镇", true, List.of("甘河子社区", "电厂社区", "新城社区")),
			new Street("城关镇", true, List.of("城关社区", "龙泉社区")));

	private static final List<String> ESTATES = List.of("阜兴花苑", "天池苑", "博峰小区", "迎宾花园", "康宁小区", "阳光家园",
			"金海湾小区", "西城小区", "东方嘉园", "和谐家园", "锦绣家园", "丽景苑", "华兴苑", "天山小区", "景泰苑", "书香门第", "怡和苑",
			"城市花园", "瑶池小区", "翠苑小区", "金色家园", "紫金苑", "南苑小区", "北苑小区", "石化小区", "电厂小区", "水泥厂小区",
			"煤矿家属院", "绿洲家园", "盛世花园", "康馨苑", "惠民小区", "育才小区", "安居小区", "富康花园", "佳和园", "幸福苑", "龙泉小区",
			"雪莲小区", "天瑞苑");

	private static final List<String> LANES = List.of("团结巷", "和平巷", "文化巷", "幸福巷", "胜利巷", "友谊巷", "光明巷", "民主巷",
			"红星巷", "东风巷", "建设巷", "解放巷", "新华巷", "育才巷", "天池巷", "博峰巷", "阜新巷", "振兴巷", "长青巷", "永安巷",
			"安宁巷", "吉祥巷", "人民巷", "文明巷", "和谐巷", "平安巷", "兴隆巷", "丰收巷", "康乐巷", "花园巷");

	/** 吉木萨尔县's towns and townships; pastoral ones have more Kazakh villages. */
	private static final List<String> JIMSAR_TOWNSHIPS = List.of("吉木萨尔镇", "三台镇", "泉子街镇", "北庭镇", "二工镇", "大有镇",
			"庆阳湖乡", "新地乡");
	private static final Set<String> PASTORAL_TOWNSHIPS = Set.of("泉子街镇", "新地乡");

	private static final List<String> VILLAGES = List.of("头工村", "二工村", "四工村", "西地村", "东地村", "大龙口村", "小龙口村",
			"沙山子村", "破城子村", "北庭村", "古城村", "双河村", "泉水地村", "大有村", "红旗村", "光明村", "团结村", "新地村", "老台村",
			"庆阳湖村", "长山子村", "三台村", "西上湖村", "东上湖村", "下湖村", "南湖村", "柳树河子村", "大泉村", "小泉村", "渭户沟村",
			"羊圈台子村", "二畦村", "龙王庙村", "中渠村", "东渠村", "西渠村", "新湖村", "碱泉子村", "八家户村", "小分子村", "大分子村",
			"油坊庄子村", "董家湾村", "赵家庄村", "太平村", "联合村", "胜利村", "和平村", "幸福村", "红光村", "向阳村", "东风村", "五一村",
			"前进村", "建设村", "永丰村", "丰收村", "黄渠村", "白杨河村", "石场沟村", "黑沟村", "韭菜园子村", "马场湖村", "水磨河村",
			"旱田村", "大东沟村", "小西沟村", "二道河村", "干沟村", "山坡村", "东梁村", "西梁村", "洞子沟村", "塘坊门村", "河坝沿村",
			"菜籽沟村", "上户村", "下户村", "新庄子村", "二道湾村");

	private static final List<String> COUNTY_OFFICES = List.of("县委组织部机关党支部", "县委宣传部机关党支部", "县委党校党支部",
			"县农业农村局党支部", "县乡村振兴局党支部", "县教育局机关党支部", "县财政局党支部");

	private static final String[] CHINESE_NUMBERS = { "一", "二", "三", "四", "五", "六", "七", "八", "九", "十" };

	private DemoWorkspace() {
	}

	/** The demo workspace; equal on every call. */
	public static WorkspaceSnapshot generate() {
		return new Generator(new Random(SEED)).run();
	}

	/**
	 * A position to be filled by a generated person.
	 *
	 * @param outsider   sent from elsewhere in the county (驻村干部, 第一书记), so drawn from the
	 *                   county offices' ethnic mix rather than the village's
	 * @param fixedName  a name given on purpose (the demo's 张三); such a person is a Han man
	 */
	private record Slot(String post, Optional<String> rank, Set<String> categories, int bornFrom, int bornTo,
			double femaleShare, boolean outsider, Optional<String> fixedName) {
		static Slot of(String post, int bornFrom, int bornTo, double femaleShare, String... categories) {
			return new Slot(post, Optional.empty(), Set.of(categories), bornFrom, bornTo, femaleShare, false,
					Optional.empty());
		}

		Slot withRank(String newRank) {
			return new Slot(post, Optional.of(newRank), categories, bornFrom, bornTo, femaleShare, outsider, fixedName);
		}

		Slot sentFromOutside() {
			return new Slot(post, rank, categories, bornFrom, bornTo, femaleShare, true, fixedName);
		}

		Slot withName(String name) {
			return new Slot(post, rank, categories, bornFrom, bornTo, 0, outsider, Optional.of(name));
		}

		Slot withCategory(String category) {
			Set<String> more = new TreeSet<>(categories);
			more.add(category);
			return new Slot(post, rank, more, bornFrom, bornTo, femaleShare, outsider, fixedName);
		}
	}

	/** Where people of an organization come from: the region code of their IDs and their ethnic mix. */
	private record Place(String regionCode, Weighted<Ethnicity> mix) {
	}

	/** An organization and the positions to be filled in it, in the order people get their ids. */
	private record Planned(Organization org, Place place, List<Slot> slots) {
	}

	/** Plans the tree and its positions first, then fills them, so people are numbered organization by organization. */
	private static final class Generator {
		private final Random random;
		private final List<Planned> planned = new ArrayList<>();
		/** First 17 digits of the IDs handed out; membership tests only, so its order never matters. */
		private final Set<String> usedIdPrefixes = new HashSet<>();

		Generator(Random random) {
			this.random = random;
		}

		WorkspaceSnapshot run() {
			Planned root = org(ROOT_CODE, "中共昌吉回族自治州委员会", PARTY_COMMITTEE, Optional.empty(),
					new Place(PREFECTURE_SEAT, OFFICE_MIX));
			partySchool(root);
			fukang(root);
			jimsar(root);
			return fill();
		}

		private Planned org(String code, String name, OrgType type, Optional<Planned> parent, Place place) {
			Organization o = new Organization(new OrgId(planned.size() + 1L), code, name, type,
					parent.map(p -> p.org().id()));
			Planned p = new Planned(o, place, new ArrayList<>());
			planned.add(p);
			return p;
		}

		private Planned org(String code, String name, OrgType type, Planned parent) {
			return org(code, name, type, Optional.of(parent), parent.place());
		}

		private void partySchool(Planned root) {
			Planned school = org(ROOT_CODE + "-01", "中共昌吉州委党校机关党支部", BRANCH, root);
			add(school, Slot.of("常务副校长", 1966, 1976, 0.2).withRank(COUNTY_LEVEL),
					Slot.of("副校长", 1968, 1980, 0.3).withRank(COUNTY_LEVEL),
					Slot.of("党支部书记、教务处处长", 1970, 1982, 0.4).withRank(TOWNSHIP_LEVEL),
					Slot.of("组织委员、培训部主任", 1972, 1985, 0.4).withRank(TOWNSHIP_LEVEL),
					Slot.of("宣传委员、教研部主任", 1972, 1985, 0.5).withRank(TOWNSHIP_LEVEL));
			repeat(school, 6, Slot.of("教师", 1975, 1995, 0.55));
			repeat(school, 3, Slot.of("班主任", 1980, 1997, 0.6));
		}

		// --- 阜康市: 街道(镇) → 社区 → 网格党支部 → 楼栋(巷道)党小组 ----------------------------------

		private void fukang(Planned root) {
			Planned city = org(FUKANG_CODE, "中共阜康市委员会", PARTY_COMMITTEE, Optional.of(root),
					new Place(FUKANG_CODE, FUKANG_MIX));
			add(city, Slot.of("市委书记", 1965, 1976, 0.1).withRank(COUNTY_LEVEL),
					Slot.of("市委副书记、市长", 1967, 1978, 0.2).withRank(COUNTY_LEVEL),
					Slot.of("市委副书记", 1968, 1980, 0.2).withRank(COUNTY_LEVEL),
					Slot.of("市委常委、组织部部长", 1969, 1981, 0.3).withRank(COUNTY_LEVEL));
			int[] branchesPerCommunity = spread(FUKANG_GRID_BRANCHES, FUKANG_COMMUNITIES, 2, 5);
			int[] gridsPerBranch = spread(FUKANG_GRIDS, FUKANG_GRID_BRANCHES, 1, 3);
			int[] groupsPerBranch = spread(FUKANG_BUILDING_GROUPS, FUKANG_GRID_BRANCHES, 1, 4);
			Deck<String> estates = new Deck<>(ESTATES);
			Deck<String> lanes = new Deck<>(LANES);
			List<Planned> gridOrgs = new ArrayList<>();
			int community = 0;
			int branch = 0;
			for (int s = 0; s < FUKANG_STREETS.size(); s++) {
				Street street = FUKANG_STREETS.get(s);
				Planned streetOrg = street.town()
						? org(FUKANG_CODE + "-" + two(s + 1), street.name() + "党委", PARTY_COMMITTEE, city)
						: org(FUKANG_CODE + "-" + two(s + 1), street.name() + "党工委", WORKING_COMMITTEE, city);
				add(streetOrg, Slot.of(street.town() ? "镇党委书记" : "街道党工委书记", 1968, 1982, 0.2).withRank(TOWNSHIP_LEVEL),
						Slot.of(street.town() ? "镇党委副书记、镇长" : "街道党工委副书记、办事处主任", 1970, 1985, 0.3)
								.withRank(TOWNSHIP_LEVEL),
						street.town()
								? Slot.of("镇党委委员、组织委员", 1975, 1990, 0.4, TOWNSHIP_ORGANIZATION_MEMBER).withRank(TOWNSHIP_LEVEL)
								: Slot.of("街道党工委委员、组织委员", 1975, 1990, 0.4).withRank(TOWNSHIP_LEVEL));
				for (int c = 0; c < street.communities().size(); c++, community++) {
					String name = street.communities().get(c);
					int branches = branchesPerCommunity[community];
					String code = streetOrg.org().code() + "-" + two(c + 1);
					// 社区党委 needs many members; the bigger communities have one, the others a 党总支
					Planned communityOrg = branches >= 3 ? org(code, name + "党委", PARTY_COMMITTEE, streetOrg)
							: org(code, name + "党总支", GENERAL_BRANCH, streetOrg);
					add(communityOrg,
							Slot.of(branches >= 3 ? "社区党委书记" : "社区党总支书记", 1970, 1988, 0.45, VILLAGE_SECRETARY),
							Slot.of("社区第一书记", 1972, 1992, 0.3, FIRST_SECRETARY).sentFromOutside());
					if (random.nextBoolean()) {
						add(communityOrg, Slot.of(branches >= 3 ? "社区党委副书记" : "社区党总支副书记", 1975, 1995, 0.5));
					}
					repeat(communityOrg, 1 + random.nextInt(2),
							Slot.of("驻社区工作队队员", 1975, 1998, 0.35, VILLAGE_WORK_TEAM).sentFromOutside());
					int grid = 1;
					for (int b = 0; b < branches; b++, branch++) {
						int grids = gridsPerBranch[branch];
						Planned branchOrg = org(code + "-" + two(b + 1), name + gridLabel(grid, grids) + "网格党支部", BRANCH,
								communityOrg);
						grid += grids;
						gridOrgs.add(branchOrg);
						add(branchOrg, Slot.of("党支部书记", 1965, 1990, 0.4), Slot.of("组织委员", 1970, 1995, 0.45),
								Slot.of("宣传委员", 1970, 1998, 0.5));
						if (random.nextInt(10) < 4) {
							add(branchOrg, Slot.of("党支部副书记", 1968, 1992, 0.4));
						}
						if (random.nextInt(10) < 6) {
							add(branchOrg, Slot.of("纪检委员", 1968, 1995, 0.4));
						}
						repeat(branchOrg, grids, Slot.of("网格员", 1975, 2000, 0.6));
						buildingGroups(branchOrg, groupsPerBranch[branch], estates, lanes, gridOrgs);
					}
				}
			}
			placeGridMembers(gridOrgs);
		}

		/** 楼栋党小组 in an estate, or 巷道党小组 along the lanes of an older quarter. */
		private void buildingGroups(Planned branch, int count, Deck<String> estates, Deck<String> lanes,
				List<Planned> gridOrgs) {
			boolean estate = random.nextInt(4) > 0;
			String estateName = estate ? estates.next() : "";
			List<Integer> buildings = distinct(count, 60);
			for (int g = 0; g < count; g++) {
				String code = branch.org().code() + "-" + two(g + 1);
				Planned group = estate ? org(code, estateName + buildings.get(g) + "号楼党小组", GROUP, branch)
						: org(code, lanes.next() + "党小组", GROUP, branch);
				gridOrgs.add(group);
				add(group, Slot.of("党小组组长", 1962, 1990, 0.4), Slot.of(estate ? "楼栋长" : "巷长", 1960, 1992, 0.45));
			}
		}

		/**
		 * Fills the grid organizations up to the article's 2,275 members: the 机关党员干部 registered
		 * where they live (在职党员到社区报到), spread over branches and groups.
		 */
		private void placeGridMembers(List<Planned> gridOrgs) {
			int placed = gridOrgs.stream().mapToInt(p -> p.slots().size()).sum();
			if (placed > FUKANG_GRID_MEMBERS) {
				throw new IllegalStateException("more grid posts than grid members: " + placed);
			}
			Slot member = Slot.of("党员", 1960, 2003, 0.4);
			for (int i = placed; i < FUKANG_GRID_MEMBERS; i++) {
				int kind = random.nextInt(100);
				Slot slot = kind < 3 ? member.withCategory(MOBILE_MEMBER)
						: kind < 8 ? Slot.of("党员", 1965, 1990, 0.35).withRank(TOWNSHIP_LEVEL) : member;
				Names.pick(gridOrgs, random).slots().add(slot);
			}
		}

		// --- 吉木萨尔县: 县直机关工委, 乡镇党委 → 村党组织 → 村民小组党小组(党支部) ----------------------

		private void jimsar(Planned root) {
			Place county = new Place(JIMSAR_CODE, OFFICE_MIX);
			Planned committee = org(JIMSAR_CODE, "中共吉木萨尔县委员会", PARTY_COMMITTEE, Optional.of(root), county);
			add(committee, Slot.of("县委书记", 1965, 1976, 0.1).withRank(COUNTY_LEVEL),
					Slot.of("县委副书记、县长", 1967, 1978, 0.2).withRank(COUNTY_LEVEL),
					Slot.of("县委副书记", 1968, 1980, 0.2).withRank(COUNTY_LEVEL),
					Slot.of("县委常委、组织部部长", 1969, 1981, 0.3).withRank(COUNTY_LEVEL),
					Slot.of("县委常委、宣传部部长", 1969, 1982, 0.4).withRank(COUNTY_LEVEL));
			Planned organs = org(JIMSAR_CODE + "-00", "中共吉木萨尔县直属机关工作委员会", WORKING_COMMITTEE, committee);
			add(organs, Slot.of("县直机关工委书记", 1968, 1980, 0.3).withRank(TOWNSHIP_LEVEL),
					Slot.of("县直机关工委副书记", 1972, 1986, 0.4).withRank(TOWNSHIP_LEVEL));
			for (int i = 0; i < COUNTY_OFFICES.size(); i++) {
				Planned office = org(JIMSAR_CODE + "-00-" + two(i + 1), COUNTY_OFFICES.get(i), BRANCH, organs);
				add(office, Slot.of("党支部书记", 1968, 1982, 0.3).withRank(TOWNSHIP_LEVEL),
						Slot.of("组织委员", 1975, 1992, 0.4), Slot.of("宣传委员", 1975, 1995, 0.5),
						Slot.of("纪检委员", 1972, 1992, 0.4));
				for (int m = 5 + random.nextInt(6); m > 0; m--) {
					add(office, random.nextInt(100) < 15 ? Slot.of("党员", 1968, 1985, 0.35).withRank(TOWNSHIP_LEVEL)
							: Slot.of("党员", 1970, 2000, 0.45));
				}
			}
			Deck<String> villages = new Deck<>(VILLAGES);
			for (int t = 0; t < JIMSAR_TOWNSHIPS.size(); t++) {
				township(committee, t, villages);
			}
		}

		private void township(Planned county, int index, Deck<String> villageNames) {
			String name = JIMSAR_TOWNSHIPS.get(index);
			String head = name.endsWith("镇") ? "镇长" : "乡长";
			Planned township = org(JIMSAR_CODE + "-" + two(index + 1), name + "党委", PARTY_COMMITTEE, county);
			add(township, Slot.of("党委书记", 1968, 1982, 0.15).withRank(TOWNSHIP_LEVEL),
					Slot.of("党委副书记、" + head, 1970, 1985, 0.25).withRank(TOWNSHIP_LEVEL),
					Slot.of("党委副书记", 1972, 1987, 0.3).withRank(TOWNSHIP_LEVEL),
					Slot.of("党委委员、组织委员", 1978, 1992, 0.4, TOWNSHIP_ORGANIZATION_MEMBER).withRank(TOWNSHIP_LEVEL),
					Slot.of("党委委员、宣传委员", 1978, 1992, 0.5).withRank(TOWNSHIP_LEVEL),
					Slot.of("纪委书记", 1975, 1990, 0.3).withRank(TOWNSHIP_LEVEL));
			repeat(township, 2 + random.nextInt(3), Slot.of("乡村振兴专干", 1994, 2002, 0.5, RURAL_REVITALIZATION_OFFICER));
			repeat(township, 1 + random.nextInt(2), Slot.of("党政综合办公室干事", 1993, 2001, 0.5, NEW_RURAL_CADRE));
			repeat(township, 2 + random.nextInt(4), Slot.of("党员", 1965, 1998, 0.4));
			boolean pastoral = PASTORAL_TOWNSHIPS.contains(name);
			int villages = 6 + random.nextInt(5);
			for (int v = 0; v < villages; v++) {
				int roll = random.nextInt(100);
				Weighted<Ethnicity> mix = roll < (pastoral ? 35 : 6) ? KAZAKH_VILLAGE_MIX
						: roll < (pastoral ? 45 : 18) ? HUI_VILLAGE_MIX : HAN_VILLAGE_MIX;
				// the demo's one 张三 is a newly appointed village cadre in the county's first village
				village(township, v, villageNames.next(), new Place(JIMSAR_CODE, mix), index == 0 && v == 0);
			}
		}

		private void village(Planned township, int index, String name, Place place, boolean withZhangSan) {
			// a village with many members has a 党总支 whose 村民小组 have their own 党支部
			boolean general = random.nextInt(10) < 3;
			String code = township.org().code() + "-" + two(index + 1);
			Planned village = org(code, name + (general ? "党总支" : "党支部"), general ? GENERAL_BRANCH : BRANCH,
					Optional.of(township), place);
			String secretary = general ? "村党总支书记" : "村党支部书记";
			boolean onePerson = random.nextBoolean(); // 书记、主任“一肩挑”
			add(village, newCadre(Slot.of(onePerson ? secretary + "、村委会主任" : secretary, 1966, 1990, 0.15,
					VILLAGE_SECRETARY), 25));
			if (!onePerson) {
				add(village, newCadre(Slot.of("村委会主任", 1968, 1992, 0.2), 30));
			}
			if (random.nextBoolean()) {
				add(village, newCadre(Slot.of(general ? "村党总支副书记" : "村党支部副书记", 1972, 1995, 0.3), 30));
			}
			Slot organizer = Slot.of("组织委员", 1972, 1998, 0.35);
			add(village, withZhangSan ? organizer.withCategory(NEW_RURAL_CADRE).withName("张三") : newCadre(organizer, 30));
			add(village, newCadre(Slot.of("宣传委员", 1972, 1998, 0.4), 30),
					newCadre(Slot.of("纪检委员", 1970, 1996, 0.3), 30));
			Slot firstSecretary = Slot.of("驻村第一书记", 1970, 1992, 0.2, FIRST_SECRETARY).sentFromOutside();
			add(village, random.nextBoolean() ? firstSecretary.withRank(TOWNSHIP_LEVEL) : firstSecretary);
			repeat(village, 2 + random.nextInt(3), Slot.of("驻村工作队队员", 1975, 1998, 0.3, VILLAGE_WORK_TEAM).sentFromOutside());
			if (random.nextInt(10) < 4) {
				add(village, Slot.of("乡村振兴专干", 1995, 2002, 0.5, RURAL_REVITALIZATION_OFFICER));
			}
			members(village, 4 + random.nextInt(7));
			int groups = 2 + random.nextInt(4);
			for (int g = 0; g < groups; g++) {
				String groupName = name + "第" + CHINESE_NUMBERS[g] + "村民小组";
				if (general) {
					Planned branch = org(code + "-" + two(g + 1), groupName + "党支部", BRANCH, village);
					add(branch, Slot.of("党支部书记", 1965, 1990, 0.2), Slot.of("组织委员", 1970, 1995, 0.3));
					members(branch, 3 + random.nextInt(6));
				} else {
					Planned group = org(code + "-" + two(g + 1), groupName + "党小组", GROUP, village);
					add(group, Slot.of("党小组组长", 1962, 1990, 0.25));
					members(group, 2 + random.nextInt(5));
				}
			}
		}

		/** A village cadre who took office in the 2018–2020 换届 and so belongs to the rotation training. */
		private Slot newCadre(Slot slot, int percent) {
			return random.nextInt(100) < percent ? slot.withCategory(NEW_RURAL_CADRE) : slot;
		}

		/** Ordinary members; some work away from home (流动党员). */
		private void members(Planned org, int count) {
			for (int i = 0; i < count; i++) {
				add(org, random.nextInt(100) < 6 ? Slot.of("党员", 1970, 2000, 0.25, MOBILE_MEMBER)
						: Slot.of("党员", 1960, 2003, 0.3));
			}
		}

		// --- people ----------------------------------------------------------------------------

		private WorkspaceSnapshot fill() {
			List<Person> people = new ArrayList<>();
			for (Planned p : planned) {
				for (Slot slot : p.slots()) {
					people.add(person(new PersonId(people.size() + 1L), p, slot));
				}
			}
			return new WorkspaceSnapshot(planned.stream().map(Planned::org).toList(), people);
		}

		private Person person(PersonId id, Planned org, Slot slot) {
			boolean fixed = slot.fixedName().isPresent();
			Gender gender = random.nextDouble() < slot.femaleShare() ? Gender.FEMALE : Gender.MALE;
			Ethnicity ethnicity = fixed ? Ethnicity.HAN : (slot.outsider() ? OFFICE_MIX : org.place().mix()).pick(random);
			String name = fixed ? slot.fixedName().get() : Names.name(ethnicity, gender, random);
			CitizenId citizenId = citizenId(org.place().regionCode(), slot.bornFrom(), slot.bornTo(), gender);
			return new Person(id, name, gender, ethnicity.label(), citizenId, org.org().id(), slot.post(), slot.rank(),
					slot.categories());
		}

		/** A valid, unused number: the place's region code, a birth date, a sequence of the gender's parity. */
		private CitizenId citizenId(String region, int bornFrom, int bornTo, Gender gender) {
			while (true) {
				int year = bornFrom + random.nextInt(bornTo - bornFrom + 1);
				LocalDate birth = LocalDate.ofYearDay(year, 1 + random.nextInt(Year.of(year).length()));
				for (int attempt = 0; attempt < 20; attempt++) {
					int sequence = gender == Gender.MALE ? 1 + 2 * random.nextInt(500) : 2 + 2 * random.nextInt(499);
					String first17 = region + digits(birth.getYear(), 4) + digits(birth.getMonthValue(), 2)
							+ digits(birth.getDayOfMonth(), 2) + digits(sequence, 3);
					if (usedIdPrefixes.add(first17)) {
						return CitizenId.of(first17 + CitizenId.checkCharacter(first17));
					}
				}
			}
		}

		// --- helpers ---------------------------------------------------------------------------

		private static void add(Planned org, Slot... slots) {
			org.slots().addAll(Arrays.asList(slots));
		}

		private static void repeat(Planned org, int times, Slot slot) {
			org.slots().addAll(Collections.nCopies(times, slot));
		}

		/** {@code n} numbers, each in [min, max], adding up to {@code total}. */
		private int[] spread(int total, int n, int min, int max) {
			if (n * min > total || n * max < total) {
				throw new IllegalArgumentException("cannot spread " + total + " over " + n);
			}
			int[] counts = new int[n];
			Arrays.fill(counts, min);
			for (int left = total - n * min; left > 0;) {
				int i = random.nextInt(n);
				if (counts[i] < max) {
					counts[i]++;
					left--;
				}
			}
			return counts;
		}

		/** {@code count} different numbers from 1 to {@code max}, ascending: building numbers. */
		private List<Integer> distinct(int count, int max) {
			Set<Integer> chosen = new TreeSet<>();
			while (chosen.size() < count) {
				chosen.add(1 + random.nextInt(max));
			}
			return List.copyOf(chosen);
		}

		/** Names without repeats until the list is used up; then it is shuffled again. */
		private final class Deck<T> {
			private final List<T> source;
			private final List<T> cards = new ArrayList<>();

			Deck(List<T> source) {
				this.source = source;
			}

			T next() {
				if (cards.isEmpty()) {
					cards.addAll(source);
					Collections.shuffle(cards, random);
				}
				return cards.remove(cards.size() - 1);
			}
		}
	}

	/** "第3" for one grid, "第3、4" for two, "第3至5" for more: grids are numbered within the community. */
	private static String gridLabel(int first, int count) {
		return switch (count) {
		case 1 -> "第" + first;
		case 2 -> "第" + first + "、" + (first + 1);
		default -> "第" + first + "至" + (first + count - 1);
		};
	}

	/** Zero-padded without String.format, whose digits depend on the default locale. */
	private static String digits(int value, int width) {
		String s = Integer.toString(value);
		return "0".repeat(Math.max(0, width - s.length())) + s;
	}

	private static String two(int value) {
		return digits(value, 2);
	}
}
