package org.dangxiao.example.qrsignin;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.dangxiao.imports.Cell;
import org.dangxiao.imports.Field;
import org.dangxiao.imports.ImportException;
import org.dangxiao.imports.SheetInfo;
import org.dangxiao.imports.SheetRow;
import org.dangxiao.imports.SourceReader;
import org.dangxiao.model.nls.Nls;

/**
 * Reads the CSV that QR-code sign-in systems export (扫码签到导出: a WeChat mini-program's or a
 * sign-in kiosk's web console), format v2:
 *
 * <pre>
 * # 扫码签到导出 v2
 * # 活动：2026年新任村干部培训班第一期
 * # 导出时间：2026-03-06 18:02:11
 * 序号,签到人,证件号码,所在单位,扫码时间,签到点,活动名称,签到方式,签到状态,备注
 * 1,王建国,652301198203154416,三工镇二工村党支部,2026-03-02 08:27:31,州委党校报告厅,开班式暨专题辅导,微信扫码,正常,
 * </pre>
 *
 * UTF-8 with a BOM (GB18030 is read too, for a file someone saved again with Excel), commas, CRLF,
 * RFC 4180 quotes; {@code #} lines above the header are metadata; 扫码时间 is
 * {@code yyyy-MM-dd HH:mm:ss}; 签到状态 is what the system judged against the session's start
 * (正常, 迟到) or what a class head did (补签: signed in by hand).
 *
 * <p>The import maps columns by their header words, and it knows this export's header; but the
 * general CSV reader would hand it the system's own status words (补签, 正常签到), which it does
 * not know, and the scan times as text. So this reader hands the import the header in its plainest
 * words (签到人 → 姓名, 扫码时间 → 签到时间, 活动名称 → 课程名称, 签到状态 → 状态, see {@link QrColumn}),
 * the scan times as date-time cells, ID numbers always as text, and the status words translated
 * (正常 → 出勤, 补签 → 出勤); words it does not know (代签) go through unchanged, so the import asks
 * about them instead of anyone guessing. Everything after reading — matching, checks, the plan and
 * its undoable command — is the import's.
 */
