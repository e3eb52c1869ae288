package org.dangxiao.model.training;

/** Where and how a class is held. */
public enum ClassMode {
	PARTY_SCHOOL, // 党校
	NIGHT_SCHOOL, // 夜校
	ONLINE, // 远程教育
	OUT_OF_REGION; // 区外

	public String label() {
		return switch (this) {
		case PARTY_SCHOOL -> Messages.ClassMode_PARTY_SCHOOL;
		case NIGHT_SCHOOL -> Messages.ClassMode_NIGHT_SCHOOL;
		case ONLINE -> Messages.ClassMode_ONLINE;
		case OUT_OF_REGION -> Messages.ClassMode_OUT_OF_REGION;
		};
	}

	/** Full-time (脱产) study, where the per-day 学时 and the {@link LeaveRule} apply. */
	public boolean fullTime() {
		return this == PARTY_SCHOOL || this == OUT_OF_REGION;
	}
}
