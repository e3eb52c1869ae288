package org.dangxiao.imports;

import java.util.Map;
import java.util.Optional;

import org.dangxiao.model.training.AttendanceStatus;
import org.dangxiao.text.ChineseText;

/** The words and ticks sheets use for attendance. An unknown word is a question, never a guess. */
public final class StatusWords {
	private StatusWords() {
	}

	private static final Map<String, AttendanceStatus> WORDS = Map.ofEntries(
			Map.entry("出勤", AttendanceStatus.PRESENT), Map.entry("到", AttendanceStatus.PRESENT),
			Map.entry("已到", AttendanceStatus.PRESENT), Map.entry("正常", AttendanceStatus.PRESENT),
			Map.entry("已签到", AttendanceStatus.PRESENT), Map.entry("签到", AttendanceStatus.PRESENT),
			Map.entry("参加", AttendanceStatus.PRESENT), Map.entry("是", AttendanceStatus.PRESENT),
			Map.entry("√", AttendanceStatus.PRESENT), Map.entry("✓", AttendanceStatus.PRESENT),
			Map.entry("✔", AttendanceStatus.PRESENT), Map.entry("○", AttendanceStatus.PRESENT),
			Map.entry("迟到", AttendanceStatus.LATE), Map.entry("早退", AttendanceStatus.LEFT_EARLY),
			Map.entry("请假", AttendanceStatus.ON_LEAVE), Map.entry("假", AttendanceStatus.ON_LEAVE),
			Map.entry("事假", AttendanceStatus.ON_LEAVE), Map.entry("病假", AttendanceStatus.ON_LEAVE),
			Map.entry("公假", AttendanceStatus.ON_LEAVE), Map.entry("已请假", AttendanceStatus.ON_LEAVE),
			Map.entry("缺勤", AttendanceStatus.ABSENT), Map.entry("缺席", AttendanceStatus.ABSENT),
			Map.entry("未到", AttendanceStatus.ABSENT), Map.entry("旷课", AttendanceStatus.ABSENT),
			Map.entry("未签到", AttendanceStatus.ABSENT), Map.entry("否", AttendanceStatus.ABSENT),
			Map.entry("×", AttendanceStatus.ABSENT), Map.entry("✗", AttendanceStatus.ABSENT),
			Map.entry("✘", AttendanceStatus.ABSENT), Map.entry("x", AttendanceStatus.ABSENT),
			Map.entry("present", AttendanceStatus.PRESENT), Map.entry("late", AttendanceStatus.LATE),
			Map.entry("leave", AttendanceStatus.ON_LEAVE), Map.entry("absent", AttendanceStatus.ABSENT));

	/** The status {@code word} names; empty for a word nobody taught us. */
	public static Optional<AttendanceStatus> of(String word) {
		String w = ChineseText.normalizeName(word).toLowerCase(java.util.Locale.ROOT);
		return Optional.ofNullable(WORDS.get(w));
	}
}
