import java.io.File;
import java.util.Map;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.idev.excel.FastExcel;
import cn.idev.excel.context.AnalysisContext;
import cn.idev.excel.event.AnalysisEventListener;

/**
 * The parsers ./dx bench import compares with, run as a single-file program in a JVM of its own
 * (their own POI and FastExcel jars, fetched from Maven Central by dx): FastExcel's streaming read
 * and POI's usermodel (the whole workbook in memory). Prints "ROWS CELLS SECONDS".
 */
public class ParseOthers {
	public static void main(String[] args) throws Exception {
		File file = new File(args[1]);
		long[] rows = { 0 }, cells = { 0 };
		long t0 = System.nanoTime();
		switch (args[0]) {
		case "fastexcel" -> FastExcel.read(file, new AnalysisEventListener<Map<Integer, String>>() {
			@Override
			public void invoke(Map<Integer, String> data, AnalysisContext context) {
				rows[0]++;
				cells[0] += data.size();
			}

			@Override
			public void doAfterAllAnalysed(AnalysisContext context) {
			}
		}).sheet().headRowNumber(0).doRead();
		case "poi-usermodel" -> {
			try (OPCPackage pkg = OPCPackage.open(file, PackageAccess.READ); XSSFWorkbook wb = new XSSFWorkbook(pkg)) {
				Sheet sheet = wb.getSheetAt(0);
				for (Row row : sheet) {
					rows[0]++;
					for (Cell cell : row) {
						cells[0]++;
						cell.getCellType();
					}
				}
			}
		}
		default -> throw new IllegalArgumentException(args[0]);
		}
		System.out.println(rows[0] + " " + cells[0] + " " + (System.nanoTime() - t0) / 1e9);
	}
}
