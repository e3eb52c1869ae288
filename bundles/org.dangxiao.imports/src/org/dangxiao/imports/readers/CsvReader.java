package org.dangxiao.imports.readers;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dangxiao.imports.Cell;
import org.dangxiao.imports.ImportException;
import org.dangxiao.imports.Messages;
import org.dangxiao.imports.SheetInfo;
import org.dangxiao.imports.SheetRow;
import org.dangxiao.imports.SourceReader;
import org.dangxiao.model.nls.Nls;

/**
 * CSV and text files through commons-csv. The encoding is found, not asked: a BOM says UTF-8 or
 * UTF-16; otherwise the file is UTF-8 if it decodes as UTF-8, else GB18030 (what older Excel and
 * WPS save in China, a superset of GBK). The delimiter is the one of comma, tab and semicolon that
 * splits the first lines most evenly.
 */
public final class CsvReader implements SourceReader {
	private static final int SNIFF = 64 * 1024;

	@Override
	public boolean accepts(String fileName, byte[] head) {
		String name = fileName.toLowerCase(Locale.ROOT);
		if (!(name.endsWith(".csv") || name.endsWith(".txt") || name.endsWith(".tsv"))) {
			return false;
		}
		// text, not a binary file renamed: no NUL bytes outside UTF-16
		boolean utf16 = head.length >= 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE) || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF));
		for (byte b : head) {
			if (b == 0 && !utf16) {
				return false;
			}
		}
		return true;
	}

	@Override
	public List<SheetInfo> sheets(Path file) throws ImportException {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return List.of(new SheetInfo(0, dot > 0 ? name.substring(0, dot) : name, false));
	}

	/** The encoding of {@code file}, and how many BOM bytes to skip. */
	record Encoding(Charset charset, int bom) {
	}

	static Encoding encoding(Path file) throws IOException {
		byte[] head;
		try (InputStream in = Files.newInputStream(file)) {
			head = in.readNBytes(3);
		}
		if (head.length >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF) {
			return new Encoding(StandardCharsets.UTF_8, 3);
		}
		if (head.length >= 2 && head[0] == (byte) 0xFF && head[1] == (byte) 0xFE) {
			return new Encoding(StandardCharsets.UTF_16LE, 2);
		}
		if (head.length >= 2 && head[0] == (byte) 0xFE && head[1] == (byte) 0xFF) {
			return new Encoding(StandardCharsets.UTF_16BE, 2);
		}
		var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		try (InputStream in = Files.newInputStream(file)) {
			byte[] buf = new byte[1 << 16];
			ByteBuffer carry = ByteBuffer.allocate(0);
			for (int n; (n = in.read(buf)) > 0;) {
				ByteBuffer bytes = ByteBuffer.allocate(carry.remaining() + n);
				bytes.put(carry).put(buf, 0, n).flip();
				var chars = java.nio.CharBuffer.allocate(bytes.remaining() + 1);
				var result = decoder.decode(bytes, chars, false);
				if (result.isError()) {
					return new Encoding(Charset.forName("GB18030"), 0);
				}
				carry = bytes.slice(); // an incomplete character at the end of the buffer
			}
			if (decoder.decode(carry, java.nio.CharBuffer.allocate(8), true).isError()) {
				return new Encoding(Charset.forName("GB18030"), 0); // the file ends inside a character
			}
		}
		return new Encoding(StandardCharsets.UTF_8, 0);
	}

	static char delimiter(String sample) {
		char best = ',';
		int bestScore = -1;
		for (char d : new char[] { ',', '\t', ';' }) {
			List<Integer> counts = new ArrayList<>();
			for (String line : sample.split("\r?\n")) {
				if (!line.isBlank()) {
					counts.add((int) line.chars().filter(ch -> ch == d).count());
				}
				if (counts.size() == 20) {
					break;
				}
			}
			if (counts.isEmpty()) {
				continue;
			}
			int min = counts.stream().mapToInt(Integer::intValue).min().orElse(0);
			int max = counts.stream().mapToInt(Integer::intValue).max().orElse(0);
			// title rows have fewer delimiters than the table; the table's rows agree on the most
			int score = max == 0 ? 0 : max * 10 - (max - min);
			if (score > bestScore) {
				best = d;
				bestScore = score;
			}
		}
		return best;
	}

	@Override
	public void read(Path file, SheetInfo sheet, RowSink sink) throws ImportException {
		try {
			if (Files.size(file) == 0) {
				throw new ImportException(Nls.bind(Messages.Read_EMPTY, file.getFileName()));
			}
			Encoding enc = encoding(file);
			String sample;
			try (InputStream in = Files.newInputStream(file)) {
				in.skipNBytes(enc.bom());
				sample = new String(in.readNBytes(SNIFF), enc.charset());
			}
			CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(sample)).setIgnoreSurroundingSpaces(false).get();
			try (InputStream in = Files.newInputStream(file)) {
				in.skipNBytes(enc.bom());
				Reader reader = new InputStreamReader(in, enc.charset());
				try (CSVParser parser = CSVParser.parse(reader, format)) {
					int number = 0;
					for (CSVRecord rec : parser) {
						number++;
						List<Cell> cells = new ArrayList<>(rec.size());
						for (int i = 0; i < rec.size() && i < Limits.MAX_COLUMNS; i++) {
							cells.add(Cell.text(Limits.checked(rec.get(i), file, number).strip()));
						}
						if (!sink.row(new SheetRow(number, cells))) {
							return;
						}
					}
				}
			}
		} catch (java.io.UncheckedIOException | IOException e) {
			throw new ImportException(Nls.bind(Messages.Read_FAILED, file.getFileName(), e.getMessage()), e);
		}
	}
}
