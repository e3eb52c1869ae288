package org.dangxiao.example.qrsignin;

import java.util.List;
import java.util.Optional;

/**
 * The columns of a QR-code sign-in export (v2; v1 files lack 所在单位, 签到状态 and 备注), each with the
 * header word the attendance import maps it by ({@code org.dangxiao.imports.Field}'s synonyms).
 * The import words are data for the import's header matching, not text for users, so they are
 * not translated.
 */
enum QrColumn {
	SEQUENCE("序号", List.of("序号")),
	PERSON("姓名", List.of("签到人", "签到人姓名")),
	CITIZEN_ID("身份证号", List.of("证件号码", "身份证号")),
	ORGANIZATION("单位", List.of("所在单位")),
	SCANNED("签到时间", List.of("扫码时间")),
	// 签到点 and 签到方式 are handed on under names of their own, which the import leaves alone
	PLACE("扫码地点", List.of("签到点")),
	ACTIVITY("课程名称", List.of("活动名称")),
	METHOD("扫码方式", List.of("签到方式")),
	STATUS("状态", List.of("签到状态")),
	NOTE("备注", List.of("备注"));

	/** The header the import is given. */
	final String importHeader;
	/** The headers the export writes. */
	final List<String> exportHeaders;

	QrColumn(String importHeader, List<String> exportHeaders) {
		this.importHeader = importHeader;
		this.exportHeaders = exportHeaders;
	}

	static Optional<QrColumn> of(String exportHeader) {
		String h = exportHeader.strip();
		for (QrColumn c : values()) {
			if (c.exportHeaders.contains(h)) {
				return Optional.of(c);
			}
		}
		return Optional.empty();
	}
}
