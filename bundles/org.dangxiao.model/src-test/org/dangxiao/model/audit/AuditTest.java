package org.dangxiao.model.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.dangxiao.model.testing.Translations;
import org.junit.jupiter.api.Test;

class AuditTest {
	/** SHA-256 of the empty file. */
	private static final String EMPTY_SHA = "E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855";
	private static final Instant AT = Instant.parse("2024-03-05T02:00:00Z");

	static ImportBatch batch(String sha, int accepted, int rejected, int warnings) {
		return new ImportBatch(new ImportBatchId(1), "签到表.xlsx", sha, "王老师", AT, accepted, rejected, warnings);
	}

	@Test
	void sha256IsSixtyFourHexDigitsStoredLowerCase() {
		assertEquals(EMPTY_SHA.toLowerCase(), batch(" " + EMPTY_SHA + " ", 1, 0, 0).sha256());
		assertThrows(IllegalArgumentException.class, () -> batch(EMPTY_SHA.substring(1), 1, 0, 0), "63 digits");
		assertThrows(IllegalArgumentException.class, () -> batch(EMPTY_SHA + "0", 1, 0, 0), "65 digits");
		assertThrows(IllegalArgumentException.class, () -> batch("g" + EMPTY_SHA.substring(1), 1, 0, 0), "not hex");
		assertThrows(NullPointerException.class, () -> batch(null, 1, 0, 0));
	}

	@Test
	void countsAreNotNegative() {
		assertThrows(IllegalArgumentException.class, () -> batch(EMPTY_SHA, -1, 0, 0));
		assertThrows(IllegalArgumentException.class, () -> batch(EMPTY_SHA, 0, 0, -1));
		String summary = batch(EMPTY_SHA, 1234, 3, 5).summary();
		assertTrue(summary.contains("1234") && summary.contains("3") && !summary.startsWith("!"), summary);
	}

	@Test
	void auditEntriesNameWhoAndWhat() {
		assertEquals("修改人员“张三”", new AuditEntry(1, AT, "王老师", " 修改人员“张三” ", "EXECUTE").what());
		assertThrows(IllegalArgumentException.class, () -> new AuditEntry(2, AT, " ", "修改人员“张三”", "UNDO"));
		assertThrows(IllegalArgumentException.class, () -> new AuditEntry(-1, AT, "王老师", "x", "UNDO"));
	}

	@Test
	void everyMessageTranslated() {
		Translations.assertComplete(Messages.class);
	}
}
