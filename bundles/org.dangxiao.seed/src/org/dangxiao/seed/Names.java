package org.dangxiao.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.dangxiao.model.Gender;

/**
 * Personal names for the demo as they are written in Chinese registers: Han and Hui names from a
 * surname and given-name stock, Uyghur and Kazakh names as transliterated given name and
 * father's name joined by a middle dot (艾力·买买提), Mongol names as one transliterated name.
 */
final class Names {
	/** 民族 as written in registers, with the ethnic make-up of 昌吉州's places in mind. */
	enum Ethnicity {
		HAN("汉族"), HUI("回族"), KAZAKH("哈萨克族"), UYGHUR("维吾尔族"), MONGOL("蒙古族");

		private final String label;

		Ethnicity(String label) {
			this.label = label;
		}

		String label() {
			return label;
		}
	}

	/** Weights in the order of {@link Ethnicity}: Han, Hui, Kazakh, Uyghur, Mongol. */
	static Weighted<Ethnicity> mix(int... weights) {
		Weighted.Builder<Ethnicity> b = new Weighted.Builder<>();
		for (Ethnicity e : Ethnicity.values()) {
			b.add(e, weights[e.ordinal()]);
		}
		return b.build();
	}

	/* The given-name stock never contains 三, so the one 张三 of the demo is the one put there on purpose. */
	private static final Weighted<String> HAN_SURNAMES = Weighted.parse("王:10 李:10 张:9 刘:7 陈:6 杨:5 赵:4 黄:3 周:3 吴:3 "
			+ "徐:2 孙:2 胡:2 朱:2 高:2 林:2 何:2 郭:2 马:2 罗:2 梁 宋 郑 谢 韩 唐 冯 于 董 肖 程 曹 袁 邓 许 傅 沈 曾 彭 吕 苏 卢 蒋 蔡 "
			+ "贾 丁 魏 薛 叶 阎 余 潘 杜 戴 夏 钟 汪 田 任 姜 范 方 石 姚 谭 廖 邹 熊 金 陆 郝 孔 白 崔 康 毛 邱 秦 江 史 顾 侯 邵 孟 "
			+ "龙 万 段 雷 钱 汤 尹 易 常 武 乔 贺 赖 文 庄 祝");
	private static final Weighted<String> HUI_SURNAMES = Weighted.parse("马:30 杨:6 韩:5 白:4 李:4 王:4 冶:3 苏:3 丁:3 "
			+ "穆:2 海:2 哈:2 虎:2 沙:2 金:2 张:2 周:1 纳:1 拜:1 鲜:1");
	private static final List<String> MALE_SINGLE = split("伟 强 军 勇 杰 涛 斌 超 明 刚 平 辉 鹏 飞 鑫 波 宁 帅 松 胜 顺 森 凯 "
			+ "亮 磊 峰 浩 健 龙 东 江 海 林 彬 兵 毅 虎 成 华 山 晨 阳");
	private static final List<String> MALE_FIRST = split("志 建 国 文 永 世 少 树 德 立 俊 宏 春 晓 振 新 学 泽 家 红 卫 金 玉 "
			+ "子 天 思 书 胜 顺 忠 长 庆");
	private static final List<String> MALE_SECOND = split("强 军 伟 刚 平 明 华 林 松 涛 斌 辉 杰 龙 峰 勇 宇 轩 博 东 成 生 福 "
			+ "亮 民 荣 鹏 阳 超 山");
	private static final List<String> FEMALE_SINGLE = split("芳 娜 敏 静 丽 艳 娟 霞 玲 燕 红 琴 梅 莉 婷 雪 爽 莎 倩 颖 蕾 洁 "
			+ "慧 萍 英 兰 瑶 琳");
	private static final List<String> FEMALE_FIRST = split("秀 桂 玉 淑 丽 晓 海 春 美 雅 思 雨 佳 欣 慧 文 素 诗 书 梦 紫 若 "
			+ "凤 金 红");
	private static final List<String> FEMALE_SECOND = split("英 兰 芳 珍 华 梅 燕 霞 娟 萍 婷 琳 洁 静 雪 敏 涵 怡 琪 月 丹 妍 "
			+ "琴 莲");
	private static final List<String> UYGHUR_MALE = split("艾力 买买提 阿不都拉 吐尔逊 艾合买提 热合曼 伊力哈木 阿迪力 努尔买买提 "
			+ "肉孜 亚森 麦麦提江 阿布力孜 卡德尔 艾尔肯 吾斯曼 阿力木 玉素甫 依明 托合提 克里木 买合木提 塔依尔 牙生");
	private static final List<String> UYGHUR_FEMALE = split("古丽 阿依古丽 古丽娜尔 热依拉 帕提古丽 迪丽努尔 阿娜尔古丽 米娜瓦尔 "
			+ "努尔古丽 再努尔 祖丽胡玛尔 布合力且木 阿瓦古丽 热娜 萨迪古丽 阿依努尔 茹仙古丽 玛依努尔");
	private static final List<String> KAZAKH_MALE = split("叶尔兰 努尔兰 别克 加尔肯 达吾列提 哈力木 叶尔波力 胡安德克 赛力克 "
			+ "巴合提 木拉提 叶尔江 吾拉孜别克 阿斯哈尔 叶尔肯 马木尔 哈依拉提 努尔别克 阿合买提 别尔克 托列根 哈那提 加纳提 叶尔森 库尔曼");
	private static final List<String> KAZAKH_FEMALE = split("阿依古丽 古丽米拉 加娜尔 沙吾列 哈丽达 玛依拉 阿依努尔 古丽扎提 "
			+ "热依汗 加米拉 别克孜拉 达娜 卡丽玛 阿丽娅 努尔加玛丽 古丽巴合提 沙丽塔娜特");
	private static final List<String> MONGOL_MALE = split("巴特尔 宝音 那顺 孟和 额尔敦 布仁 巴图 朝鲁");
	private static final List<String> MONGOL_FEMALE = split("其木格 乌兰 苏日娜 萨仁 图雅 高娃 娜仁");
	private static final String MIDDLE_DOT = "\u00B7";

