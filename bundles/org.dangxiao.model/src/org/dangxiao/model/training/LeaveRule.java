package org.dangxiao.model.training;

import org.dangxiao.model.Check;
import java.math.BigDecimal;

/**
 * Leave during full-time training above {@code numerator/denominator} of the class's 学时 means
 * withdrawal (退训). Kept as a fraction so 1/7 is exact; as data because localities may differ.
 */
public record LeaveRule(int numerator, int denominator) {
	public LeaveRule {
		if (denominator <= 0 || numerator < 0 || numerator > denominator) {
			throw new IllegalArgumentException("leave share must be a fraction from 0 to 1: " + numerator + "/" + denominator);
		}
	}

	/** 《干部教育培训工作条例》(2023): more than 1/7. */
	public static LeaveRule standard() {
		return new LeaveRule(1, 7);
	}

	/** True when leave is strictly above the share; exactly the share is still allowed. */
	public boolean flagsWithdrawal(BigDecimal classHours, BigDecimal leaveHours) {
		Check.notNegative(classHours, "classHours");
		Check.notNegative(leaveHours, "leaveHours");
		return leaveHours.multiply(BigDecimal.valueOf(denominator))
				.compareTo(classHours.multiply(BigDecimal.valueOf(numerator))) > 0;
	}
}
