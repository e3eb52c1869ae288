package org.dangxiao.model.study;

/** What a study material is. */
public enum MaterialKind {
	SPEECH, // 讲话
	INSTRUCTION, // 指示批示
	DOCUMENT; // 文件

	public String label() {
		return switch (this) {
		case SPEECH -> Messages.MaterialKind_SPEECH;
		case INSTRUCTION -> Messages.MaterialKind_INSTRUCTION;
		case DOCUMENT -> Messages.MaterialKind_DOCUMENT;
		};
	}
}