	private Names() {
	}

	static String name(Ethnicity ethnicity, Gender gender, Random random) {
		boolean male = gender == Gender.MALE;
		return switch (ethnicity) {
		case HAN -> HAN_SURNAMES.pick(random) + hanGivenName(male, random);
		case HUI -> HUI_SURNAMES.pick(random) + hanGivenName(male, random);
		case UYGHUR -> withFather(male ? UYGHUR_MALE : UYGHUR_FEMALE, UYGHUR_MALE, random);
		case KAZAKH -> withFather(male ? KAZAKH_MALE : KAZAKH_FEMALE, KAZAKH_MALE, random);
		case MONGOL -> pick(male ? MONGOL_MALE : MONGOL_FEMALE, random);
		};
	}

	private static String hanGivenName(boolean male, Random random) {
		if (random.nextInt(10) < 4) {
			return pick(male ? MALE_SINGLE : FEMALE_SINGLE, random);
		}
		return pick(male ? MALE_FIRST : FEMALE_FIRST, random) + pick(male ? MALE_SECOND : FEMALE_SECOND, random);
	}

	private static String withFather(List<String> given, List<String> fathers, Random random) {
		String own = pick(given, random);
		String father = pick(fathers, random);
		while (father.equals(own)) {
			father = pick(fathers, random);
		}
		return own + MIDDLE_DOT + father;
	}

	static <T> T pick(List<T> items, Random random) {
		return items.get(random.nextInt(items.size()));
	}

	private static List<String> split(String words) {
		return List.of(words.split(" "));
	}

	/** Items drawn with fixed integer weights; only {@link Random#nextInt(int)}, whose results Java specifies. */
	static final class Weighted<T> {
		private final List<T> items;
		private final int[] upTo;

		private Weighted(List<T> items, int[] upTo) {
			this.items = List.copyOf(items);
			this.upTo = upTo;
		}

		/** {@code "王:10 李:10 梁"}: items separated by spaces, weight 1 unless given after a colon. */
		static Weighted<String> parse(String spec) {
			Builder<String> b = new Builder<>();
			for (String token : spec.split(" ")) {
				int colon = token.indexOf(':');
				b.add(colon < 0 ? token : token.substring(0, colon),
						colon < 0 ? 1 : Integer.parseInt(token.substring(colon + 1)));
			}
			return b.build();
		}

		T pick(Random random) {
			int x = random.nextInt(upTo[upTo.length - 1]);
			int i = 0;
			while (x >= upTo[i]) {
				i++;
			}
			return items.get(i);
		}

		static final class Builder<T> {
			private final List<T> items = new ArrayList<>();
			private final List<Integer> weights = new ArrayList<>();

			Builder<T> add(T item, int weight) {
				if (weight > 0) {
					items.add(item);
					weights.add(weight);
				}
				return this;
			}

			Weighted<T> build() {
				int[] upTo = new int[weights.size()];
				int sum = 0;
				for (int i = 0; i < upTo.length; i++) {
					sum += weights.get(i);
					upTo[i] = sum;
				}
				return new Weighted<>(items, upTo);
			}
		}
	}
}
