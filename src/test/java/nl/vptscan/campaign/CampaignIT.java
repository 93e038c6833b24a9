package nl.vptscan.campaign;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.vptscan.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Campaigns over MariaDB: a region of three members, two of them asked; one submits, one keeps a draft with one
 * answer. Submissions are written straight into the tables (submitting through the API needs every answer).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignIT {

    private static final String VPT8 = "vpt-8-maatregelen";
    private static final String AI11 = "ai-agressie-11";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    TestDatabase database;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private BlockingHttpClient http;
    private long region;
    private long submitter;
    private long drafter;
    private long notAsked;
    private long campaign;

    @BeforeAll
    void startCampaign() throws Exception {
        http = client.toBlocking();
        region = id(http.retrieve(HttpRequest.POST("/api/regions", Map.of("name", "Regio Campagne " + suffix)), Map.class));
        submitter = member("Indiener " + suffix, "2024-01-01");
        drafter = member("Concept " + suffix, "2024-01-01");
        notAsked = member("Niet gevraagd " + suffix, "2024-01-01");
        HttpResponse<Map> created = http.exchange(HttpRequest.POST("/api/regions/" + region + "/campaigns",
                Map.of("questionnaire", VPT8, "round", 0, "dueOn", TODAY.plusDays(14).toString(),
                        "members", List.of(submitter, drafter))), Map.class);
        assertEquals(HttpStatus.CREATED, created.getStatus());
        campaign = id(created.body());
        long draft = id(http.retrieve(HttpRequest.POST("/api/organisations/" + drafter + "/assessments",
                Map.of("questionnaireId", VPT8, "kind", "SELF")), Map.class));
        http.exchange(HttpRequest.PUT("/api/assessments/" + draft + "/answers",
                Map.of("answers", Map.of("vpt8.m1.q1", Map.of("value", "yes")))), Map.class);
        submitted(submitter, VPT8, Instant.now());
    }

    @Test
    void funnelCountsAskedStartedSubmittedAndOverdueMembers() {
        Map<String, Object> view = get("/api/campaigns/" + campaign);
        assertEquals(0, view.get("round"));
        assertEquals(2, view.get("invited"));
        assertEquals(2, view.get("started"));
        assertEquals(1, view.get("submitted"));
        assertEquals(0, view.get("overdue"));
        assertEquals("SUBMITTED", member(view, submitter).get("state"));
        Map<String, Object> draft = member(view, drafter);
        assertEquals("DRAFT", draft.get("state"));
        int percent = ((Number) draft.get("percentAnswered")).intValue();
        assertTrue(percent > 0 && percent < 100, "percent answered " + percent);
        assertTrue(members(view).stream().noneMatch(m -> ((Number) m.get("organisationId")).longValue() == notAsked));
    }

    @Test
    void memberWithoutSubmissionIsOverdueOnceTheDueDatePassed() throws Exception {
        long late = id(http.retrieve(HttpRequest.POST("/api/regions/" + region + "/campaigns",
                Map.of("questionnaire", AI11, "round", 0, "dueOn", TODAY.toString())), Map.class));
        try (Connection connection = database.connect();
             PreparedStatement statement = connection.prepareStatement(
                     "UPDATE campaign SET opens_on = ?, due_on = ? WHERE id = ?")) {
            statement.setObject(1, TODAY.minusDays(30));
            statement.setObject(2, TODAY.minusDays(1));
            statement.setLong(3, late);
            statement.executeUpdate();
        }
        Map<String, Object> view = get("/api/campaigns/" + late);
        assertTrue(((Number) view.get("invited")).intValue() >= 3);
        assertEquals(view.get("invited"), view.get("overdue"));
        assertEquals("OVERDUE", member(view, notAsked).get("state"));
        assertEquals(false, member(view, notAsked).get("started"));
    }

    @Test
    void memberSeesItsOpenRequestsOnly() {
        List<Map> drafterRequests = http.retrieve(HttpRequest.GET("/api/organisations/" + drafter + "/campaign-requests"),
                Argument.listOf(Map.class));
        assertTrue(drafterRequests.stream().anyMatch(r -> ((Number) r.get("campaignId")).longValue() == campaign
                && "DRAFT".equals(r.get("state"))));
        List<Map> submitterRequests = http.retrieve(HttpRequest.GET("/api/organisations/" + submitter
                + "/campaign-requests"), Argument.listOf(Map.class));
        assertTrue(submitterRequests.stream().noneMatch(r -> ((Number) r.get("campaignId")).longValue() == campaign));
    }

    @Test
    void submissionFromBeforeTheMemberJoinedDoesNotAnswerTheRound() throws Exception {
        long joinedLate = member("Laat lid " + suffix, TODAY.plusDays(1).toString());
        submitted(joinedLate, AI11, Instant.now());
        long round = id(http.retrieve(HttpRequest.POST("/api/regions/" + region + "/campaigns",
                Map.of("questionnaire", AI11, "round", 5, "dueOn", TODAY.plusDays(7).toString(),
                        "members", List.of(joinedLate))), Map.class));
        assertEquals("NOT_STARTED", member(get("/api/campaigns/" + round), joinedLate).get("state"));
    }

    @Test
    void benchmarkWorkbookListsEachAskedMembersStatus() throws Exception {
        byte[] bytes = http.retrieve(HttpRequest.GET("/api/regions/" + region + "/benchmark.xlsx?questionnaire=" + VPT8
                + "&lang=en"), byte[].class);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheet("Campaigns");
            assertEquals("Status", sheet.getRow(0).getCell(3).getStringCellValue());
            Map<String, String> states = new HashMap<>();
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                if ("baseline (round 0)".equals(row.getCell(0).getStringCellValue())) {
                    states.put(row.getCell(2).getStringCellValue(), row.getCell(3).getStringCellValue());
                }
            }
            assertEquals(Map.of("Indiener " + suffix, "submitted", "Concept " + suffix, "draft"), states);
        }
    }

    @Test
    void badCampaignNamesEveryField() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> http.exchange(
                HttpRequest.POST("/api/regions/" + region + "/campaigns", Map.of("round", -1,
                        "dueOn", TODAY.minusDays(1).toString(), "members", List.of(submitter, 999_999_999L))), Map.class));
        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
        String body = e.getResponse().getBody(String.class).orElse("");
        for (String field : List.of("questionnaire", "round", "dueOn", "members[1]")) {
            assertTrue(body.contains("\"" + field + "\""), field + " in " + body);
        }
    }

    @Test
    void sameRoundTwiceIsRefusedAsAConflict() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> http.exchange(
                HttpRequest.POST("/api/regions/" + region + "/campaigns", Map.of("questionnaire", VPT8, "round", 0,
                        "dueOn", TODAY.plusDays(3).toString())), Map.class));
        assertEquals(HttpStatus.CONFLICT, e.getStatus());
        assertTrue(e.getResponse().getBody(String.class).orElse("").contains("\"round\""));
    }

    private long member(String name, String since) {
        long id = id(http.retrieve(HttpRequest.POST("/api/organisations",
                Map.of("name", name, "sector", "gemeente", "employees", 80)), Map.class));
        http.retrieve(HttpRequest.PUT("/api/regions/" + region + "/members/" + id, Map.of("since", since)), Map.class);
        return id;
    }

    private void submitted(long organisation, String questionnaire, Instant at) throws Exception {
        try (Connection connection = database.connect();
             PreparedStatement statement = connection.prepareStatement("INSERT INTO assessment (organisation_id, "
                     + "questionnaire_id, questionnaire_version, kind, status, created_by, created_at, submitted_at) "
                     + "VALUES (?, ?, '1', 'SELF', 'SUBMITTED', 'test', ?, ?)")) {
            statement.setLong(1, organisation);
            statement.setString(2, questionnaire);
            statement.setTimestamp(3, Timestamp.from(at));
            statement.setTimestamp(4, Timestamp.from(at));
            statement.executeUpdate();
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> get(String uri) {
        return http.retrieve(HttpRequest.GET(uri), Map.class);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> members(Map<String, Object> view) {
        return (List<Map<String, Object>>) view.get("members");
    }

    private static Map<String, Object> member(Map<String, Object> view, long organisation) {
        return members(view).stream().filter(m -> ((Number) m.get("organisationId")).longValue() == organisation)
                .findFirst().orElseThrow();
    }

    private static long id(Map<?, ?> body) {
        Object id = body.get("id");
        return id == null ? 0 : ((Number) id).longValue();
    }
}
