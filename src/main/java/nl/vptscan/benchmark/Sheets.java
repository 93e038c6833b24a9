package nl.vptscan.benchmark;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import nl.vptscan.result.LevelScale;
import nl.vptscan.workbook.SafeCells;

import java.time.LocalDate;

/** The benchmark workbook's cell styles and cell writers; every text goes through {@link SafeCells}. */
final class Sheets {

    private final CellStyle text;
    private final CellStyle quoted;
    private final CellStyle header;
    private final CellStyle number;
    private final CellStyle date;
    private final String lang;

    Sheets(Workbook workbook, String lang) {
        this.lang = lang;
        text = workbook.createCellStyle();
        quoted = workbook.createCellStyle();
        quoted.setQuotePrefixed(true);
        header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        number = workbook.createCellStyle();
        number.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
    }

    /** Dutch or English, as the workbook was asked for. */
    String t(String nl, String en) {
        return "en".equals(lang) ? en : nl;
    }

    String lang() {
        return lang;
    }

    void text(Row row, int column, String value) {
        SafeCells.text(row, column, value, text, quoted);
    }

    void header(Row row, String... titles) {
        for (int i = 0; i < titles.length; i++) {
            header(row, i, titles[i]);
        }
    }

    void header(Row row, int column, String title) {
        SafeCells.text(row, column, title, header, header);
    }

    void number(Row row, int column, Double value) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(number);
        }
    }

    void date(Row row, int column, LocalDate value) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(date);
        }
    }

    String level(Integer level) {
        if (level == null) {
            return "";
        }
        return LevelScale.label(level, lang);
    }
}
