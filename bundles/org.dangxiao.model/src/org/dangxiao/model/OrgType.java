package org.dangxiao.model;

/** The kinds of Party organization, from the widest to the smallest. */
public enum OrgType {
	PARTY_COMMITTEE, // 党委
	LEADING_PARTY_GROUP, // 党组
	WORKING_COMMITTEE, // 党工委
	GENERAL_BRANCH, // 党总支
	BRANCH, // 党支部
	GROUP; // 党小组

	/** The name shown to users (党委, 党组, …). */
	public String label() {
		return switch (this) {
		case PARTY_COMMITTEE -> Messages.OrgType_PARTY_COMMITTEE;
		case LEADING_PARTY_GROUP -> Messages.OrgType_LEADING_PARTY_GROUP;
		case WORKING_COMMITTEE -> Messages.OrgType_WORKING_COMMITTEE;
		case GENERAL_BRANCH -> Messages.OrgType_GENERAL_BRANCH;
		case BRANCH -> Messages.OrgType_BRANCH;
		case GROUP -> Messages.OrgType_GROUP;
		};
	}
}
