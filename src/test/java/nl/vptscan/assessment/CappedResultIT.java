package nl.vptscan.assessment;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.vptscan.AdminLoginFilter;
import nl.vptscan.TestDatabase;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A violation cannot hide behind a high percentage: the review's example (p03.q1 yes, q2 none, q3 yes) gives p03
 * a high percentage, a VIOLATION, and therefore a capped topic level that names the finding, and an overall level
 * of at most "gedeeltelijk" with the number of unmet legal duties; in the API, on the result page and in the plan
 * workbook.
 */
@MicronautTest(transactional = false)
class CappedResultIT {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    EmbeddedServer server;

    @Inject
    TestDatabase database;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(client.toBlocking());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> topic(Map<String, Object> result, String id) {
        return ((List<Map<String, Object>>) result.get("topics")).stream().filter(t -> id.equals(t.get("topic")))
                .findFirst().orElseThrow();
    }

    @Test
    @SuppressWarnings("unchecked")
    void topicLevelBelowItsPercentageNamesTheFindingThatCappedIt() {
        Map<String, Object> result = (Map<String, Object>) api.get("/api/assessments/"
                + api.submittedWithUntrainedRiskGroups("Gemeente Begrensd")
                + "/result").get("result");
        Map<String, Object> p03 = topic(result, "p03");
        assertTrue(((Number) p03.get("percentage")).doubleValue() >= 75, p03.toString());
        assertTrue(((Number) p03.get("level")).intValue() <= 2, p03.toString());
        assertEquals("AI11-P03-02", p03.get("cappedBy"), p03.toString());
        assertFalse(topic(result, "p01").containsKey("cappedBy") && topic(result, "p01").get("cappedBy") != null);
    }

    @Test
    @SuppressWarnings("unchecked")
    void overallLevelIsAtMostPartialAndCountsUnmetLegalDuties() {
        Map<String, Object> result = (Map<String, Object>) api.get("/api/assessments/"
                + api.submittedWithUntrainedRiskGroups("Gemeente Begrensd")
                + "/result").get("result");
        assertTrue(((Number) result.get("overall")).doubleValue() >= 75, result.toString());
        assertEquals(2, ((Number) result.get("overallLevel")).intValue());
        long violations = ((List<Map<String, Object>>) result.get("findings")).stream()
                .filter(f -> "VIOLATION".equals(f.get("severity"))).count();
        assertTrue(violations >= 1);
        assertEquals(violations, ((Number) result.get("unmetDuties")).longValue());
    }

    @Test
    @SuppressWarnings("unchecked")
    void allInPlaceReadsEmbeddedOverallWithNoUnmetDuties() {
        long assessment = api.assessment(api.organisation("Gemeente Op Orde"), "ai-agressie-11", "SELF");
        Map<String, Object> result = (Map<String, Object>) api.submit(assessment, Answers.allInPlace("ai-agressie-11"))
                .get("result");
        assertEquals(4, ((Number) result.get("overallLevel")).intValue());
        assertEquals(0, ((Number) result.get("unmetDuties")).intValue());
    }

    @Test
    void resultPageShowsTheCapAndTheOverallLevel() throws Exception {
        long assessment = api.submittedWithUntrainedRiskGroups("Gemeente Begrensd");
        String token = AdminLoginFilter.login(server.getURI(), "test-admin", "lange-beheerder-wachtzin-2026");
        HttpResponse<String> page = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(server.getURI().resolve("/beoordelingen/" + assessment + "/resultaat"))
                .header("Accept", "text/html").header("Cookie", "JWT=" + token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        String html = page.body();
        assertTrue(html.contains("begrensd door de bevinding: Geen enkele risicogroep heeft een training omgaan met agressie gevolgd"),
                html);
        assertTrue(html.matches("(?s).*<details[^>]*>\\s*<summary>Details</summary>\\s*<p class=\"muted\"><span>Regel</span> <code>AI11-P03-02</code>.*"),
                "the rule id only under details");
        assertTrue(html.contains("id=\"overall-level\""), html);
        assertTrue(html.matches("(?s).*id=\"overall-level\"[^>]*>\\s*gedeeltelijk.*"), html);
        assertTrue(html.contains("id=\"unmet-duties\""), html);
    }

    @Test
    void planWorkbookSummaryShowsOverallLevelUnmetDutiesAndTheCap() throws IOException {
        long assessment = api.submittedWithUntrainedRiskGroups("Gemeente Begrensd");
        byte[] xlsx = client.toBlocking().retrieve(HttpRequest.GET("/api/assessments/" + assessment + "/plan.xlsx"),
                byte[].class);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet summary = workbook.getSheet("Samenvatting");
            List<String> lines = new ArrayList<>();
            for (Row row : summary) {
                StringBuilder line = new StringBuilder();
                for (Cell cell : row) {
                    line.append(cell.toString()).append('|');
                }
                lines.add(line.toString());
            }
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("Totaalniveau|2 gedeeltelijk|")), lines.toString());
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("Niet nagekomen wettelijke plichten|1.0|")), lines.toString());
            assertTrue(lines.stream().anyMatch(l -> l.contains("begrensd door bevinding AI11-P03-02")), lines.toString());
        }
    }

    /** Empties the new columns of the assessment's results, as rows stored before they existed look. */
    private void asStoredBeforeTheChange(long assessment) throws SQLException {
        try (Connection c = database.connect()) {
            for (String sql : List.of("UPDATE assessment_result SET overall_level = NULL, unmet_duties = NULL "
                    + "WHERE assessment_id = ?", "UPDATE topic_score SET capped_by = NULL WHERE result_id IN "
                    + "(SELECT id FROM assessment_result WHERE assessment_id = ?)")) {
                try (PreparedStatement s = c.prepareStatement(sql)) {
                    s.setLong(1, assessment);
                    s.executeUpdate();
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void assertCapped(long assessment) {
        Map<String, Object> result = (Map<String, Object>) api.get("/api/assessments/" + assessment + "/result")
                .get("result");
        assertEquals(2, ((Number) result.get("overallLevel")).intValue(), result.toString());
        assertEquals(1, ((Number) result.get("unmetDuties")).intValue(), result.toString());
        assertEquals("AI11-P03-02", topic(result, "p03").get("cappedBy"), result.toString());
    }

    @Test
    void resultStoredBeforeTheOverallLevelReadsWithItWorkedOut() throws SQLException {
        long assessment = api.submittedWithUntrainedRiskGroups("Gemeente Begrensd");
        asStoredBeforeTheChange(assessment);
        assertCapped(assessment);
    }

    @Test
    void migrationFillsInTheOverallLevelAndCapsOfEarlierResults() throws Exception {
        long assessment = api.submittedWithUntrainedRiskGroups("Gemeente Begrensd");
        asStoredBeforeTheChange(assessment);
        String migration = Files.readString(Path.of("src/main/resources/db/migration/V12__result_overall_level_and_caps.sql"));
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            for (String sql : migration.replaceAll("(?m)^--.*$", "").split(";")) {
                if (sql.strip().startsWith("UPDATE")) {
                    s.executeUpdate(sql);
                }
            }
            try (var rows = s.executeQuery("SELECT overall_level, unmet_duties FROM assessment_result WHERE assessment_id = "
                    + assessment)) {
                rows.next();
                assertEquals(2, rows.getInt(1));
                assertEquals(1, rows.getInt(2));
            }
        }
        assertCapped(assessment);
    }
}
