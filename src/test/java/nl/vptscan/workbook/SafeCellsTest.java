package nl.vptscan.workbook;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SafeCellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\",\"klik\")", "+31 6 1234", "-2+3", "@SUM(A1)", "=cmd|' /C calc'!A0"})
    void writesFormulaLikeTextAsQuotedText(String text) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle normal = workbook.createCellStyle();
            CellStyle quoted = workbook.createCellStyle();
            quoted.setQuotePrefixed(true);
            Row row = workbook.createSheet("s").createRow(0);
            Cell cell = SafeCells.text(row, 0, text, normal, quoted);
            assertEquals(CellType.STRING, cell.getCellType());
            assertEquals(text, cell.getStringCellValue());
            assertTrue(cell.getCellStyle().getQuotePrefixed());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Jan de Vries", "afdeling P&O", "", "2026-01-01"})
    void leavesOrdinaryTextAlone(String text) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle normal = workbook.createCellStyle();
            CellStyle quoted = workbook.createCellStyle();
            quoted.setQuotePrefixed(true);
            Cell cell = SafeCells.text(workbook.createSheet("s").createRow(0), 0, text, normal, quoted);
            assertFalse(cell.getCellStyle().getQuotePrefixed());
            assertEquals(text, cell.getStringCellValue());
        }
    }
}
