package nl.vptscan.assessment;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.vptscan.TestDatabase;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The release diff scores every submitted assessment with today's rules beside its stored result and reports what
 * moved, without storing anything. Stored rows are tampered with here to stand for a result of an older ruleset.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.read-timeout", value = "180s") // scores every submitted assessment of the test database
class ReleaseDiffIT {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    TestDatabase database;

    @Inject
    ReleaseDiffPages pages;

    @Inject
    ReleaseDiff diff;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(client.toBlocking());
    }

    /** Makes the stored result look as an older ruleset left it: AI11-P03-02 never raised, an old finding instead. */
    private void olderRulesetResult(long assessment) throws SQLException {
        try (Connection c = database.connect()) {
            long result = single(c, "SELECT MAX(id) FROM assessment_result WHERE assessment_id = ?", assessment);
            update(c, "DELETE FROM finding_evidence WHERE finding_id IN (SELECT id FROM finding WHERE result_id = ? "
                    + "AND rule_id = 'AI11-P03-02')", result);
            update(c, "DELETE FROM finding WHERE result_id = ? AND rule_id = 'AI11-P03-02'", result);
            update(c, "INSERT INTO finding (result_id, position, rule_id, topic, severity, message_nl, message_en, legal) "
                    + "VALUES (?, 99, 'AI11-P07-OLD', 'p07', 'WARNING', 'Oud', 'Old', '')", result);
            update(c, "UPDATE topic_score SET level = 3, capped_by = NULL WHERE result_id = ? AND topic = 'p03'", result);
            update(c, "UPDATE assessment_result SET overall_level = 3, unmet_duties = 0 WHERE id = ?", result);
        }
    }

    /**
     * Makes the stored finding AI11-P03-02 look as an older ruleset left it: a WARNING with another legal basis, the
     * id, levels and the rest of the result unchanged. Returns the legal basis today's rules give it.
     */
    private String olderSeverityAndLegalBasis(long assessment) throws SQLException {
        try (Connection c = database.connect()) {
            long result = single(c, "SELECT MAX(id) FROM assessment_result WHERE assessment_id = ?", assessment);
            String legal;
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT legal FROM finding WHERE result_id = ? AND rule_id = 'AI11-P03-02'")) {
                s.setLong(1, result);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    legal = r.getString(1);
                }
            }
            update(c, "UPDATE finding SET severity = 'WARNING', legal = 'Arbobesluit art. 0.0 (oud)' "
                    + "WHERE result_id = ? AND rule_id = 'AI11-P03-02'", result);
            return legal;
        }
    }

    private static long single(Connection c, String sql, long value) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, value);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static void update(Connection c, String sql, long value) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, value);
            s.executeUpdate();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> entry(Map<String, Object> report, long assessment) {
        return ((List<Map<String, Object>>) report.get("changed")).stream()
                .filter(e -> ((Number) e.get("assessmentId")).longValue() == assessment).findFirst().orElse(null);
    }

    @Test
    @SuppressWarnings("unchecked")
    void reportsMovedLevelsAndFindingsPerAssessmentAndInTheSummary() throws SQLException {
        long changed = api.submittedWithUntrainedRiskGroups("Gemeente Oude Regels");
        long same = api.submittedWithUntrainedRiskGroups("Gemeente Zelfde Regels");
        olderRulesetResult(changed);

        Map<String, Object> report = api.post("/api/admin/release-diff", Map.of());

        Map<String, Object> moved = entry(report, changed);
        assertNotNull(moved, report.toString());
        assertEquals(3, moved.get("oldOverallLevel"));
        assertEquals(2, moved.get("newOverallLevel"));
        assertEquals(List.of("AI11-P03-02"), moved.get("findingsAdded"));
        assertEquals(List.of("AI11-P07-OLD"), moved.get("findingsRemoved"));
        List<Map<String, Object>> topics = (List<Map<String, Object>>) moved.get("topics");
        assertEquals(List.of(Map.of("topic", "p03", "oldLevel", 3, "newLevel", 2)), topics);
        assertEquals(null, entry(report, same), "an assessment whose result did not move is not listed");

        assertTrue(((Number) report.get("assessments")).intValue() >= 2);
        assertTrue(((Number) report.get("assessmentsChanged")).intValue() >= 1);
        assertTrue(((Number) ((Map<String, Object>) report.get("findingsAdded")).get("AI11-P03-02")).intValue() >= 1);
        assertTrue(((Number) ((Map<String, Object>) report.get("findingsRemoved")).get("AI11-P07-OLD")).intValue() >= 1);
    }

    @Test
    void leavesStoredResultsAsTheyWere() throws SQLException {
        long changed = api.submittedWithUntrainedRiskGroups("Gemeente Onaangeroerd");
        olderRulesetResult(changed);
        api.post("/api/admin/release-diff", Map.of());
        assertEquals(1, api.list("/api/assessments/" + changed + "/results").size());
        try (Connection c = database.connect()) {
            long result = single(c, "SELECT MAX(id) FROM assessment_result WHERE assessment_id = ?", changed);
            assertEquals(1, single(c, "SELECT COUNT(*) FROM finding WHERE result_id = ? AND rule_id = 'AI11-P07-OLD'",
                    result));
            assertEquals(3, single(c, "SELECT overall_level FROM assessment_result WHERE id = ?", result));
        }
    }

    @Test
    void workbookHasSummaryAndOneRowPerChangedAssessment() throws Exception {
        long changed = api.submittedWithUntrainedRiskGroups("Gemeente Werkboek");
        olderRulesetResult(changed);
        byte[] xlsx = client.toBlocking().retrieve(HttpRequest.POST("/api/admin/release-diff.xlsx", Map.of()),
                byte[].class);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertNotNull(workbook.getSheet("Samenvatting"));
            var rows = workbook.getSheet("Beoordelingen");
            boolean found = false;
            for (var row : rows) {
                if (row.getRowNum() > 0 && row.getCell(0).getNumericCellValue() == changed) {
                    found = true;
                    assertEquals("3 → 2", row.getCell(3).getStringCellValue());
                    assertTrue(row.getCell(5).getStringCellValue().contains("AI11-P03-02"));
                    assertTrue(row.getCell(6).getStringCellValue().contains("AI11-P07-OLD"));
                }
            }
            assertTrue(found);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void reportsFindingsWhoseSeverityOrLegalBasisChangedPerAssessmentAndInTheSummary() throws SQLException {
        long changed = api.submittedWithUntrainedRiskGroups("Gemeente Oude Ernst");
        String legalNow = olderSeverityAndLegalBasis(changed);
        assertTrue(!legalNow.isBlank() && !legalNow.equals("Arbobesluit art. 0.0 (oud)"), legalNow);

        Map<String, Object> report = api.post("/api/admin/release-diff", Map.of());

        Map<String, Object> moved = entry(report, changed);
        assertNotNull(moved, "a finding whose severity or legal basis changed makes the assessment move");
        assertEquals(List.of(), moved.get("findingsAdded"));
        assertEquals(List.of(), moved.get("findingsRemoved"));
        assertEquals(List.of(Map.of("ruleId", "AI11-P03-02", "oldSeverity", "WARNING", "newSeverity", "VIOLATION",
                "oldLegal", "Arbobesluit art. 0.0 (oud)", "newLegal", legalNow)), moved.get("findingsChanged"));
        List<Map<String, Object>> summary = (List<Map<String, Object>>) report.get("findingsChanged");
        Map<String, Object> counted = summary.stream()
                .filter(m -> "AI11-P03-02".equals(m.get("ruleId")) && "WARNING".equals(m.get("oldSeverity"))
                        && "Arbobesluit art. 0.0 (oud)".equals(m.get("oldLegal")))
                .findFirst().orElseThrow(() -> new AssertionError(summary.toString()));
        assertEquals("VIOLATION", counted.get("newSeverity"));
        assertEquals(legalNow, counted.get("newLegal"));
        assertTrue(((Number) counted.get("assessments")).intValue() >= 1);
    }

    @Test
    void markdownAndWorkbookShowChangedSeverityAndLegalBasis() throws Exception {
        long changed = api.submittedWithUntrainedRiskGroups("Gemeente Oude Grondslag");
        String legalNow = olderSeverityAndLegalBasis(changed);

        String markdown = ReleaseDiffMarkdown.of(diff.run());
        assertTrue(markdown.contains("| AI11-P03-02 | WARNING → VIOLATION | Arbobesluit art. 0.0 (oud) → "
                + legalNow + " |"), markdown);
        assertTrue(markdown.contains("AI11-P03-02 WARNING → VIOLATION"), markdown);

        byte[] xlsx = client.toBlocking().retrieve(HttpRequest.POST("/api/admin/release-diff.xlsx", Map.of()),
                byte[].class);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            boolean inSummary = false;
            for (var row : workbook.getSheet("Samenvatting")) {
                if (row.getCell(0) != null && row.getCell(4) != null
                        && "AI11-P03-02".equals(row.getCell(0).getStringCellValue())
                        && "Arbobesluit art. 0.0 (oud)".equals(row.getCell(3).getStringCellValue())) {
                    inSummary = true;
                    assertEquals("WARNING", row.getCell(1).getStringCellValue());
                    assertEquals("VIOLATION", row.getCell(2).getStringCellValue());
                    assertEquals(legalNow, row.getCell(4).getStringCellValue());
                }
            }
            assertTrue(inSummary, "the summary counts the changed severity and legal basis");
            boolean found = false;
            for (var row : workbook.getSheet("Beoordelingen")) {
                if (row.getRowNum() > 0 && row.getCell(0).getNumericCellValue() == changed) {
                    found = true;
                    assertEquals("AI11-P03-02 WARNING → VIOLATION; Arbobesluit art. 0.0 (oud) → " + legalNow,
                            row.getCell(10).getStringCellValue());
                }
            }
            assertTrue(found, "the assessment has a row");
        }
    }

    @Test
    void pagesThroughSubmittedAssessmentsByIdWithoutRepeatingAny() {
        api.submittedWithUntrainedRiskGroups("Gemeente Pagina Een");
        api.submittedWithUntrainedRiskGroups("Gemeente Pagina Twee");
        ReleaseDiffPages.Page first = pages.page(0, 1);
        assertEquals(1, first.compared());
        assertNotNull(first.lastId());
        ReleaseDiffPages.Page second = pages.page(first.lastId(), 1);
        assertNotNull(second.lastId());
        assertTrue(second.lastId() > first.lastId());
        ReleaseDiffPages.Page rest = pages.page(second.lastId(), 1_000_000);
        assertEquals(null, rest.lastId(), "a page shorter than asked for is the last");
    }
}
