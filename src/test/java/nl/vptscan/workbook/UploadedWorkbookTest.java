package nl.vptscan.workbook;

import nl.vptscan.problem.DomainException;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UploadedWorkbookTest {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static List<SheetRow> rows(UploadedWorkbook workbook, String sheet) {
        List<SheetRow> rows = new ArrayList<>();
        workbook.rows(sheet, rows::add);
        return rows;
    }

    @Test
    void readsEveryKindOfCellAsPoiWritesIt() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Samenvatting");
            Row row = workbook.createSheet("Plan van aanpak").createRow(2);
            row.createCell(0).setCellValue(" Hoofd P&O <team> ");
            row.createCell(1).setCellValue(2500.5);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            row.createCell(2).setCellValue(LocalDate.of(2027, 3, 31));
            row.getCell(2).setCellStyle(date);
            row.createCell(3).setCellValue(true);
            row.createCell(4).setCellFormula("B3*2");
            row.createCell(5).setBlank();
            row.createCell(6).setCellErrorValue(FormulaError.DIV0.getCode());
            row.createCell(8).setCellValue(7);
            workbook.getProperties().getCustomProperties().addProperty("vptscan.assessmentId", "42");
            workbook.write(bytes);
        }
        UploadedWorkbook workbook = UploadedWorkbook.read(bytes.toByteArray());
        assertEquals(List.of("Samenvatting", "Plan van aanpak"), workbook.sheetNames());
        assertEquals(Optional.of("42"), workbook.customProperty("vptscan.assessmentId"));
        List<SheetRow> rows = rows(workbook, "Plan van aanpak");
        assertEquals(1, rows.size());
        SheetRow row = rows.get(0);
        assertEquals(3, row.number());
        assertEquals(new SheetCell(0, SheetCell.Kind.STRING, " Hoofd P&O <team> "), row.cell(0));
        assertEquals("2500.5", row.cell(1).display());
        assertEquals(LocalDate.of(2027, 3, 31),
                org.apache.poi.ss.usermodel.DateUtil.getLocalDateTime(row.cell(2).number()).toLocalDate());
        assertEquals("true", row.cell(3).display());
        assertEquals("=B3*2", row.cell(4).display());
        assertEquals(SheetCell.Kind.BLANK, row.cell(5).kind());
        assertEquals(SheetCell.Kind.ERROR, row.cell(6).kind());
        assertNull(row.cell(7));
        assertEquals("7", row.cell(8).display());
    }

    @Test
    void readsInlineAndRichTextAndCellsWithoutReferences() {
        byte[] upload = workbook("<row r=\"1\"><c t=\"inlineStr\"><is><t>Eigenaar</t></is></c>"
                + "<c t=\"s\"><v>0</v></c><c r=\"E1\" t=\"str\"><v>regel_x000D_twee</v></c></row>"
                + "<row><c><v>12</v></c></row>");
        List<SheetRow> rows = rows(UploadedWorkbook.read(upload), "Plan van aanpak");
        assertEquals(List.of(1, 2), rows.stream().map(SheetRow::number).toList());
        assertEquals("Eigenaar", rows.get(0).cell(0).value());
        assertEquals("vet en gewoon", rows.get(0).cell(1).value(), "runs joined, phonetic hint left out");
        assertEquals("regel\rtwee", rows.get(0).cell(4).value());
        assertEquals("12", rows.get(1).cell(0).display());
    }

    @Test
    void refusesRowsOutOfOrder() {
        byte[] upload = workbook("<row r=\"3\"/><row r=\"2\"/>");
        DomainException e = assertThrows(DomainException.class, () -> rows(UploadedWorkbook.read(upload), "Plan van aanpak"));
        assertTrue(e.getMessage().contains("row 2 of sheet 'Plan van aanpak' comes after row 3"), e.getMessage());
    }

    @Test
    void refusesASharedStringThatDoesNotExist() {
        byte[] upload = workbook("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>7</v></c></row>");
        DomainException e = assertThrows(DomainException.class, () -> rows(UploadedWorkbook.read(upload), "Plan van aanpak"));
        assertTrue(e.getMessage().contains("cell A1 of sheet 'Plan van aanpak' refers to a shared string that does not exist"),
                e.getMessage());
    }

    @Test
    void refusesANumberThatIsNotOne() {
        byte[] upload = workbook("<row r=\"1\"><c r=\"B1\"><v>1e999</v></c></row>");
        DomainException e = assertThrows(DomainException.class, () -> rows(UploadedWorkbook.read(upload), "Plan van aanpak"));
        assertTrue(e.getMessage().contains("cell B1 of sheet 'Plan van aanpak' is stored as a number but is not one"),
                e.getMessage());
    }

    @Test
    void refusesASheetPartThatIsNotAWorksheet() {
        // the guard counts rows only in worksheets, so the reader reads rows from nothing else
        byte[] upload = withSheet("<notasheet xmlns=\"" + MAIN + "\"><sheetData><row r=\"1\"/></sheetData></notasheet>");
        DomainException e = assertThrows(DomainException.class, () -> rows(UploadedWorkbook.read(upload), "Plan van aanpak"));
        assertTrue(e.getMessage().contains("is not the kind of part"), e.getMessage());
    }

    @Test
    void knowsAWorkbookThatCountsDatesFrom1904() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Plan van aanpak");
            workbook.getCTWorkbook().addNewWorkbookPr().setDate1904(true);
            workbook.write(bytes);
        }
        assertTrue(UploadedWorkbook.read(bytes.toByteArray()).date1904());
    }

    /** A workbook whose one sheet, found through an absolute relationship target, holds the given rows. */
    private static byte[] workbook(String rows) {
        return withSheet("<worksheet xmlns=\"" + MAIN + "\"><sheetData>" + rows + "</sheetData></worksheet>");
    }

    private static byte[] withSheet(String sheet) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>");
        parts.put("xl/workbook.xml", "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<sheets><sheet name=\"Plan van aanpak\" sheetId=\"1\" r:id=\"rId7\"/></sheets></workbook>");
        parts.put("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId7\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"/xl/worksheets/blad1.xml\"/>"
                + "<Relationship Id=\"rId8\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"strings.xml\"/>"
                + "</Relationships>");
        parts.put("xl/strings.xml", "<sst xmlns=\"" + MAIN + "\"><si><r><rPr><b/></rPr><t>vet</t></r><r><t xml:space=\"preserve\"> en gewoon</t></r>"
                + "<rPh sb=\"0\" eb=\"1\"><t>fonetisch</t></rPh></si></sst>");
        parts.put("xl/worksheets/blad1.xml", sheet);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
