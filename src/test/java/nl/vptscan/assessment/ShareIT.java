package nl.vptscan.assessment;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.vptscan.AdminLoginFilter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An employer's self-assessment is its own: an inspector reads it only while the employer shares it with them,
 * never by starting an audit of the organisation.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShareIT {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    EmbeddedServer server;

    BlockingHttpClient http;
    Api api;
    final String suffix = UUID.randomUUID().toString().substring(0, 8);
    long org;
    String employer;
    String otherEmployer;
    String inspector;
    String inspectorName;

    @BeforeAll
    void organisationWithEmployerAndInspector() throws Exception {
        http = client.toBlocking();
        api = new Api(http);
        org = api.organisation("Gemeente Delen " + suffix);
        long otherOrg = api.organisation("Gemeente Anders " + suffix);
        employer = token(user("werkgever", "EMPLOYER", Map.of("organisationId", org)));
        otherEmployer = token(user("werkgever-x", "EMPLOYER", Map.of("organisationId", otherOrg)));
        inspectorName = user("inspecteur", "INSPECTOR", Map.of());
        inspector = token(inspectorName);
    }

    @Test
    void anInspectorWithAnEmptyAuditReadsNothingOfTheSelfAssessment() {
        long self = submitted(org, "SELF", employer);
        long audit = id(as(HttpRequest.POST("/api/organisations/" + org + "/assessments",
                Map.of("questionnaireId", "vpt-8-maatregelen", "kind", "AUDIT")), inspector));
        assertEquals(200, status(HttpRequest.GET("/api/assessments/" + audit + "/answers"), inspector), "its own audit");
        for (String path : selfAssessmentRoutes(self)) {
            assertEquals(403, status(HttpRequest.GET(path), inspector), path);
        }
        List<Map<String, Object>> listed = http.retrieve(auth(HttpRequest.GET("/api/organisations/" + org + "/assessments"),
                inspector), Argument.listOf(Argument.mapOf(String.class, Object.class)));
        assertFalse(listed.stream().anyMatch(a -> "SELF".equals(a.get("kind"))), "no self-assessment listed: " + listed);
    }

    @Test
    void theComparisonSaysWhenNoSelfAssessmentIsShared() {
        long organisation = api.organisation("Gemeente Vergelijk " + suffix);
        submitted(organisation, "SELF", null);
        submitted(organisation, "AUDIT", inspector);
        Map<String, Object> comparison = get("/api/organisations/" + organisation + "/comparison", inspector);
        assertNull(comparison.get("selfAssessmentId"), comparison.toString());
        assertEquals("NOT_SHARED", comparison.get("selfAssessment"));
        assertEquals(List.of(), comparison.get("questions"));
        assertTrue(String.valueOf(comparison.get("notice")).contains("not shared"), comparison.toString());
    }

    @Test
    void aSharedSelfAssessmentIsReadableUntilTheShareIsRevoked() throws Exception {
        long org = api.organisation("Gemeente Intrekken " + suffix);
        String employer = token(user("werkgever-intrekken", "EMPLOYER", Map.of("organisationId", org)));
        long self = submitted(org, "SELF", employer);
        submitted(org, "AUDIT", inspector);

        Map<String, Object> share = as(HttpRequest.POST("/api/assessments/" + self + "/shares",
                Map.of("inspector", inspectorName)), employer);
        long shareId = ((Number) share.get("id")).longValue();
        assertEquals(inspectorName, share.get("inspector"));
        for (String path : selfAssessmentRoutes(self)) {
            assertEquals(200, status(HttpRequest.GET(path), inspector), path);
        }
        Map<String, Object> comparison = get("/api/organisations/" + org + "/comparison", inspector);
        assertEquals(self, ((Number) comparison.get("selfAssessmentId")).longValue());
        assertEquals("SHARED", comparison.get("selfAssessment"));
        List<Map<String, Object>> shares = list("/api/assessments/" + self + "/shares", employer);
        assertEquals(1, shares.stream().filter(s -> Boolean.TRUE.equals(s.get("active"))).count());

        assertEquals(204, status(HttpRequest.DELETE("/api/assessments/" + self + "/shares/" + shareId), employer));
        for (String path : selfAssessmentRoutes(self)) {
            assertEquals(403, status(HttpRequest.GET(path), inspector), path);
        }
        assertEquals("NOT_SHARED", get("/api/organisations/" + org + "/comparison", inspector).get("selfAssessment"));
        assertEquals(404, status(HttpRequest.DELETE("/api/assessments/" + self + "/shares/" + shareId), employer),
                "a revoked share is gone");
    }

    @Test
    void sharingAndRevokingAreInTheAuditTrail() {
        long self = submitted(org, "SELF", employer);
        long shareId = ((Number) as(HttpRequest.POST("/api/assessments/" + self + "/shares",
                Map.of("inspector", inspectorName)), employer).get("id")).longValue();
        status(HttpRequest.DELETE("/api/assessments/" + self + "/shares/" + shareId), employer);
        List<Map<String, Object>> trail = list("/api/assessments/" + self + "/audit", employer);
        Map<String, Object> shared = trail.stream().filter(e -> "SHARE".equals(e.get("kind"))).findFirst().orElseThrow();
        Map<String, Object> revoked = trail.stream().filter(e -> "UNSHARE".equals(e.get("kind"))).findFirst().orElseThrow();
        for (Map<String, Object> event : List.of(shared, revoked)) {
            assertEquals("werkgever-" + suffix, event.get("actor"));
            assertEquals(inspectorName, event.get("subject"));
            assertTrue(event.get("occurredAt") != null);
        }
    }

    @Test
    void anEmployerSharesWithTheInspectorOfAnAuditOfItsOrganisation() {
        long self = submitted(org, "SELF", employer);
        long audit = ((Number) as(HttpRequest.POST("/api/organisations/" + org + "/assessments",
                Map.of("questionnaireId", "vpt-8-maatregelen", "kind", "AUDIT")), inspector).get("id")).longValue();
        Map<String, Object> share = as(HttpRequest.POST("/api/assessments/" + self + "/shares", Map.of("auditId", audit)), employer);
        assertEquals(inspectorName, share.get("inspector"));
        assertEquals(200, status(HttpRequest.GET("/api/assessments/" + self + "/answers"), inspector));
    }

    @Test
    void onlyTheOrganisationSharesItsSelfAssessment() {
        long self = submitted(org, "SELF", employer);
        Map<String, Object> body = Map.of("inspector", inspectorName);
        assertEquals(403, status(HttpRequest.POST("/api/assessments/" + self + "/shares", body), otherEmployer));
        assertEquals(403, status(HttpRequest.POST("/api/assessments/" + self + "/shares", body), inspector));
        assertEquals(403, status(HttpRequest.GET("/api/assessments/" + self + "/shares"), otherEmployer));
        assertEquals(403, status(HttpRequest.GET("/api/assessments/" + self + "/answers"), inspector));
    }

    @Test
    void aShareNamesEachBadField() {
        long self = submitted(org, "SELF", employer);
        String shares = "/api/assessments/" + self + "/shares";
        assertEquals(Set.of("inspector"), Api.fields(problem(HttpStatus.UNPROCESSABLE_ENTITY, shares,
                Map.of("inspector", "niemand-" + suffix))));
        assertEquals(Set.of("inspector"), Api.fields(problem(HttpStatus.UNPROCESSABLE_ENTITY, shares,
                Map.of("inspector", "werkgever-" + suffix))));
        assertEquals(Set.of("inspector", "auditId"), Api.fields(problem(HttpStatus.BAD_REQUEST, shares, Map.of())));
        api.problem(HttpStatus.BAD_REQUEST, HttpRequest.POST(shares, "{\"auditId\": \"geen getal\"}")
                .contentType("application/json").bearerAuth(employer));
        api.problem(HttpStatus.BAD_REQUEST, HttpRequest.POST(shares, "[").contentType("application/json").bearerAuth(employer));
        assertEquals(Set.of("auditId"), Api.fields(problem(HttpStatus.UNPROCESSABLE_ENTITY, shares, Map.of("auditId", self))));
        long draft = ((Number) as(HttpRequest.POST("/api/organisations/" + org + "/assessments",
                Map.of("questionnaireId", "vpt-8-maatregelen", "kind", "SELF")), employer).get("id")).longValue();
        assertEquals(Set.of("id"), Api.fields(problem(HttpStatus.UNPROCESSABLE_ENTITY, "/api/assessments/" + draft + "/shares",
                Map.of("inspector", inspectorName))));
        long audit = submitted(org, "AUDIT", null);
        assertEquals(Set.of("id"), Api.fields(problem(HttpStatus.UNPROCESSABLE_ENTITY, "/api/assessments/" + audit + "/shares",
                Map.of("inspector", inspectorName))));
        as(HttpRequest.POST(shares, Map.of("inspector", inspectorName)), employer);
        assertEquals(Set.of("inspector"), Api.fields(problem(HttpStatus.UNPROCESSABLE_ENTITY, shares,
                Map.of("inspector", inspectorName))));
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private static List<String> selfAssessmentRoutes(long self) {
        return List.of("/api/assessments/" + self, "/api/assessments/" + self + "/answers",
                "/api/assessments/" + self + "/result", "/api/assessments/" + self + "/results",
                "/api/assessments/" + self + "/audit", "/api/assessments/" + self + "/plan",
                "/api/assessments/" + self + "/plan.xlsx");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> problem(HttpStatus status, String uri, Map<String, Object> body) {
        return api.problem(status, HttpRequest.POST(uri, body).bearerAuth(employer));
    }

    private long submitted(long organisation, String kind, String token) {
        long id = ((Number) as(HttpRequest.POST("/api/organisations/" + organisation + "/assessments",
                Map.of("questionnaireId", "vpt-8-maatregelen", "kind", kind)), token).get("id")).longValue();
        Map<String, Object> answers = new LinkedHashMap<>();
        Answers.allInPlace("vpt-8-maatregelen").forEach((k, v) -> answers.put(k, Api.answer(v)));
        as(HttpRequest.PUT("/api/assessments/" + id + "/answers", Map.of("answers", answers)), token);
        as(HttpRequest.POST("/api/assessments/" + id + "/submit", Map.of()), token);
        return id;
    }

    private static long id(Map<String, Object> body) {
        return ((Number) body.get("id")).longValue();
    }

    private String user(String name, String role, Map<String, Object> binding) {
        Map<String, Object> body = new LinkedHashMap<>(binding);
        body.put("username", name + "-" + suffix);
        body.put("password", "long-enough-password");
        body.put("role", role);
        api.post("/api/users", body);
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

    private Map<String, Object> get(String uri, String token) {
        return as(HttpRequest.GET(uri), token);
    }

    private List<Map<String, Object>> list(String uri, String token) {
        return http.retrieve(auth(HttpRequest.GET(uri), token), Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }

    private int status(MutableHttpRequest<?> request, String token) {
        try {
            return http.exchange(auth(request, token), byte[].class).code();
        } catch (HttpClientResponseException e) {
            return e.code();
        }
    }
}
