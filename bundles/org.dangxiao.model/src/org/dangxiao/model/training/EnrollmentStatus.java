package org.dangxiao.model.training;

/** A trainee's standing on a class roster (学员名单). */
public enum EnrollmentStatus {
	ENROLLED, // 在训
	COMPLETED, // 结业
	ON_LEAVE, // 请假
	WITHDRAWN, // 退训
	MAKE_UP; // 补训

	public String label() {
		return switch (this) {
		case ENROLLED -> Messages.EnrollmentStatus_ENROLLED;
		case COMPLETED -> Messages.EnrollmentStatus_COMPLETED;
		case ON_LEAVE -> Messages.EnrollmentStatus_ON_LEAVE;
		case WITHDRAWN -> Messages.EnrollmentStatus_WITHDRAWN;
		case MAKE_UP -> Messages.EnrollmentStatus_MAKE_UP;
		};
	}
}