public final class QrSignInReader implements SourceReader {
	/** The first metadata line of every export starts with this. */
	static final String MARKER = "扫码签到导出";
	private static final Charset GB18030 = Charset.forName("GB18030");
	private static final int SNIFF = 64 * 1024;
	private static final int HEAD_LINES = 20;
	private static final DateTimeFormatter SCANNED = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);
	/** The system's status words and what the import calls them. */
	private static final Map<String, String> STATUS_WORDS = Map.of("正常", "出勤", "正常签到", "出勤", "补签", "出勤", "迟到", "迟到", "迟到签到",
			"迟到", "请假", "请假", "早退", "早退");

	@Override
	public boolean accepts(String fileName, byte[] head) {
		try {
			String name = fileName.toLowerCase(Locale.ROOT);
			if (!(name.endsWith(".csv") || name.endsWith(".txt"))) {
				return false;
			}
			return looksLikeExport(decode(head, StandardCharsets.UTF_8)) || looksLikeExport(decode(head, GB18030));
		} catch (RuntimeException e) {
			// accepts must not throw: a file this reader cannot judge is some other reader's
			return false;
		}
	}

	/** The marker line, or a header naming 扫码时间 and the person, before any other line. */
	static boolean looksLikeExport(String text) {
		String[] lines = text.split("\r\n|\r|\n", HEAD_LINES + 1);
		for (int i = 0; i < Math.min(lines.length, HEAD_LINES); i++) {
			String line = lines[i].strip();
			if (line.isEmpty()) {
				continue;
			}
			if (line.startsWith("#")) {
				if (line.substring(1).strip().startsWith(MARKER)) {
					return true;
				}
				continue;
			}
			// the first line that is no metadata is the header
			Set<QrColumn> columns = EnumSet.noneOf(QrColumn.class);
			for (String cell : line.split(",")) {
				QrColumn.of(cell.replace("\"", "")).ifPresent(columns::add);
			}
			return columns.contains(QrColumn.SCANNED) && (columns.contains(QrColumn.PERSON) || columns.contains(QrColumn.CITIZEN_ID));
		}
		return false;
	}

	private static String decode(byte[] head, Charset charset) {
		int bom = hasUtf8Bom(head) ? 3 : 0;
		return new String(head, bom, head.length - bom, charset);
	}

	private static boolean hasUtf8Bom(byte[] b) {
		return b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF;
	}

	@Override
	public List<SheetInfo> sheets(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return List.of(new SheetInfo(0, dot > 0 ? name.substring(0, dot) : name, false));
	}

	/** How the file is encoded, and how many BOM bytes to skip. */
	record Encoding(Charset charset, int bom) {
	}

	static Encoding encoding(Path file) throws IOException {
		byte[] head;
		try (InputStream in = Files.newInputStream(file)) {
			head = in.readNBytes(SNIFF);
		}
		if (hasUtf8Bom(head)) {
			return new Encoding(StandardCharsets.UTF_8, 3);
		}
		CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		// endOfInput false: a character cut at the end of the sample is no error
		boolean bad = utf8.decode(ByteBuffer.wrap(head), CharBuffer.allocate(head.length + 1), false).isError();
		return new Encoding(bad ? GB18030 : StandardCharsets.UTF_8, 0);
	}

	@Override
	public void read(Path file, SheetInfo sheet, RowSink sink) throws ImportException {
		try {
			if (Files.size(file) == 0) {
				throw new ImportException(Nls.bind(Messages.Read_EMPTY, file.getFileName()));
			}
			Encoding enc = encoding(file);
			try (InputStream in = Files.newInputStream(file)) {
				in.skipNBytes(enc.bom());
				CsvRecords records = new CsvRecords(new InputStreamReader(in, enc.charset()), file);
				List<Optional<QrColumn>> columns = null;
				int number = 0;
				for (List<String> record = records.next(1); record != null; record = records.next(number + 1)) {
					number++;
					SheetRow row;
					if (columns == null && isMetadata(record)) {
						// a blank row keeps the row numbers right; its text (导出时间 2026-03-06 …) must not
						// become the sheet's day, as a title row's date would
						row = new SheetRow(number, List.of());
					} else if (columns == null && !isBlank(record)) {
						columns = record.stream().map(QrColumn::of).toList();
						row = new SheetRow(number, header(record, columns));
					} else {
						row = new SheetRow(number, data(record, columns == null ? List.of() : columns));
					}
					if (!sink.row(row)) {
						return;
					}
				}
			}
		} catch (IOException | UncheckedIOException e) {
			throw new ImportException(Nls.bind(Messages.Read_FAILED, file.getFileName(), e.getMessage()), e);
		}
	}

	private static boolean isMetadata(List<String> record) {
		return record.get(0).strip().startsWith("#");
	}

	private static boolean isBlank(List<String> record) {
		return record.stream().allMatch(String::isBlank);
	}

	/**
	 * The header in the import's words. A column this reader does not know keeps its header, unless
	 * the import would take it for a field another column already gives (a future 打卡时间 is no
	 * second sign-in time): each field comes from one column.
	 */
	static List<Cell> header(List<String> record, List<Optional<QrColumn>> columns) {
		Set<Field> given = EnumSet.noneOf(Field.class);
		for (Optional<QrColumn> c : columns) {
			c.flatMap(k -> Field.of(k.importHeader)).ifPresent(given::add);
		}
		List<Cell> cells = new ArrayList<>();
		for (int i = 0; i < record.size(); i++) {
			String h = record.get(i).strip();
			Optional<QrColumn> known = columns.get(i);
			if (known.isPresent()) {
				cells.add(new Cell.Text(known.get().importHeader));
				continue;
			}
			Optional<Field> field = Field.of(h);
			if (field.isPresent() && !given.add(field.get())) {
				h = "导出列 " + h;
			}
			cells.add(Cell.text(h));
		}
		return cells;
	}

	static List<Cell> data(List<String> record, List<Optional<QrColumn>> columns) {
		List<Cell> cells = new ArrayList<>(record.size());
		for (int i = 0; i < record.size(); i++) {
			Optional<QrColumn> column = i < columns.size() ? columns.get(i) : Optional.empty();
			cells.add(cell(column, record.get(i).strip()));
		}
		return cells;
	}

	static Cell cell(Optional<QrColumn> column, String text) {
		if (text.isEmpty()) {
			return Cell.BLANK;
		}
		return switch (column.orElse(QrColumn.NOTE)) {
		case CITIZEN_ID -> Cell.text(unguarded(text));
		case SCANNED -> scanned(text);
		case STATUS -> new Cell.Text(STATUS_WORDS.getOrDefault(text, text));
		default -> new Cell.Text(text);
		};
	}

	/**
	 * The ID number without what exports put around it to keep Excel from turning it into a number
	 * (6.52301E+17): a leading apostrophe or tab, or ="…".
	 */
	static String unguarded(String id) {
		String s = id;
		if (s.startsWith("=\"") && s.endsWith("\"") && s.length() >= 3) {
			s = s.substring(2, s.length() - 1);
		}
		while (s.startsWith("'") || s.startsWith("\t")) {
			s = s.substring(1);
		}
		return s.strip();
	}

	/**
	 * A scan time as a date-time cell; anything else stays text, for the import to read
	 * (2026/3/2 8:27 after an Excel round trip) or to reject as a bad time (2026-03-02 08:6O:12).
	 */
	static Cell scanned(String text) {
		try {
			LocalDateTime t = LocalDateTime.parse(text, SCANNED);
			// the import reads a date-time at midnight as a bare date: leave such a scan as text, which it reads with its time
			return t.toLocalTime().equals(LocalTime.MIDNIGHT) ? new Cell.Text(text) : new Cell.DateTime(t);
		} catch (DateTimeParseException e) {
			return new Cell.Text(text);
		}
	}
}
