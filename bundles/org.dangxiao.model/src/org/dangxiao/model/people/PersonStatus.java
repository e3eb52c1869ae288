package org.dangxiao.model.people;

/** Whether a person still belongs to the population an organization must train and count. */
public enum PersonStatus {
	ACTIVE, // 在职
	TRANSFERRED_OUT, // 调出
	LEFT; // 离开

	public String label() {
		return switch (this) {
		case ACTIVE -> Messages.PersonStatus_ACTIVE;
		case TRANSFERRED_OUT -> Messages.PersonStatus_TRANSFERRED_OUT;
		case LEFT -> Messages.PersonStatus_LEFT;
		};
	}

	/** True when the status drops the person from coverage denominators (应训人数). */
	public boolean leavesPopulation() {
		return this != ACTIVE;
	}
}
