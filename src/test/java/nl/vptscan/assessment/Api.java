package nl.vptscan.assessment;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Small helpers for driving the assessment API in integration tests, as a client would. */
final class Api {

    private final BlockingHttpClient http;

    Api(BlockingHttpClient http) {
        this.http = http;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> post(String uri, Object body) {
        return http.retrieve(HttpRequest.POST(uri, body), Map.class);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> put(String uri, Object body) {
        return http.retrieve(HttpRequest.PUT(uri, body), Map.class);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> get(String uri) {
        return http.retrieve(HttpRequest.GET(uri), Map.class);
    }

    List<Map<String, Object>> list(String uri) {
        return http.retrieve(HttpRequest.GET(uri), Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }

    long organisation(String name) {
        return ((Number) post("/api/organisations", Map.of("name", name, "sector", "gemeente", "employees", 420))
                .get("id")).longValue();
    }

    long assessment(long organisationId, String questionnaireId, String kind) {
        return ((Number) post("/api/organisations/" + organisationId + "/assessments",
                Map.of("questionnaireId", questionnaireId, "kind", kind)).get("id")).longValue();
    }

    /** Saves these values as the answers of the assessment and submits it; the submit's answer. */
    Map<String, Object> submit(long assessment, Map<String, Object> values) {
        Map<String, Object> answers = new LinkedHashMap<>();
        values.forEach((id, value) -> answers.put(id, answer(value)));
        put("/api/assessments/" + assessment + "/answers", Map.of("answers", answers));
        return post("/api/assessments/" + assessment + "/submit", Map.of());
    }

    /**
     * A submitted self-assessment of a new organisation with everything in place except that no risk group was
     * trained: one VIOLATION, AI11-P03-02, on p03.
     */
    long submittedWithUntrainedRiskGroups(String organisation) {
        long assessment = assessment(organisation(organisation), "ai-agressie-11", "SELF");
        Map<String, Object> values = new LinkedHashMap<>(Answers.allInPlace("ai-agressie-11"));
        values.put("ai11.p03.q2", "none");
        submit(assessment, values);
        return assessment;
    }

    /** The problem body of a request that must fail with the given status. */
    @SuppressWarnings("unchecked")
    Map<String, Object> problem(HttpStatus status, HttpRequest<?> request) {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> http.exchange(request, Map.class));
        assertEquals(status, e.getStatus(), () -> String.valueOf(e.getResponse().getBody(String.class).orElse("")));
        assertEquals("application/problem+json", e.getResponse().getContentType().orElseThrow().toString());
        return e.getResponse().getBody(Map.class).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    static Set<String> fields(Map<String, Object> problem) {
        Set<String> fields = new TreeSet<>();
        ((List<Map<String, Object>>) problem.get("errors")).forEach(e -> fields.add((String) e.get("field")));
        return fields;
    }

    static Map<String, Object> answer(Object value) {
        return Map.of("value", value);
    }

    HttpResponse<?> exchange(HttpRequest<?> request) {
        return http.exchange(request);
    }
}
