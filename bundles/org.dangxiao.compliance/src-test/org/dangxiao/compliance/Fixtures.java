package org.dangxiao.compliance;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.dangxiao.model.OrgId;
import org.dangxiao.model.OrgType;
import org.dangxiao.model.Organization;
import org.dangxiao.model.OrganizationTree;
import org.dangxiao.model.rules.FrequencyRule;
import org.dangxiao.model.rules.FrequencyRule.Period;
import org.dangxiao.model.rules.FrequencyRules;
import org.dangxiao.model.study.AgendaItem;
import org.dangxiao.model.study.MaterialId;
import org.dangxiao.model.study.Meeting;
import org.dangxiao.model.study.MeetingId;
import org.dangxiao.model.study.MeetingType;
import org.dangxiao.model.study.StudyForm;

/** Small builders the tests share, so each test shows only what it is about. */
final class Fixtures {
	static final Organization ROOT = org(1, "01", "县委", OrgType.PARTY_COMMITTEE, 0);
	static final Organization TOWN = org(2, "01-01", "城关镇党委", OrgType.PARTY_COMMITTEE, 1);
	static final Organization GENERAL = org(3, "01-01-01", "机关党总支", OrgType.GENERAL_BRANCH, 2);
	static final Organization BRANCH = org(4, "01-01-01-01", "第一党支部", OrgType.BRANCH, 3);
	static final Organization GROUP = org(5, "01-01-01-01-01", "第一党小组", OrgType.GROUP, 4);
	static final Organization BRANCH_2 = org(6, "01-02", "县直第二党支部", OrgType.BRANCH, 1);
	static final OrganizationTree TREE = OrganizationTree.of(List.of(ROOT, TOWN, GENERAL, BRANCH, GROUP, BRANCH_2));

	private Fixtures() {
	}

	/** An organization; {@code parent} 0 for the root. */
	static Organization org(long id, String code, String name, OrgType type, long parent) {
		return new Organization(new OrgId(id), code, name, type,
				parent == 0 ? Optional.empty() : Optional.of(new OrgId(parent)));
	}

	static LocalDate d(int year, int month, int day) {
		return LocalDate.of(year, month, day);
	}

	static Meeting meeting(long id, MeetingType type, LocalDate date, Organization org) {
		return new Meeting(new MeetingId(id), type, date, org.id(), Optional.empty(), List.of(), List.of(), "");
	}

	/** A meeting whose 第一议题 studies {@code materials}. */
	static Meeting firstTopic(long id, MeetingType type, LocalDate date, Organization org, long... materials) {
		AgendaItem item = new AgendaItem(1, "传达学习", true, Optional.of(StudyForm.CONVEYING), ids(materials));
		return new Meeting(new MeetingId(id), type, date, org.id(), Optional.empty(), List.of(), List.of(item), "");
	}

	static List<MaterialId> ids(long... materials) {
		return Arrays.stream(materials).mapToObj(MaterialId::new).toList();
	}

	/** Rules made of one rule, so a test sees only the cells it is about. */
	static FrequencyRules only(MeetingType type, OrgType appliesTo, Period period, int count) {
		return new FrequencyRules(List.of(new FrequencyRule(type, Set.of(appliesTo), period, count)));
	}
}
