package org.dangxiao.imports;

/**
 * A sheet of a workbook; a CSV file has exactly one.
 *
 * @param index  0-based position in the workbook
 * @param hidden hidden sheets are skipped unless the user chooses them
 */
public record SheetInfo(int index, String name, boolean hidden) {
}
