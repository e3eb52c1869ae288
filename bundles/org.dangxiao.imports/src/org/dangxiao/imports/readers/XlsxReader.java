package org.dangxiao.imports.readers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.dangxiao.imports.Cell;
import org.dangxiao.imports.ImportException;
import org.dangxiao.imports.Messages;
import org.dangxiao.imports.SheetInfo;
import org.dangxiao.imports.SheetRow;
import org.dangxiao.imports.SourceReader;
import org.dangxiao.model.nls.Nls;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * .xlsx as a stream: the sheet's XML goes through a SAX handler row by row, so memory does not grow
 * with the rows (shared strings and styles are read once). Cells keep their kind: a number with a
 * date format is a date, a formula is its cached value. POI's zip guards refuse zip bombs.
 */
public final class XlsxReader implements SourceReader {
	@Override
	public boolean accepts(String fileName, byte[] head) {
		// a zip; .xlsm and files without the right extension are welcome too
		return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4
				&& !fileName.toLowerCase(Locale.ROOT).endsWith(".ods");
	}

	@Override
	public List<SheetInfo> sheets(Path file) throws ImportException {
		try (OPCPackage pkg = open(file)) {
			return sheets(file, new XSSFReader(pkg));
		} catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
			throw Readers.failure(file, e);
		}
	}

	private static OPCPackage open(Path file) throws InvalidFormatException {
		return OPCPackage.open(file.toFile(), PackageAccess.READ);
	}

	private static List<SheetInfo> sheets(Path file, XSSFReader reader) throws IOException, InvalidFormatException, SAXException, ImportException {
		List<SheetInfo> out = new ArrayList<>();
		try (InputStream wb = reader.getWorkbookData()) {
			XMLReader xml = xmlReader();
			xml.setContentHandler(new DefaultHandler() {
				@Override
				public void startElement(String uri, String local, String qName, Attributes a) {
					if (local.equals("sheet")) {
						String state = a.getValue("state");
						out.add(new SheetInfo(out.size(), a.getValue("name"), state != null && !state.equals("visible")));
					}
				}
			});
			parse(xml, wb, file, "xl/workbook.xml");
		} catch (javax.xml.parsers.ParserConfigurationException e) {
			throw new IOException(e);
		}
		return out;
	}

	@Override
	public void read(Path file, SheetInfo sheet, RowSink sink) throws ImportException {
		try (OPCPackage pkg = open(file)) {
			XSSFReader reader = new XSSFReader(pkg);
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
			StylesTable styles = reader.getStylesTable();
			XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
			for (int i = 0; it.hasNext(); i++) {
				try (InputStream in = it.next()) {
					if (i == sheet.index()) {
						List<int[]> merges = java.nio.file.Files.size(file) <= MERGE_SCAN_BYTES ? merges(it.getSheetPart(), file, sheet.name()) : List.of();
						XMLReader xml = xmlReader();
						xml.setContentHandler(new SheetHandler(file, strings, styles, sink, merges));
						try {
							parse(xml, in, file, sheet.name());
						} catch (Stop stop) {
							if (stop.failure != null) {
								throw stop.failure;
							}
						}
						return;
					}
				}
			}
			throw new ImportException(Nls.bind(Messages.Read_UNKNOWN_SHEET, file.getFileName(), sheet.name()));
		} catch (ImportException e) {
			throw e;
		} catch (IOException | OpenXML4JException | SAXException | javax.xml.parsers.ParserConfigurationException | RuntimeException e) {
			throw Readers.failure(file, e);
		}
	}

	/**
	 * Up to this size a sheet's merged cells are read first (they come after its rows): class heads'
	 * sheets merge a name over its 上午 and 下午 rows or a date over a day's rows, and every covered
	 * cell gets the merged value, as in .xls. Sign-in machines' big exports merge nothing and are read
	 * in one pass.
	 */
	private static final long MERGE_SCAN_BYTES = 4L << 20;

	/** The merged ranges of a sheet: {first row (1-based), first column, last row, last column (0-based)}. */
	private static List<int[]> merges(org.apache.poi.openxml4j.opc.PackagePart part, Path file, String sheet) throws IOException,
			SAXException, javax.xml.parsers.ParserConfigurationException, ImportException {
		List<int[]> out = new ArrayList<>();
		try (InputStream in = part.getInputStream()) {
			XMLReader xml = xmlReader();
			xml.setContentHandler(new DefaultHandler() {
				@Override
				public void startElement(String uri, String local, String qName, Attributes a) {
					if (local.equals("mergeCell") && a.getValue("ref") != null) {
						var r = org.apache.poi.ss.util.CellRangeAddress.valueOf(a.getValue("ref"));
						if (r.getLastColumn() < Limits.MAX_COLUMNS) {
							out.add(new int[] { r.getFirstRow() + 1, r.getFirstColumn(), r.getLastRow() + 1, r.getLastColumn() });
						}
					}
				}
			});
			parse(xml, in, file, sheet);
		}
		return out;
	}

	/**
	 * A SAX parser from Aalto: on the sheet XML of a 500,000-row export it takes about 60 % of the
	 * JDK parser's time (./dx bench import). It expands no entities but the five predefined ones and
	 * fetches no DTD, so a hostile part fails as damaged and reads no other file.
	 */
	private static XMLReader xmlReader() throws SAXException, javax.xml.parsers.ParserConfigurationException {
		com.fasterxml.aalto.sax.SAXParserFactoryImpl factory = new com.fasterxml.aalto.sax.SAXParserFactoryImpl();
		factory.setNamespaceAware(true);
		return factory.newSAXParser().getXMLReader();
	}

	/**
	 * Parses a part; XML that is not well-formed (or uses entities) is named by the part and line,
	 * not by the parser's English. A failure of the stream below (POI's zip-bomb guard) stays as it
	 * is, for {@link Readers#failure} to name.
	 */
	private static void parse(XMLReader xml, InputStream in, Path file, String part) throws IOException, SAXException, ImportException {
		try {
			xml.parse(new InputSource(in));
		} catch (SAXParseException e) {
			if (!(e.getException() instanceof com.fasterxml.aalto.WFCException)) {
				throw e;
			}
			throw new ImportException(Nls.bind(Messages.Read_BAD_XML, file.getFileName(), part, e.getLineNumber()), e);
		}
	}

	/** Ends the parse early: the sink had enough, or failed. */
	private static final class Stop extends SAXException {
		private static final long serialVersionUID = 1L;
		final transient ImportException failure;

		Stop(ImportException failure) {
			this.failure = failure;
		}
	}

	private static final class SheetHandler extends DefaultHandler {
		private final Path file;
		private final ReadOnlySharedStringsTable strings;
		private final StylesTable styles;
		private final RowSink sink;
		private final StringBuilder text = new StringBuilder();
		private final java.util.Map<Integer, Boolean> dateStyles = new java.util.HashMap<>();
		private final List<int[]> merges;
		/** The value of each merged range, from its first cell once read. */
		private final java.util.Map<int[], Cell> merged = new java.util.IdentityHashMap<>();
		private List<Cell> cells = new ArrayList<>();
		private int rowNumber;
		private int column;
		private String type;
		private String style;
		private boolean inValue;

		SheetHandler(Path file, ReadOnlySharedStringsTable strings, StylesTable styles, RowSink sink, List<int[]> merges) {
			this.file = file;
			this.strings = strings;
			this.styles = styles;
			this.sink = sink;
			this.merges = merges;
		}

		/** Gives the cells a merged range covers in this row its value. */
		private void fillMerges() {
			for (int[] m : merges) {
				if (rowNumber < m[0] || rowNumber > m[2]) {
					continue;
				}
				if (rowNumber == m[0]) {
					merged.put(m, m[1] < cells.size() ? cells.get(m[1]) : Cell.BLANK);
				}
				Cell value = merged.getOrDefault(m, Cell.BLANK);
				if (value.isBlank()) {
					continue;
				}
				while (cells.size() <= m[3]) {
					cells.add(Cell.BLANK);
				}
				for (int c = m[1]; c <= m[3]; c++) {
					if (cells.get(c).isBlank()) {
						cells.set(c, value);
					}
				}
			}
		}

		@Override
		public void startElement(String uri, String local, String qName, Attributes a) {
			switch (local) {
			case "row" -> {
				String r = a.getValue("r");
				rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
				cells = new ArrayList<>();
			}
			case "c" -> {
				String ref = a.getValue("r");
				column = ref == null ? cells.size() : column(ref);
				type = a.getValue("t");
				style = a.getValue("s");
				text.setLength(0);
			}
			case "v", "t" -> inValue = true;
			default -> {
			}
			}
		}

		@Override
		public void characters(char[] ch, int start, int length) throws SAXException {
			if (inValue) {
				text.append(ch, start, length);
				if (text.length() > Limits.MAX_CELL_CHARS) {
					throw new Stop(new ImportException(Nls.bind(Messages.Read_CELL_TOO_LONG, file.getFileName(), rowNumber, text.length())));
				}
			}
		}

		@Override
		public void endElement(String uri, String local, String qName) throws SAXException {
			switch (local) {
			case "v", "t" -> inValue = false;
			case "c" -> {
				if (column < Limits.MAX_COLUMNS) {
					while (cells.size() < column) {
						cells.add(Cell.BLANK);
					}
					cells.add(cell());
				}
			}
			case "row" -> {
				if (!merges.isEmpty()) {
					fillMerges();
				}
				try {
					if (!sink.row(new SheetRow(rowNumber, cells))) {
						throw new Stop(null);
					}
				} catch (ImportException e) {
					throw new Stop(e);
				}
			}
			default -> {
			}
			}
		}

		/** The 0-based column of a reference such as AB12; CellReference would parse the row too, for every cell. */
		private static int column(String ref) {
			int col = 0;
			for (int i = 0; i < ref.length(); i++) {
				char ch = ref.charAt(i);
				if (ch < 'A' || ch > 'Z') {
					break;
				}
				col = col * 26 + (ch - 'A' + 1);
			}
			return col - 1;
		}

		private Cell cell() throws SAXException {
			String v = text.toString();
			if (v.isEmpty()) {
				return Cell.BLANK;
			}
			try {
				return switch (type == null ? "n" : type) {
				case "s" -> Cell.text(shared(Integer.parseInt(v.strip())));
				case "inlineStr", "str", "e" -> Cell.text(v);
				case "b" -> Cell.text("1".equals(v) ? "TRUE" : "FALSE");
				default -> number(Double.parseDouble(v));
				};
			} catch (NumberFormatException | IndexOutOfBoundsException e) {
				throw new Stop(new ImportException(Nls.bind(Messages.Read_DAMAGED, file.getFileName(), e.getMessage())));
			}
		}

		/** A shared string, held to the same length as an inline one. */
		private String shared(int index) throws SAXException {
			String s = strings.getItemAt(index).getString();
			if (s.length() > Limits.MAX_CELL_CHARS) {
				throw new Stop(new ImportException(Nls.bind(Messages.Read_CELL_TOO_LONG, file.getFileName(), rowNumber, s.length())));
			}
			return s;
		}

		private Cell number(double d) {
			if (style != null && isDateStyle(Integer.parseInt(style)) && DateUtil.isValidExcelDate(d)) {
				return new Cell.DateTime(DateUtil.getLocalDateTime(d, false, true)); // Calc saves 8:28 as 8:27:59.99…
			}
			return new Cell.Number(d);
		}

		/** Whether a style formats dates; asked once per style, as the format check is a parse of its pattern. */
		private boolean isDateStyle(int index) {
			return dateStyles.computeIfAbsent(index, i -> {
				XSSFCellStyle s = i < styles.getNumCellStyles() ? styles.getStyleAt(i) : null;
				return s != null && DateUtil.isADateFormat(s.getDataFormat(), s.getDataFormatString());
			});
		}
	}

	static {
		// an .xlsx is a zip: refuse entries that inflate more than 100-fold or past 1 GiB
		org.apache.poi.openxml4j.util.ZipSecureFile.setMinInflateRatio(0.01);
		org.apache.poi.openxml4j.util.ZipSecureFile.setMaxEntrySize(1L << 30);
	}
}
