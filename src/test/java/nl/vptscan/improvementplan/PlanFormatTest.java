package nl.vptscan.improvementplan;

import nl.vptscan.problem.DomainException;
import nl.vptscan.problem.FieldError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A copy of the plan downloaded before rows carried their action's version is refused with a reason, not misread. */
class PlanFormatTest {

    private static final long ASSESSMENT = 42;
    private static final Map<Long, ImprovementAction> EXISTING = Map.of(1L, new ImprovementAction(1L, ASSESSMENT, 0,
            "VPT8-M1-01", "m1", "WARNING", "Geen norm", "No norm", "vpt-1", "Stel huisregels vast",
            "Adopt house rules", 2, null, LocalDate.of(2026, 9, 1), ActionStatus.OPEN, null, null, Instant.EPOCH, 1L));

    @Test
    void olderFormatIsRefusedAndToldToDownloadAgain() throws IOException {
        DomainException e = assertThrows(DomainException.class,
                () -> PlanImport.read(workbook("1", true), ASSESSMENT, EXISTING));
        assertEquals(DomainException.Kind.INVALID, e.kind());
        assertTrue(e.getMessage().contains("older format (1); download the plan again"), e.getMessage());
    }

    @Test
    void currentFormatWithItsVersionIsRead() throws IOException {
        Map<Long, PlanImport.Row> rows = PlanImport.read(workbook(PlanWorkbook.FORMAT_VERSION, true), ASSESSMENT, EXISTING);
        assertEquals(1, rows.get(1L).version());
        assertEquals(List.of(), rows.get(1L).notes());
    }

    @Test
    void rowWithoutVersionIsRefusedByName() throws IOException {
        DomainException e = assertThrows(DomainException.class,
                () -> PlanImport.read(workbook(PlanWorkbook.FORMAT_VERSION, false), ASSESSMENT, EXISTING));
        assertEquals("row 2.version", e.errors().get(0).field());
        assertEquals(FieldError.Place.cell(2, "version"), e.errors().get(0).place(), "row and column for the page");
    }

    @Test
    void everyRefusedCellCarriesAMessageCodeForThePage() throws IOException {
        DomainException e = assertThrows(DomainException.class,
                () -> PlanImport.read(workbook(PlanWorkbook.FORMAT_VERSION, false), ASSESSMENT, EXISTING));
        assertEquals("plan.import.noVersion", e.errors().get(0).code());
    }

    private static byte[] workbook(String format, boolean version) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet(PlanWorkbook.sheetName("plan", "nl"));
            Row header = sheet.createRow(0);
            for (int c = 0; c < PlanColumns.PLAN.size(); c++) {
                header.createCell(c).setCellValue(PlanColumns.PLAN.get(c).header("nl"));
            }
            Row row = sheet.createRow(1);
            row.createCell(PlanColumns.PLAN.indexOf(PlanColumns.PRIORITY)).setCellValue(2);
            row.createCell(PlanColumns.PLAN.indexOf(PlanColumns.DUE_DATE)).setCellValue("2026-09-01");
            row.createCell(PlanColumns.PLAN.indexOf(PlanColumns.STATUS)).setCellValue("open");
            row.createCell(PlanColumns.PLAN.indexOf(PlanColumns.ACTION_ID)).setCellValue(1);
            if (version) {
                row.createCell(PlanColumns.PLAN.indexOf(PlanColumns.VERSION)).setCellValue(1);
            }
            var custom = workbook.getProperties().getCustomProperties();
            custom.addProperty(PlanWorkbook.ASSESSMENT_PROPERTY, String.valueOf(ASSESSMENT));
            custom.addProperty(PlanWorkbook.FORMAT_PROPERTY, format);
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
