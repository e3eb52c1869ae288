package org.dangxiao.model;

public enum Gender {
	MALE, FEMALE;

	public String label() {
		return this == MALE ? Messages.Gender_MALE : Messages.Gender_FEMALE;
	}
}
