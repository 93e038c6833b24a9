package nl.vptscan.assessment;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.vptscan.Fuzz;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Random and broken request bodies over HTTP: always a 2xx or a 4xx problem, never a 500 or a hang, and a rejected
 * save leaves the stored answers as they were.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HttpFuzzIT {

    @Inject
    @Client("/")
    HttpClient client;

    BlockingHttpClient http;
    long assessment;
    long submitted;
    List<String> questions;

    @BeforeAll
    void createAssessment() {
        http = client.toBlocking();
        Api api = new Api(http);
        long org = api.organisation("Fuzz " + System.nanoTime());
        assessment = api.assessment(org, "vpt-8-maatregelen", "SELF");
        api.put("/api/assessments/" + assessment + "/answers", Map.of("answers", Map.of("vpt8.m1.q1", Api.answer("yes"))));
        submitted = api.assessment(org, "vpt-8-maatregelen", "SELF");
        Map<String, Object> all = new LinkedHashMap<>();
        Answers.allInPlace("vpt-8-maatregelen").forEach((k, v) -> all.put(k, Api.answer(v)));
        all.put("vpt8.m1.q1", Api.answer("no"));  // so that the plan has actions to patch
        api.put("/api/assessments/" + submitted + "/answers", Map.of("answers", all));
        api.post("/api/assessments/" + submitted + "/submit", Map.of());
        questions = Answers.questionnaire("vpt-8-maatregelen").questions().stream().map(q -> q.id()).toList();
    }

    private Object value(Fuzz f, int depth) {
        return switch (f.below(depth > 3 ? 6 : 9)) {
            case 0 -> null;
            case 1 -> f.bool();
            case 2 -> f.anyLong();
            case 3 -> f.anyDouble();
            case 4 -> f.pick("yes", "no", "partly", "na", "alle", "deel", "geen", "2026-01-01", "2999-12-31", "");
            case 5 -> f.text(0, 50);
            case 6 -> f.list(0, 4, () -> value(f, depth + 1));
            case 7 -> answer(value(f, depth + 1), null, null);
            default -> answer(value(f, depth + 1), f.text(0, 20), f.anyString(0, 20));
        };
    }

    private static Map<String, Object> answer(Object value, String comment, String evidence) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("value", value);
        if (comment != null) {
            answer.put("comment", comment);
            answer.put("evidence", evidence);
        }
        return answer;
    }

    private String body(Fuzz f) {
        Map<String, Object> answers = new LinkedHashMap<>();
        int n = f.between(0, 8);
        for (int i = 0; i < n; i++) {
            String id = f.chance(0.8) ? f.pick(questions) : f.text(0, 30);
            answers.put(id, value(f, 0));
        }
        String json = toJson(f.chance(0.9) ? Map.of("answers", answers) : answers);
        return switch (f.below(6)) {
            case 0 -> json.substring(0, f.below(Math.max(1, json.length())));   // truncated
            case 1 -> "[".repeat(f.between(1, 5000)) + "]".repeat(f.below(3));   // deep nesting
            case 2 -> "{\"answers\": {\"vpt8.m1.q1\": {\"value\": " + "9".repeat(f.between(300, 5000)) + "}}}"; // huge number
            default -> json;
        };
    }

    private int send(MutableHttpRequest<String> request) {
        try {
            return http.exchange(request.contentType(MediaType.APPLICATION_JSON_TYPE), String.class).code();
        } catch (HttpClientResponseException e) {
            return e.code();
        }
    }

    @TestFactory
    Stream<DynamicTest> randomAnswerBodiesAreStoredOrRefusedWithoutLosingAnything() {
        return Fuzz.forAll(150, this::body, body -> assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            Object before = new Api(http).get("/api/assessments/" + assessment + "/answers").get("answers");
            int status = send(HttpRequest.PUT("/api/assessments/" + assessment + "/answers", body));
            assertTrue(status == 200 || status == 400, "status " + status + " for " + body);
            if (status == 400) {
                assertEquals(before, new Api(http).get("/api/assessments/" + assessment + "/answers").get("answers"),
                        "a refused save changed nothing");
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> randomQuickScanBodiesAreScoredOrRefused() {
        return Fuzz.forAll(100, this::body, body -> assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            int status = send(HttpRequest.POST("/api/score/vpt-8-maatregelen", body));
            assertTrue(status == 200 || status == 400, "status " + status + " for " + body);
        }));
    }

    @TestFactory
    Stream<DynamicTest> randomPlanPatchesAreAppliedOrRefused() {
        long action = ((Number) new Api(http).list("/api/assessments/" + submitted + "/plan").get(0).get("id")).longValue();
        return Fuzz.forAll(60, f -> {
            Map<String, Object> patch = new LinkedHashMap<>();
            for (String key : List.of("priority", "owner", "dueDate", "status", "costEstimate", "remarks", "x")) {
                if (f.chance(0.4)) {
                    patch.put(key, value(f, 2));
                }
            }
            return toJson(patch);
        }, body -> assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            int status = send(HttpRequest.PATCH("/api/assessments/" + submitted + "/plan/actions/" + action, body));
            assertTrue(status == 200 || status == 400, "status " + status + " for " + body);
        }));
    }

    @SuppressWarnings("unchecked")
    private static String toJson(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String s) {
            StringBuilder out = new StringBuilder("\"");
            for (char c : s.toCharArray()) {
                if (c == '"' || c == '\\') {
                    out.append('\\').append(c);
                } else if (c < 0x20) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
            return out.append('"').toString();
        }
        if (value instanceof Double d && !Double.isFinite(d)) {
            return "1e999";
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("{");
            ((Map<Object, Object>) map).forEach((k, v) -> out.append(out.length() > 1 ? "," : "")
                    .append(toJson(String.valueOf(k))).append(':').append(toJson(v)));
            return out.append('}').toString();
        }
        if (value instanceof List<?> list) {
            StringBuilder out = new StringBuilder("[");
            for (Object item : list) {
                out.append(out.length() > 1 ? "," : "").append(toJson(item));
            }
            return out.append(']').toString();
        }
        return String.valueOf(value);
    }
}
