package org.dangxiao.imports;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.dangxiao.text.ChineseText;

/**
 * What a column of a sign-in sheet can mean, with the header words that name it. Headers are
 * compared after full-width folding and with spaces, colons and brackets removed, so 签到时间（上午）
 * and 签 到 时 间 both find {@link #SIGN_IN}.
 */
public enum Field {
	SEQUENCE("序号", "编号", "no"),
	NAME("姓名", "名字", "学员姓名", "参训人员", "签到人", "填写人", "您的姓名", "name"),
	CITIZEN_ID("身份证号", "身份证号码", "公民身份号码", "身份证", "证件号码", "证件号", "id"),
	ORGANIZATION("单位", "工作单位", "所在单位", "所在党组织", "党组织", "所在支部", "单位名称", "organization"),
	POST("职务", "职务职级", "post"),
	DATE("日期", "培训日期", "上课日期", "签到日期", "考勤日期", "打卡日期", "date"),
	COURSE("课程", "课程名称", "专题", "活动名称", "培训内容", "course"),
	SIGN_IN("签到", "签到时间", "到达时间", "打卡时间", "扫码时间", "考勤时间", "上班打卡时间", "上班1打卡时间", "signin"),
	SIGN_OUT("签退", "签退时间", "离开时间", "下班打卡时间", "下班1打卡时间", "signout"),
	STATUS("状态", "考勤", "考勤状态", "出勤情况", "出勤", "签到情况", "签到状态", "签到结果", "打卡状态", "打卡结果", "出勤状态", "考勤结果",
			"上班打卡结果", "上班1打卡结果", "status"),
	NOTE("备注", "说明", "note"),
	SUBMITTED("提交时间", "填写时间", "submitted"),
	/** A column saying which half-day a row is for (上午, 下午), as class heads' sheets have. */
	HALF_DAY("上下午", "时段", "场次", "上午下午", "halfday");

	/**
	 * Headers that start like a field's word but name something else, which the import leaves
	 * alone: a sign-in machine's 签到方式 is no sign-in time.
	 */
	private static final List<String> OTHER = List.of("签到点", "签到地点", "签到位置", "签到方式", "签到设备", "签到类型", "签到照片", "签到人数",
			"打卡地点", "打卡位置", "打卡方式", "打卡设备", "状态说明", "考勤组", "出勤次数", "出勤天数", "出勤率", "出勤学时", "缺勤次数", "签到次数",
			"身份证后六位", "身份证后四位", "证件号后六位");

	private final List<String> synonyms;
	/** The synonyms folded once: headers are compared with them for every sheet. */
	private final List<String> folded;

	Field(String... synonyms) {
		this.synonyms = List.of(synonyms);
		this.folded = this.synonyms.stream().map(Field::fold).toList();
	}

	public List<String> synonyms() {
		return synonyms;
	}

	public String label() {
		return Messages.label(this);
	}

	/** The header word folded for comparison; a form's question number (1、姓名, 2. 身份证号) goes too. */
	static String fold(String header) {
		return ChineseText.halfWidth(header).toLowerCase(Locale.ROOT).replaceFirst("^\\s*(?:q?\\d{1,3}\\s*[、.)]\\s*)", "")
				.replaceAll("[\\s:：()（）\\[\\]【】_\\-*#]", "");
	}

	/**
	 * The field a header names, if any. An exact synonym wins; otherwise the longest word the
	 * header starts with decides, so 签到时间（上午） is the sign-in time, 签到状态（上午） the status
	 * and 签到方式 nothing.
	 */
	public static Optional<Field> of(String header) {
		String h = fold(header);
		if (h.isEmpty() || OTHER.contains(h)) {
			return Optional.empty();
		}
		for (Field f : values()) {
			if (f.folded.contains(h)) {
				return Optional.of(f);
			}
		}
		Optional<Field> found = Optional.empty();
		int longest = 1; // one-character words are too short to go by
		for (String other : OTHER) {
			longest = h.startsWith(other) ? Math.max(longest, other.length()) : longest;
		}
		for (Field f : values()) {
			for (String s : f.folded) {
				if (s.length() > longest && h.startsWith(s)) {
					found = Optional.of(f);
					longest = s.length();
				}
			}
		}
		return found;
	}
}
