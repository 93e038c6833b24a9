package nl.vptscan.assessment;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.vptscan.AdminLoginFilter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An inspector's eis gets a deadline; the organisation sees it open; once the deadline has passed the inspector
 * re-inspects, and an eis still unmet is a repeat with its indicative fine.
 */
@MicronautTest(transactional = false)
class ReinspectionIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    EmbeddedServer server;

    @Inject
    AuditService audits;

    @Inject
    VerdictDeadlines deadlines;

    private BlockingHttpClient http;
    private Api api;
    private String inspectorName;
    private String inspector;
    private long organisation;

    @BeforeEach
    void setUp() throws Exception {
        http = client.toBlocking();
        api = new Api(http);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        organisation = api.organisation("Gemeente Hercontrole " + suffix);
        inspectorName = "hercontrole-" + suffix;
        api.post("/api/users", Map.of("username", inspectorName, "password", "long-enough-password", "role", "INSPECTOR"));
        inspector = AdminLoginFilter.login(server.getURI(), inspectorName, "long-enough-password");
    }

    @Test
    void anEisWithoutDeadlineIsRefusedNamingTheTopic() {
        long audit = draftAudit();
        Map<String, Object> problem = api.problem(HttpStatus.BAD_REQUEST, as(HttpRequest.PUT("/api/assessments/" + audit
                + "/verdicts", Map.of("verdicts", Map.of("m4", Map.of("verdict", "EIS"))))));
        Map<String, Object> error = firstError(problem);
        assertEquals("verdicts.m4.deadline", error.get("field"));
        assertEquals("verdict.deadlineRequired", error.get("code"));
        assertTrue(api.list("/api/assessments/" + audit + "/verdicts").isEmpty(), "nothing stored");
    }

    @Test
    void aDeadlineInThePastIsRefused() {
        long audit = draftAudit();
        Map<String, Object> problem = api.problem(HttpStatus.BAD_REQUEST, as(HttpRequest.PUT("/api/assessments/" + audit
                + "/verdicts", Map.of("verdicts", Map.of("m4", Map.of("verdict", "EIS",
                "deadline", TODAY.minusDays(1).toString()))))));
        assertEquals("verdict.deadlinePast", firstError(problem).get("code"));
    }

    @Test
    void aVerdictInOrderHasNoDeadline() {
        long audit = draftAudit();
        Map<String, Object> problem = api.problem(HttpStatus.BAD_REQUEST, as(HttpRequest.PUT("/api/assessments/" + audit
                + "/verdicts", Map.of("verdicts", Map.of("m1", Map.of("verdict", "IN_ORDE",
                "deadline", TODAY.plusDays(5).toString()))))));
        assertEquals("verdict.deadlineNotAllowed", firstError(problem).get("code"));
    }

    @Test
    void anEisWithADeadlineIsOpenForTheOrganisationUntilReinspected() {
        long audit = draftAudit();
        List<Map<String, Object>> saved = http.retrieve(as(HttpRequest.PUT("/api/assessments/" + audit + "/verdicts",
                Map.of("verdicts", Map.of("m4", Map.of("verdict", "EIS", "deadline", TODAY.plusDays(30).toString()))))),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
        assertEquals(TODAY.plusDays(30).toString(), saved.get(0).get("deadline"));
        submit(audit, Answers.allInPlace("vpt-8-maatregelen"));

        List<Map<String, Object>> open = api.list("/api/organisations/" + organisation + "/demands");
        assertEquals(1, open.size());
        assertEquals("m4", open.get(0).get("topic"));
        assertEquals("EIS", open.get(0).get("verdict"));
        assertEquals(TODAY.plusDays(30).toString(), open.get(0).get("deadline"));
        assertTrue(deadlines.dueBetween(TODAY.plusDays(30), TODAY.plusDays(30)).stream()
                .anyMatch(d -> d.auditId() == audit && d.topic().equals("m4")), "a reminder finds it on its deadline");
        assertFalse(deadlines.dueBetween(TODAY, TODAY.plusDays(29)).stream().anyMatch(d -> d.auditId() == audit));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEisUnmetAfterItsDeadlineIsARepeatWithItsIndicativeFine() {
        // the audit of two months ago: training (m4) demanded within seven weeks, perpetrator response (m5) in
        // three weeks from now, the norm (m1) warned about and met since
        long audit = draftAudit();
        Map<String, VerdictInput> earlier = new LinkedHashMap<>();
        earlier.put("m4", new VerdictInput(Verdict.EIS, "Geen training voor baliemedewerkers", TODAY.minusDays(10)));
        earlier.put("m5", new VerdictInput(Verdict.EIS, "Geen reactie op daders", TODAY.plusDays(20)));
        earlier.put("m1", new VerdictInput(Verdict.WAARSCHUWING, null, TODAY.minusDays(5)));
        audits.saveVerdicts(audit, earlier, inspectorName, TODAY.minusDays(60));
        submit(audit, Answers.allInPlace("vpt-8-maatregelen"));

        List<Map<String, Object>> awaiting = http.retrieve(as(HttpRequest.GET("/api/demands/awaiting-follow-up")),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
        assertEquals(List.of("m4", "m1"), awaiting.stream().map(d -> d.get("topic")).toList(), "earliest deadline first");

        long followUp = ((Number) http.retrieve(as(HttpRequest.POST("/api/assessments/" + audit + "/follow-up", Map.of())),
                Map.class).get("id")).longValue();
        api.problem(HttpStatus.CONFLICT, as(HttpRequest.POST("/api/assessments/" + audit + "/follow-up", Map.of())));
        Map<String, Object> draft = http.retrieve(as(HttpRequest.GET("/api/assessments/" + followUp + "/reinspection")), Map.class);
        assertTrue(((List<Map<String, Object>>) draft.get("demands")).stream()
                .allMatch(d -> "NOT_YET_JUDGED".equals(d.get("outcome"))));

        Map<String, Object> now = new LinkedHashMap<>();
        now.put("m4", Map.of("verdict", "EIS", "deadline", TODAY.plusDays(30).toString()));
        now.put("m5", Map.of("verdict", "EIS", "deadline", TODAY.plusDays(20).toString()));
        now.put("m1", Map.of("verdict", "IN_ORDE"));
        http.exchange(as(HttpRequest.PUT("/api/assessments/" + followUp + "/verdicts", Map.of("verdicts", now))));
        submit(followUp, Answers.allInPlace("vpt-8-maatregelen"));

        Map<String, Object> review = http.retrieve(as(HttpRequest.GET("/api/assessments/" + followUp + "/reinspection")), Map.class);
        assertEquals(((Number) review.get("earlierId")).longValue(), audit);
        assertEquals(420, review.get("employees"));
        assertTrue(((String) review.get("fineNotice")).startsWith("Indicative only, not a decision"));
        Map<String, Map<String, Object>> byTopic = new LinkedHashMap<>();
        ((List<Map<String, Object>>) review.get("demands")).forEach(d -> byTopic.put((String) d.get("topic"), d));
        assertEquals(List.of("m1", "m4", "m5"), List.copyOf(byTopic.keySet()));

        Map<String, Object> training = byTopic.get("m4");
        assertEquals("NOT_MET", training.get("outcome"));
        assertEquals(true, training.get("repeat"));
        Map<String, Object> fine = (Map<String, Object>) training.get("indicativeFine");
        assertEquals("arbowet-8-1", fine.get("provision"), "the topic's first provision of the heaviest category");
        assertEquals(2, fine.get("category"));
        assertEquals(750, fine.get("base"));
        assertEquals(80, fine.get("percent"), "420 employees pay 80%");
        assertEquals(600, fine.get("amount"));

        Map<String, Object> response = byTopic.get("m5");
        assertEquals("NOT_MET", response.get("outcome"));
        assertEquals(false, response.get("repeat"), "its deadline has not passed");
        assertNull(response.get("indicativeFine"));

        Map<String, Object> norm = byTopic.get("m1");
        assertEquals("MET", norm.get("outcome"));
        assertEquals(false, norm.get("repeat"));

        List<Map<String, Object>> trail = api.list("/api/assessments/" + followUp + "/audit");
        assertTrue(trail.stream().anyMatch(e -> "REINSPECTION".equals(e.get("kind")) && "m4".equals(e.get("subject"))
                && ((String) e.get("newValue")).contains("REPEAT") && ((String) e.get("newValue")).contains("EUR 600")), trail.toString());
        assertTrue(trail.stream().anyMatch(e -> "FOLLOW_UP".equals(e.get("kind"))));

        List<Map<String, Object>> open = api.list("/api/organisations/" + organisation + "/demands");
        assertTrue(open.stream().allMatch(d -> ((Number) d.get("auditId")).longValue() == followUp),
                "the re-inspection's own demands replace the earlier ones: " + open);
        assertEquals(2, open.size());
    }

    @Test
    @SuppressWarnings("unchecked")
    void withoutAVerdictTheTopicsLevelInTheSubmittedReinspectionDecides() {
        long audit = draftAudit();
        audits.saveVerdicts(audit, Map.of("m4", new VerdictInput(Verdict.EIS, null, TODAY.minusDays(3))), inspectorName,
                TODAY.minusDays(40));
        submit(audit, Answers.allInPlace("vpt-8-maatregelen"));
        long followUp = ((Number) http.retrieve(as(HttpRequest.POST("/api/assessments/" + audit + "/follow-up", Map.of())),
                Map.class).get("id")).longValue();
        submit(followUp, Answers.allInPlace("vpt-8-maatregelen"));

        Map<String, Object> review = http.retrieve(as(HttpRequest.GET("/api/assessments/" + followUp + "/reinspection")), Map.class);
        Map<String, Object> training = ((List<Map<String, Object>>) review.get("demands")).get(0);
        assertNull(training.get("verdictNow"));
        assertTrue(((Number) training.get("levelNow")).intValue() >= 3, training.toString());
        assertEquals("MET", training.get("outcome"), "in place now, so met");
        assertEquals(false, training.get("repeat"));
        assertEquals(true, training.get("deadlinePassed"));
    }

    @Test
    void anEmployerCannotStartAReinspection() throws Exception {
        long audit = draftAudit();
        submit(audit, Answers.allInPlace("vpt-8-maatregelen"));
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        api.post("/api/users", Map.of("username", "werkgever-" + suffix, "password", "long-enough-password",
                "role", "EMPLOYER", "organisationId", organisation));
        String employer = AdminLoginFilter.login(server.getURI(), "werkgever-" + suffix, "long-enough-password");
        api.problem(HttpStatus.FORBIDDEN, HttpRequest.POST("/api/assessments/" + audit + "/follow-up", Map.of())
                .bearerAuth(employer));
        api.problem(HttpStatus.FORBIDDEN, HttpRequest.GET("/api/demands/awaiting-follow-up").bearerAuth(employer));
    }

    private long draftAudit() {
        return ((Number) http.retrieve(as(HttpRequest.POST("/api/organisations/" + organisation + "/assessments",
                Map.of("questionnaireId", "vpt-8-maatregelen", "kind", "AUDIT"))), Map.class).get("id")).longValue();
    }

    private void submit(long assessment, Map<String, Object> values) {
        Map<String, Object> answers = new LinkedHashMap<>();
        values.forEach((id, value) -> answers.put(id, Api.answer(value)));
        http.exchange(as(HttpRequest.PUT("/api/assessments/" + assessment + "/answers", Map.of("answers", answers))));
        http.exchange(as(HttpRequest.POST("/api/assessments/" + assessment + "/submit", Map.of())));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> firstError(Map<String, Object> problem) {
        return ((List<Map<String, Object>>) problem.get("errors")).get(0);
    }

    private MutableHttpRequest<?> as(MutableHttpRequest<?> request) {
        return request.bearerAuth(inspector);
    }
}
