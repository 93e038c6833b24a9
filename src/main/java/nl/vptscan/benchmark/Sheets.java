package nl.vptscan.benchmark;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
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
    private final CellStyle integer;
    private final Workbook workbook;
    private final java.util.Map<String, CellStyle> fills = new java.util.HashMap<>();
    private final String lang;

    Sheets(Workbook workbook, String lang) {
        this.lang = lang;
        this.workbook = workbook;
        text = workbook.createCellStyle();
        quoted = workbook.createCellStyle();
        quoted.setQuotePrefixed(true);
        header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        header.setWrapText(true);
        header.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
        number = workbook.createCellStyle();
        number.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
        integer = workbook.createCellStyle();
        integer.setDataFormat(workbook.createDataFormat().getFormat("0"));
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

    /** A count or a rank: a whole number, shown without decimals. */
    void integer(Row row, int column, long value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(integer);
    }

    /** A text on a solid fill, for a colour legend. */
    void filled(Row row, int column, String value, String rgb) {
        CellStyle style = fills.computeIfAbsent(rgb, k -> {
            org.apache.poi.xssf.usermodel.XSSFCellStyle fill =
                    (org.apache.poi.xssf.usermodel.XSSFCellStyle) workbook.createCellStyle();
            fill.setFillForegroundColor(new org.apache.poi.xssf.usermodel.XSSFColor(
                    java.util.HexFormat.of().parseHex(rgb), null));
            fill.setFillPattern(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
            return fill;
        });
        SafeCells.text(row, column, value, style, style);
    }

    /**
     * Prints a sheet on A4 landscape, one page wide, with its header row (if any) on every page and a footer with
     * the region, the date and page x of y.
     */
    void print(Sheet sheet, int headerRow, String footer) {
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        PrintSetup setup = sheet.getPrintSetup();
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        setup.setLandscape(true);
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) 0);
        if (headerRow >= 0) {
            sheet.setRepeatingRows(new org.apache.poi.ss.util.CellRangeAddress(headerRow, headerRow, -1, -1));
        }
        sheet.getFooter().setLeft(footer.replace("&", "&&") + " — " + sheet.getSheetName().replace("&", "&&"));
        sheet.getFooter().setRight(t("pagina ", "page ") + "&P" + t(" van ", " of ") + "&N");
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
