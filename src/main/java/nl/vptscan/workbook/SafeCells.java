package nl.vptscan.workbook;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

/**
 * Writes user text into cells so that it can never run as a formula: text starting with {@code =}, {@code +},
 * {@code -}, {@code @} (or a tab or carriage return) is stored as a string cell with the quote prefix set, so
 * Excel and LibreOffice show it literally and do not evaluate it when it is edited or exported to CSV.
 */
public final class SafeCells {

    private SafeCells() {
    }

    /** True when a spreadsheet program could take the text for a formula. */
    public static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /**
     * Writes text as a plain string cell. {@code quoted} is a copy of the cell's style with
     * {@code setQuotePrefixed(true)}, used for text that looks like a formula.
     */
    public static Cell text(Row row, int column, String text, CellStyle style, CellStyle quoted) {
        Cell cell = row.createCell(column);
        String value = text == null ? "" : text;
        cell.setCellValue(value);
        cell.setCellStyle(looksLikeFormula(value) ? quoted : style);
        return cell;
    }
}
