package org.dangxiao.model.audit;

import org.dangxiao.model.Check;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import org.dangxiao.model.nls.Nls;

/**
 * One committed import of a spreadsheet, so every attendance row can be traced to its file.
 *
 * @param fileName the file's name as the user chose it, without folders
 * @param sha256   the file's SHA-256 as 64 lower-case hex digits; tells a re-import of the same
 *                 file from a new one with the same name
 */
public record ImportBatch(ImportBatchId id, String fileName, String sha256, String importedBy, Instant at, int accepted,
		int rejected, int warnings) {
	private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");

	public ImportBatch {
		Objects.requireNonNull(id, "id");
		// stores keep microseconds; a finer clock would make the record differ from itself read back
		at = Objects.requireNonNull(at, "at").truncatedTo(java.time.temporal.ChronoUnit.MICROS);
		fileName = Check.text(fileName, "fileName");
		importedBy = Check.text(importedBy, "importedBy");
		sha256 = Objects.requireNonNull(sha256, "sha256").strip().toLowerCase(Locale.ROOT);
		if (!SHA_256.matcher(sha256).matches()) {
			throw new IllegalArgumentException("sha256 must be 64 hexadecimal digits: " + sha256);
		}
		Check.count(accepted, "accepted");
		Check.count(rejected, "rejected");
		Check.count(warnings, "warnings");
	}

	/** E.g. 接受 120 行，拒绝 3 行，警告 5 条. */
	public String summary() {
		return Nls.bind(Messages.ImportBatch_SUMMARY, accepted, rejected, warnings);
	}
}
