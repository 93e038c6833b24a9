package nl.vptscan.assessment;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.vptscan.AdminLoginFilter;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An inspector audits an organisation; the comparison shows where the self-assessment was more favourable. */
@MicronautTest(transactional = false)
class InspectorAuditIT {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    EmbeddedServer server;

    @Test
    @SuppressWarnings("unchecked")
    void comparisonMarksWhereTheOrganisationJudgedItselfMoreFavourably() throws Exception {
        BlockingHttpClient http = client.toBlocking();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long org = ((Number) http.retrieve(HttpRequest.POST("/api/organisations", Map.of("name", "Gemeente Audit " + suffix,
                "sector", "gemeente", "employees", 700)), Map.class).get("id")).longValue();
        http.exchange(HttpRequest.POST("/api/users", Map.of("username", "inspecteur-" + suffix,
                "password", "long-enough-password", "role", "INSPECTOR")));
        String inspector = AdminLoginFilter.login(server.getURI(), "inspecteur-" + suffix, "long-enough-password");

        Map<String, Object> all = Answers.allInPlace("vpt-8-maatregelen");
        long self = run(http, org, "SELF", all, null);
        // the self-assessment is the organisation's own: the inspector compares with it only once it is shared
        http.exchange(HttpRequest.POST("/api/assessments/" + self + "/shares", Map.of("inspector", "inspecteur-" + suffix)));
        Map<String, Object> audited = new LinkedHashMap<>(all);
        audited.put("vpt8.m4.q1", "geen");
        long audit = run(http, org, "AUDIT", audited, inspector);

        Map<String, Object> comparison = http.retrieve(as(HttpRequest.GET("/api/organisations/" + org + "/comparison"), inspector), Map.class);
        assertEquals(self, ((Number) comparison.get("selfAssessmentId")).longValue());
        assertEquals(audit, ((Number) comparison.get("auditId")).longValue());
        Map<String, Object> m4 = ((List<Map<String, Object>>) comparison.get("topics")).stream()
                .filter(t -> "m4".equals(t.get("topic"))).findFirst().orElseThrow();
        assertEquals(true, m4.get("differs"));
        assertEquals(true, m4.get("selfMoreFavourable"));
        assertEquals("EIS", m4.get("verdict"));
        Map<String, Object> m1 = ((List<Map<String, Object>>) comparison.get("topics")).stream()
                .filter(t -> "m1".equals(t.get("topic"))).findFirst().orElseThrow();
        assertEquals(false, m1.get("differs"));
        Map<String, Object> question = ((List<Map<String, Object>>) comparison.get("questions")).stream()
                .filter(q -> "vpt8.m4.q1".equals(q.get("questionId"))).findFirst().orElseThrow();
        assertEquals("alle", question.get("selfAnswer"));
        assertEquals("geen", question.get("auditAnswer"));
        assertEquals(true, question.get("selfMoreFavourable"));
        assertFalse(((List<Map<String, Object>>) comparison.get("questions")).stream()
                .filter(q -> !"vpt8.m4.q1".equals(q.get("questionId"))).anyMatch(q -> Boolean.TRUE.equals(q.get("differs"))));
    }

    private long run(BlockingHttpClient http, long org, String kind, Map<String, Object> values, String token) {
        long id = ((Number) http.retrieve(as(HttpRequest.POST("/api/organisations/" + org + "/assessments",
                Map.of("questionnaireId", "vpt-8-maatregelen", "kind", kind)), token), Map.class).get("id")).longValue();
        Map<String, Object> answers = new LinkedHashMap<>();
        values.forEach((k, v) -> answers.put(k, Map.of("value", v)));
        http.exchange(as(HttpRequest.PUT("/api/assessments/" + id + "/answers", Map.of("answers", answers)), token));
        if ("AUDIT".equals(kind)) {
            http.exchange(as(HttpRequest.PUT("/api/assessments/" + id + "/verdicts", Map.of("verdicts", Map.of(
                    "m4", Map.of("verdict", "EIS", "note", "Geen training voor baliemedewerkers",
                            "deadline", java.time.LocalDate.now().plusMonths(2).toString()),
                    "m1", Map.of("verdict", "IN_ORDE")))), token));
        }
        http.exchange(as(HttpRequest.POST("/api/assessments/" + id + "/submit", Map.of()), token));
        return id;
    }

    private static MutableHttpRequest<?> as(MutableHttpRequest<?> request, String token) {
        return token == null ? request : request.bearerAuth(token);
    }
}
