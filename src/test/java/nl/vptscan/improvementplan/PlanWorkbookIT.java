package nl.vptscan.improvementplan;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The plan workbook read back with POI cell by cell, and edited workbooks taken back. */
@MicronautTest(transactional = false)
class PlanWorkbookIT {

    private static final int OWNER = 7;
    private static final int DUE = 8;
    private static final int STATUS = 9;
    private static final int COST = 10;
    private static final int ID = PlanColumns.PLAN.indexOf(PlanColumns.ACTION_ID);

    @Inject
    @Client("/")
    HttpClient client;

    PlanFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new PlanFixture(client.toBlocking());
    }

    private static XSSFWorkbook open(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static byte[] save(XSSFWorkbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    @Test
    void planHasOneActionPerRecommendationWithDueDateFromSubmit() {
        long assessment = fixture.submittedWithPlan("Zorggroep Plan");
        List<Map<String, Object>> plan = fixture.plan(assessment);
        assertFalse(plan.isEmpty());
        Map<String, Object> first = plan.get(0);
        assertEquals(1, first.get("priority"));
        assertEquals("OPEN", first.get("status"));
        assertTrue(LocalDate.parse((String) first.get("dueDate")).isAfter(LocalDate.now()));
    }

    @Test
    void workbookHasFourSheetsWithTheRightContent() throws IOException {
        long assessment = fixture.submittedWithPlan("Zorggroep Werkboek");
        List<Map<String, Object>> plan = fixture.plan(assessment);
        try (XSSFWorkbook workbook = open(fixture.download(assessment, "nl"))) {
            assertEquals(List.of("Samenvatting", "Plan van aanpak", "Bevindingen", "Antwoorden"),
                    List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2),
                            workbook.getSheetName(3)));

            XSSFSheet summary = workbook.getSheet("Samenvatting");
            assertTrue(summary.getRow(2).getCell(1).getStringCellValue().startsWith("Zorggroep Werkboek"));
            XSSFDrawing drawing = summary.getDrawingPatriarch();
            assertNotNull(drawing);
            assertEquals(1, drawing.getCharts().size());
            assertEquals(1, drawing.getCharts().get(0).getChartSeries().get(0).getSeriesCount());
            assertEquals(CellType.NUMERIC, summary.getRow(5).getCell(1).getCellType(), "the date is a date cell");
            assertTrue(summary.getRow(6).getCell(1).getStringCellValue().startsWith("de regels van vpt-scan zoals gebruikt op "));
            Map<String, Row> labelled = new java.util.HashMap<>();
            summary.forEach(r -> {
                if (r.getCell(0) != null && r.getCell(0).getCellType() == CellType.STRING) {
                    labelled.put(r.getCell(0).getStringCellValue(), r);
                }
            });
            assertTrue(labelled.containsKey("Bevindingen naar ernst") && labelled.containsKey("Eerstvolgende uiterste data"),
                    labelled.keySet().toString());
            assertEquals(plan.size(), (int) labelled.get("open").getCell(1).getNumericCellValue(), "actions by status");
            assertEquals(0, (int) labelled.get("over de datum").getCell(1).getNumericCellValue());
            assertTrue(summary.getPrintSetup().getLandscape() && summary.getFitToPage());
            assertEquals(1, summary.getPrintSetup().getFitHeight(), "the summary on one page");
            // below the facts, the adoption (not yet), the overall score and level, unmet duties and the header
            Row firstTopic = summary.getRow(13);
            assertEquals(CellType.NUMERIC, firstTopic.getCell(1).getCellType());
            assertNotNull(firstTopic.getCell(1).getCellStyle().getFillForegroundColorColor(), "level colour");

            XSSFSheet sheet = workbook.getSheet("Plan van aanpak");
            assertEquals("Eigenaar", sheet.getRow(0).getCell(OWNER).getStringCellValue());
            assertEquals(plan.size(), sheet.getLastRowNum());
            Row row = sheet.getRow(1);
            assertEquals(1, (int) row.getCell(0).getNumericCellValue());
            assertEquals(((Number) plan.get(0).get("id")).longValue(), (long) row.getCell(ID).getNumericCellValue());
            assertEquals(LocalDate.parse((String) plan.get(0).get("dueDate")),
                    row.getCell(DUE).getLocalDateTimeCellValue().toLocalDate(), "a real date cell");
            assertEquals("open", row.getCell(STATUS).getStringCellValue());
            assertTrue(sheet.isColumnHidden(ID));
            assertTrue(sheet.getProtect());
            assertTrue(row.getCell(ID).getCellStyle().getLocked());
            assertFalse(row.getCell(OWNER).getCellStyle().getLocked());
            assertNotNull(sheet.getPaneInformation());
            assertTrue(sheet.getPaneInformation().isFreezePane());
            assertNotNull(sheet.getCTWorksheet().getAutoFilter());
            assertEquals(1, sheet.getSheetConditionalFormatting().getNumConditionalFormattings(), "overdue rule");

            List<String> validations = new ArrayList<>();
            for (DataValidation v : sheet.getDataValidations()) {
                validations.add(v.getRegions().getCellRangeAddress(0).getFirstColumn() + ":"
                        + String.join("/", v.getValidationConstraint().getExplicitListValues() == null
                        ? List.of("range") : List.of(v.getValidationConstraint().getExplicitListValues())));
            }
            assertTrue(validations.contains(STATUS + ":open/in uitvoering/gereed"), validations.toString());
            assertTrue(validations.contains("6:1/2/3"), validations.toString());
            int previousPriority = 0;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                int priority = (int) sheet.getRow(r).getCell(6).getNumericCellValue();
                assertTrue(priority >= previousPriority, "sorted by priority");
                previousPriority = priority;
            }

            Sheet findings = workbook.getSheet("Bevindingen");
            assertTrue(findings.getRow(1).getCell(0).getStringCellValue().startsWith("VPT8-"));
            String evidence = findings.getRow(1).getCell(5).getStringCellValue();
            assertTrue(evidence.contains(" — Nee") && !evidence.contains("vpt8.") && !evidence.contains(": no"),
                    "answers behind a finding as words: " + evidence);

            Sheet answers = workbook.getSheet("Antwoorden");
            assertEquals("vpt8.m1.q1", answers.getRow(1).getCell(1).getStringCellValue());
            assertEquals("Nee", answers.getRow(1).getCell(3).getStringCellValue());
        }
    }

    @Test
    void userTextNeverBecomesAFormula() throws IOException {
        long assessment = fixture.submittedWithPlan("=HYPERLINK(\"http://x\")");
        long action = ((Number) fixture.plan(assessment).get(0).get("id")).longValue();
        client.toBlocking().exchange(HttpRequest.PATCH("/api/assessments/" + assessment + "/plan/actions/" + action,
                Map.of("owner", "@SUM(1+1)", "remarks", "-1+2")));
        try (XSSFWorkbook workbook = open(fixture.download(assessment, "en"))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertTrue(cell.getCellType() != CellType.FORMULA, sheet.getSheetName() + " " + cell.getAddress());
                        if (cell.getCellType() == CellType.STRING && !cell.getStringCellValue().isEmpty()
                                && "=+-@".indexOf(cell.getStringCellValue().charAt(0)) >= 0) {
                            assertTrue(cell.getCellStyle().getQuotePrefixed(), sheet.getSheetName() + " " + cell.getAddress());
                        }
                    }
                }
            }
            Row row = workbook.getSheet("Action plan").getRow(1);
            assertEquals("@SUM(1+1)", row.getCell(OWNER).getStringCellValue());
            assertTrue(workbook.getSheet("Summary").getRow(2).getCell(1).getCellStyle().getQuotePrefixed());
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void editedWorkbookUpdatesThePlanAndTheAuditTrail() throws IOException {
        long assessment = fixture.submittedWithPlan("Zorggroep Terug");
        byte[] edited;
        long actionId;
        try (XSSFWorkbook workbook = open(fixture.download(assessment, "nl"))) {
            Row row = workbook.getSheet("Plan van aanpak").getRow(1);
            actionId = (long) row.getCell(ID).getNumericCellValue();
            row.getCell(OWNER).setCellValue("Hoofd P&O");
            row.getCell(STATUS).setCellValue("in uitvoering");
            row.getCell(DUE).setCellValue(LocalDate.of(2027, 3, 31));
            row.getCell(COST).setCellValue(2500.5);
            row.getCell(6).setCellValue(3);
            edited = save(workbook);
        }
        Map<String, Object> summary = upload(assessment, edited);
        assertEquals(1, summary.get("changed"));
        Map<String, Object> action = fixture.plan(assessment).stream()
                .filter(a -> ((Number) a.get("id")).longValue() == actionId).findFirst().orElseThrow();
        assertEquals("Hoofd P&O", action.get("owner"));
        assertEquals("IN_PROGRESS", action.get("status"));
        assertEquals("2027-03-31", action.get("dueDate"));
        assertEquals(2500.5, ((Number) action.get("costEstimate")).doubleValue());
        assertEquals(3, action.get("priority"));
        List<Map<String, Object>> audit = client.toBlocking().retrieve(HttpRequest.GET("/api/assessments/" + assessment + "/audit"),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
        assertTrue(audit.stream().anyMatch(e -> "PLAN".equals(e.get("kind"))
                && ("action " + actionId + " status").equals(e.get("subject"))
                && "OPEN".equals(e.get("oldValue")) && "IN_PROGRESS".equals(e.get("newValue"))), audit.toString());
    }

    @Test
    @SuppressWarnings("unchecked")
    void oneBadRowChangesNothingAndNamesTheRow() throws IOException {
        long assessment = fixture.submittedWithPlan("Zorggroep Fout");
        List<Map<String, Object>> before = fixture.plan(assessment);
        byte[] edited;
        try (XSSFWorkbook workbook = open(fixture.download(assessment, "nl"))) {
            XSSFSheet sheet = workbook.getSheet("Plan van aanpak");
            sheet.getRow(1).getCell(OWNER).setCellValue("Teamleider");
            sheet.getRow(2).getCell(STATUS).setCellValue("klaar");
            edited = save(workbook);
        }
        Map<String, Object> problem = uploadFails(assessment, edited);
        List<Map<String, Object>> errors = (List<Map<String, Object>>) problem.get("errors");
        assertEquals(1, errors.size());
        assertEquals("row 3.status", errors.get(0).get("field"));
        assertEquals(before, fixture.plan(assessment));
    }

    @Test
    @SuppressWarnings("unchecked")
    void workbookOfAnotherAssessmentIsRefused() {
        long one = fixture.submittedWithPlan("Zorggroep Een");
        long other = fixture.submittedWithPlan("Zorggroep Ander");
        Map<String, Object> problem = uploadFails(other, fixture.download(one, "nl"));
        assertTrue(((String) problem.get("detail")).contains("plan of assessment " + one));
    }

    @Test
    void changedStructureIsRefused() throws IOException {
        long assessment = fixture.submittedWithPlan("Zorggroep Kolom");
        byte[] edited;
        try (XSSFWorkbook workbook = open(fixture.download(assessment, "nl"))) {
            workbook.getSheet("Plan van aanpak").getRow(0).getCell(OWNER).setCellValue("Wie");
            edited = save(workbook);
        }
        assertTrue(((String) uploadFails(assessment, edited).get("detail")).contains("column 8"));
    }

    @Test
    void englishWorkbookRoundTripsToo() throws IOException {
        long assessment = fixture.submittedWithPlan("Care group EN");
        byte[] edited;
        try (XSSFWorkbook workbook = open(fixture.download(assessment, "en"))) {
            workbook.getSheet("Action plan").getRow(1).getCell(STATUS).setCellValue("done");
            edited = save(workbook);
        }
        assertEquals(1, upload(assessment, edited).get("changed"));
    }

    @Test
    void planIsRecognisedWhenASpreadsheetToolDroppedTheCustomProperties() throws IOException {
        long assessment = fixture.submittedWithPlan("Zorggroep Zonder Eigenschappen");
        byte[] edited;
        try (XSSFWorkbook workbook = open(fixture.download(assessment, "nl"))) {
            workbook.getSheet("Plan van aanpak").getRow(1).getCell(OWNER).setCellValue("Teamleider");
            edited = withoutCustomProperties(save(workbook));
        }
        assertFalse(new String(edited, java.nio.charset.StandardCharsets.ISO_8859_1).contains("docProps/custom.xml"));
        assertEquals(1, upload(assessment, edited).get("changed"));
    }

    @Test
    void recognitionCellOfAnotherAssessmentIsRefused() throws IOException {
        long one = fixture.submittedWithPlan("Zorggroep Cel Een");
        long other = fixture.submittedWithPlan("Zorggroep Cel Ander");
        byte[] stripped = withoutCustomProperties(fixture.download(one, "nl"));
        assertTrue(((String) uploadFails(other, stripped).get("detail")).contains("plan of assessment " + one));
    }

    @Test
    @SuppressWarnings("unchecked")
    void olderCopyUploadedAfterNewerEditsRestoresNothingAndSaysSoPerRow() throws IOException {
        long assessment = fixture.submittedWithPlan("Zorggroep Oude Kopie");
        byte[] older = fixture.download(assessment, "nl");
        byte[] edited;
        long first;
        long second;
        try (XSSFWorkbook workbook = open(older)) {
            XSSFSheet sheet = workbook.getSheet("Plan van aanpak");
            first = (long) sheet.getRow(1).getCell(ID).getNumericCellValue();
            second = (long) sheet.getRow(2).getCell(ID).getNumericCellValue();
            sheet.getRow(2).getCell(OWNER).setCellValue("Preventiemedewerker");
            edited = save(workbook);
        }
        client.toBlocking().exchange(HttpRequest.PATCH("/api/assessments/" + assessment + "/plan/actions/" + first,
                Map.of("owner", "Directeur", "status", "DONE")));

        Map<String, Object> summary = upload(assessment, edited);

        assertEquals(1, summary.get("changed"));
        assertEquals(1, summary.get("refused"));
        List<Map<String, Object>> outcomes = (List<Map<String, Object>>) summary.get("outcomes");
        assertEquals(fixture.plan(assessment).size(), outcomes.size(), "every row's fate is told");
        Map<String, Object> stale = outcomes.stream().filter(o -> ((Number) o.get("actionId")).longValue() == first)
                .findFirst().orElseThrow();
        assertEquals("REFUSED", stale.get("outcome"));
        assertEquals(2, stale.get("row"));
        assertTrue(((String) stale.get("message")).contains("changed after this copy was downloaded"), stale.toString());
        Map<String, Object> applied = outcomes.stream().filter(o -> ((Number) o.get("actionId")).longValue() == second)
                .findFirst().orElseThrow();
        assertEquals("CHANGED", applied.get("outcome"));
        Map<String, Object> kept = action(assessment, first);
        assertEquals("Directeur", kept.get("owner"));
        assertEquals("DONE", kept.get("status"));
        assertEquals("Preventiemedewerker", action(assessment, second).get("owner"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void dutchAmountsAndStatusesInAnyCaseAreReadRightAndReported() throws IOException {
        long assessment = fixture.submittedWithPlan("Zorggroep Bedragen");
        byte[] edited;
        long first;
        long second;
        try (XSSFWorkbook workbook = open(fixture.download(assessment, "nl"))) {
            XSSFSheet sheet = workbook.getSheet("Plan van aanpak");
            first = (long) sheet.getRow(1).getCell(ID).getNumericCellValue();
            second = (long) sheet.getRow(2).getCell(ID).getNumericCellValue();
            sheet.getRow(1).getCell(COST).setCellValue("€ 1.500,00");
            sheet.getRow(1).getCell(STATUS).setCellValue("GEREED");
            sheet.getRow(2).getCell(COST).setCellValue("1.500");
            sheet.getRow(2).getCell(STATUS).setCellValue("In Progress");
            edited = save(workbook);
        }
        Map<String, Object> summary = upload(assessment, edited);
        assertEquals(2, summary.get("changed"));
        assertEquals(1500.0, ((Number) action(assessment, first).get("costEstimate")).doubleValue());
        assertEquals("DONE", action(assessment, first).get("status"));
        assertEquals(1500.0, ((Number) action(assessment, second).get("costEstimate")).doubleValue());
        assertEquals("IN_PROGRESS", action(assessment, second).get("status"));
        Map<String, Object> row = ((List<Map<String, Object>>) summary.get("outcomes")).get(0);
        assertEquals(List.of(Map.of("field", "status", "written", "GEREED", "readAs", "gereed"),
                Map.of("field", "costEstimate", "written", "€ 1.500,00", "readAs", "1500.00")), row.get("notes"));
    }

    @Test
    void actionKeepsItsNumberWhenThePlanIsResorted() throws IOException {
        long assessment = fixture.submittedWithPlan("Zorggroep Nummer");
        long last;
        int number;
        try (XSSFWorkbook workbook = open(fixture.download(assessment, "nl"))) {
            XSSFSheet sheet = workbook.getSheet("Plan van aanpak");
            Row row = sheet.getRow(sheet.getLastRowNum());
            last = (long) row.getCell(ID).getNumericCellValue();
            number = (int) row.getCell(0).getNumericCellValue();
        }
        client.toBlocking().exchange(HttpRequest.PATCH("/api/assessments/" + assessment + "/plan/actions/" + last,
                Map.of("priority", 1, "dueDate", "2000-01-01")));
        try (XSSFWorkbook workbook = open(fixture.download(assessment, "nl"))) {
            Row row = workbook.getSheet("Plan van aanpak").getRow(1);
            assertEquals(last, (long) row.getCell(ID).getNumericCellValue(), "sorted first now");
            assertEquals(number, (int) row.getCell(0).getNumericCellValue());
        }
    }

    private Map<String, Object> action(long assessment, long id) {
        return fixture.plan(assessment).stream().filter(a -> ((Number) a.get("id")).longValue() == id).findFirst()
                .orElseThrow();
    }

    /** The workbook as a tool saves it that drops custom document properties (openpyxl 3.0.9 does). */
    private static byte[] withoutCustomProperties(byte[] xlsx) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(xlsx));
             var zip = new java.util.zip.ZipOutputStream(out)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals("docProps/custom.xml")) {
                    continue;
                }
                byte[] bytes = in.readAllBytes();
                if (entry.getName().equals("_rels/.rels") || entry.getName().equals("[Content_Types].xml")) {
                    bytes = new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
                            .replaceAll("<(Relationship|Override)[^>]*custom\\.xml\"[^>]*/>", "")
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                zip.write(bytes);
            }
        }
        return out.toByteArray();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> upload(long assessment, byte[] workbook) {
        return client.toBlocking().retrieve(HttpRequest.POST("/api/assessments/" + assessment + "/plan.xlsx", workbook)
                .contentType(MediaType.of(PlanController.XLSX)), Map.class);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> uploadFails(long assessment, byte[] workbook) {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> upload(assessment, workbook));
        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
        return e.getResponse().getBody(Map.class).orElseThrow();
    }
}
