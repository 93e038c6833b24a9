package nl.vptscan.registration;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.vptscan.AdminLoginFilter;
import nl.vptscan.TestAnswers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Importing an incident registration export over the API: figures stored as aggregates, proposed as answers with
 * their evidence, accepted on request without replacing other answers silently; refused files store nothing.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistrationIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    static final String EVIDENCE_DATE = Exports.DUTCH.format(TODAY);

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    EmbeddedServer server;

    BlockingHttpClient http;
    final String suffix = UUID.randomUUID().toString().substring(0, 8);
    long org;
    String employer;
    String otherEmployer;

    @BeforeAll
    void organisationsAndUsers() throws Exception {
        http = client.toBlocking();
        org = id(as(HttpRequest.POST("/api/organisations", Map.of("name", "Gemeente Registratie " + suffix,
                "sector", "gemeente", "employees", 300)), null));
        long otherOrg = id(as(HttpRequest.POST("/api/organisations", Map.of("name", "Gemeente Anders " + suffix,
                "sector", "gemeente", "employees", 300)), null));
        employer = token(user("registratie", "EMPLOYER", Map.of("organisationId", org)));
        otherEmployer = token(user("registratie-x", "EMPLOYER", Map.of("organisationId", otherOrg)));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFiveHundredRowExportSetsTheFourPercentagesWithTheirEvidence() {
        long draft = draft("vpt-8-maatregelen");
        Exports.Generated export = Exports.generated(500, TODAY);
        HttpResponse<Map> created = http.exchange(upload(draft, "incidenten.csv", export.csv()).bearerAuth(employer), Map.class);
        assertEquals(201, created.code());
        Map<String, Object> figures = (Map<String, Object>) created.body().get("figures");
        assertEquals(500, figures.get("rows"));
        assertEquals(export.incidents, figures.get("incidents"));
        assertEquals(4, ((List<?>) created.body().get("proposals")).size());

        Map<String, Object> accepted = as(HttpRequest.POST(created.header("Location") + "/accept", Map.of()), employer);
        assertTrue(accepted.get("acceptedAt") != null);
        Map<String, Map<String, Object>> answers = answers(draft);
        assertAnswer(answers, "vpt8.m5.q2", 100.0 * export.responded / export.known, export.known);
        assertAnswer(answers, "vpt8.m6.q3", 100.0 * export.reported / export.crimes, export.crimes);
        assertAnswer(answers, "vpt8.m7.q3", 100.0 * export.claimedKnown / export.damagedKnown, export.damagedKnown);
        assertAnswer(answers, "vpt8.m8.q2", 100.0 * export.aftercare / export.incidents, export.incidents);

        List<Map<String, Object>> events = audit(draft);
        assertTrue(events.stream().anyMatch(e -> "REGISTRATION".equals(e.get("kind"))
                && String.valueOf(e.get("subject")).startsWith("import ")), events.toString());
        assertTrue(events.stream().anyMatch(e -> "ANSWER".equals(e.get("kind")) && "vpt8.m8.q2".equals(e.get("subject"))));
    }

    @Test
    void theElevenPointsGetTheirTwoFiguresFromTheSampleExport() {
        long draft = draft("ai-agressie-11");
        Map<String, Object> imported = as(upload(draft, "incidenten-voorbeeld.csv", Exports.sample()), employer);
        List<String> questions = ((List<Map<String, Object>>) imported.get("proposals")).stream()
                .map(p -> (String) p.get("questionId")).toList();
        assertEquals(List.of("ai11.p09.q3", "ai11.p10.q4"), questions);
    }

    @Test
    void theSameExportAsAWorkbookGivesTheSameFigures() {
        Exports.Generated export = Exports.generated(500, TODAY);
        Map<String, Object> fromCsv = as(upload(draft("vpt-8-maatregelen"), "incidenten.csv", export.csv()), employer);
        Map<String, Object> fromXlsx = as(upload(draft("vpt-8-maatregelen"), "incidenten.xlsx", export.xlsx()), employer);
        assertEquals(fromCsv.get("figures"), fromXlsx.get("figures"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anotherAnswerIsReplacedOnlyWhenItsQuestionIsNamed() {
        long draft = draft("vpt-8-maatregelen");
        as(HttpRequest.PUT("/api/assessments/" + draft + "/answers", Map.of("answers",
                Map.of("vpt8.m8.q2", Map.of("value", 10, "comment", "eigen telling")))), employer);
        Map<String, Object> imported = as(upload(draft, "incidenten.csv", Exports.generated(100, TODAY).csv()), employer);
        Map<String, Object> aftercare = ((List<Map<String, Object>>) imported.get("proposals")).stream()
                .filter(p -> "vpt8.m8.q2".equals(p.get("questionId"))).findFirst().orElseThrow();
        assertEquals(true, aftercare.get("differs"));
        String accept = "/api/assessments/" + draft + "/registration-imports/" + id(imported) + "/accept";

        as(HttpRequest.POST(accept, Map.of()), employer);
        assertEquals(10, ((Number) answers(draft).get("vpt8.m8.q2").get("value")).intValue(), "kept without asking");
        assertTrue(answers(draft).containsKey("vpt8.m5.q2"));

        as(HttpRequest.POST(accept, Map.of("questions", List.of("vpt8.m8.q2"))), employer);
        Map<String, Object> replaced = answers(draft).get("vpt8.m8.q2");
        assertEquals(80.0, ((Number) replaced.get("value")).doubleValue(), 0.001);
        assertEquals("eigen telling", replaced.get("comment"), "the comment stays");
        assertEquals(400, status(HttpRequest.POST(accept, Map.of("questions", List.of("vpt8.m1.q1"))), employer));
    }

    @Test
    void acceptingAnEmptyChoiceOfProposalsIsRefusedAndRecordsNothing() {
        long draft = draft("vpt-8-maatregelen");
        Map<String, Object> imported = as(upload(draft, "incidenten.csv", Exports.generated(100, TODAY).csv()), employer);
        String accept = "/api/assessments/" + draft + "/registration-imports/" + id(imported) + "/accept";
        int events = audit(draft).size();

        assertEquals(400, status(HttpRequest.POST(accept, Map.of("questions", List.of())), employer));
        assertTrue(answers(draft).isEmpty(), "no answer taken over");
        assertEquals(events, audit(draft).size(), "no acceptance in the audit trail");
        Map<String, Object> latest = as(HttpRequest.GET("/api/assessments/" + draft + "/registration-imports/"
                + id(imported)), employer);
        assertNull(latest.get("acceptedAt"), "the import is not recorded as accepted");
    }

    @Test
    void aPerpetratorNameColumnIsRefusedAndNothingIsStored() {
        long draft = draft("vpt-8-maatregelen");
        int events = audit(draft).size();
        byte[] export = (Exports.HEADER + ";Naam dader\r\n03-01-2026;Wijkteam;consulent;verbaal;nee;ja;ja;04-01-2026;nee;;;"
                + "ja;0;P. de Vries\r\n").getBytes(StandardCharsets.ISO_8859_1);
        HttpClientResponseException refused = refused(upload(draft, "incidenten.csv", export).bearerAuth(employer));
        assertEquals(422, refused.code());
        String body = refused.getResponse().getBody(String.class).orElseThrow();
        assertTrue(body.contains("AVG art. 10") && body.contains("Naam dader"), body);
        assertFalse(body.contains("de Vries"), "the name is not echoed");
        assertEquals(404, status(HttpRequest.GET("/api/assessments/" + draft + "/registration-imports/latest"), employer));
        assertEquals(events, audit(draft).size());
    }

    @Test
    void badRowsAreNamedByRowAndColumn() {
        long draft = draft("vpt-8-maatregelen");
        byte[] export = (Exports.HEADER + "\r\n03-01-2026;Wijkteam;consulent;verbaal;nee;ja;ja;;nee;;;ja;0\r\n"
                + "3 januari;Wijkteam;consulent;verbaal;nee;ja;ja;;nee;;;ja;0\r\n"
                + "03-01-2026;Wijkteam;consulent;verbaal;nee;ja;ja;;nee;;;wellicht;0\r\n").getBytes(StandardCharsets.UTF_8);
        HttpClientResponseException refused = refused(upload(draft, "incidenten.csv", export).bearerAuth(employer));
        assertEquals(422, refused.code());
        String body = refused.getResponse().getBody(String.class).orElseThrow();
        assertTrue(body.contains("\"field\":\"row 3.date\"") && body.contains("\"field\":\"row 4.aftercare\""), body);
        assertTrue(body.contains("\"code\":\"registration.row.date\""), body);
        assertEquals(404, status(HttpRequest.GET("/api/assessments/" + draft + "/registration-imports/latest"), employer));
    }

    @Test
    void oversizedEmptyDisguisedAndForeignRequestsAreRefused() {
        long draft = draft("vpt-8-maatregelen");
        byte[] big = new byte[6 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        assertEquals(413, status(upload(draft, "groot.csv", big), employer));
        assertEquals(400, status(upload(draft, "leeg.csv", new byte[0]), employer));
        assertEquals(415, status(upload(draft, "incidenten.csv", "MZ\u0090\u0000\u0003programma".getBytes(StandardCharsets.ISO_8859_1)), employer));
        assertEquals(403, status(upload(draft, "incidenten.csv", Exports.sample()), otherEmployer));
        assertEquals(404, status(HttpRequest.GET("/api/assessments/" + draft + "/registration-imports/latest"), employer));
    }

    @Test
    void aSubmittedAssessmentTakesNoImport() {
        long draft = draft("vpt-8-maatregelen");
        Map<String, Object> answers = TestAnswers.asAnswers(TestAnswers.values("vpt-8-maatregelen", topic -> false,
                LocalDate.now().minusMonths(2)));
        as(HttpRequest.PUT("/api/assessments/" + draft + "/answers", Map.of("answers", answers)), employer);
        as(HttpRequest.POST("/api/assessments/" + draft + "/submit", Map.of()), employer);
        assertEquals(409, status(upload(draft, "incidenten.csv", Exports.sample()), employer));
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private static void assertAnswer(Map<String, Map<String, Object>> answers, String question, double percent, int of) {
        Map<String, Object> answer = answers.get(question);
        assertEquals(Math.round(percent * 10) / 10.0, ((Number) answer.get("value")).doubleValue(), 0.0001, question);
        assertEquals("uit registratie-import van " + EVIDENCE_DATE + ", " + of + " voorvallen", answer.get("evidence"));
    }

    static MutableHttpRequest<?> upload(long assessment, String name, byte[] content) {
        return HttpRequest.POST("/api/assessments/" + assessment + "/registration-imports", MultipartBody.builder()
                        .addPart("file", name, MediaType.APPLICATION_OCTET_STREAM_TYPE, content).build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE);
    }

    private long draft(String questionnaire) {
        return id(as(HttpRequest.POST("/api/organisations/" + org + "/assessments",
                Map.of("questionnaireId", questionnaire, "kind", "SELF")), employer));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Map<String, Object>> answers(long assessment) {
        return (Map<String, Map<String, Object>>) as(HttpRequest.GET("/api/assessments/" + assessment + "/answers"),
                employer).get("answers");
    }

    private List<Map<String, Object>> audit(long assessment) {
        return http.retrieve(HttpRequest.GET("/api/assessments/" + assessment + "/audit").bearerAuth(employer),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }

    private HttpClientResponseException refused(MutableHttpRequest<?> request) {
        try {
            http.exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            return e;
        }
        throw new AssertionError("the export was accepted");
    }

    private static long id(Map<?, ?> body) {
        return ((Number) body.get("id")).longValue();
    }

    private String user(String name, String role, Map<String, Object> binding) {
        Map<String, Object> body = new LinkedHashMap<>(binding);
        body.put("username", name + "-" + suffix);
        body.put("password", "long-enough-password");
        body.put("role", role);
        as(HttpRequest.POST("/api/users", body), null);
        return name + "-" + suffix;
    }

    private String token(String username) throws Exception {
        return AdminLoginFilter.login(server.getURI(), username, "long-enough-password");
    }

    private static <T extends MutableHttpRequest<?>> T auth(T request, String token) {
        if (token != null) {
            request.bearerAuth(token);
        }
        return request;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> as(MutableHttpRequest<?> request, String token) {
        return http.retrieve(auth(request, token), Map.class);
    }

    private int status(MutableHttpRequest<?> request, String token) {
        try {
            return http.exchange(auth(request, token), byte[].class).code();
        } catch (HttpClientResponseException e) {
            return e.code();
        }
    }
}
