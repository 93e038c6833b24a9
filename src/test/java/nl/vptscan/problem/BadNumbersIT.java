package nl.vptscan.problem;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.vptscan.TestAnswers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Out-of-range and malformed numbers, and bodies of the wrong shape: a 400 problem that names the field in plain
 * words, never a 500 and never a Java type or class name.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadNumbersIT {

    /** What a message to a client must not contain: package names, class names, parser internals. */
    private static final Pattern JAVA = Pattern.compile(
            "java\\.|nl\\.vptscan|io\\.micronaut|com\\.fasterxml|Cannot deserialize|`|\\b(Integer|Long|Double|BigDecimal|"
                    + "String|Map|LinkedHashMap|Object|Boolean|LocalDate|Class)\\b|Serde|Jackson|\\$");

    record Bad(String name, String method, String path, String body, String field) {
    }

    @Inject
    @Client("/")
    HttpClient client;

    BlockingHttpClient http;
    long org;
    long assessment;
    long action;
    long draft;

    @BeforeAll
    @SuppressWarnings("unchecked")
    void submittedAssessmentWithAPlan() {
        http = client.toBlocking();
        org = ((Number) http.retrieve(HttpRequest.POST("/api/organisations", Map.of("name", "Getallen " + System.nanoTime(),
                "sector", "gemeente", "employees", 120)), Map.class).get("id")).longValue();
        assessment = ((Number) http.retrieve(HttpRequest.POST("/api/organisations/" + org + "/assessments",
                Map.of("questionnaireId", "vpt-8-maatregelen", "kind", "SELF")), Map.class).get("id")).longValue();
        Map<String, Object> answers = TestAnswers.asAnswers(TestAnswers.values("vpt-8-maatregelen", t -> true,
                LocalDate.now().minusYears(3)));
        http.exchange(HttpRequest.PUT("/api/assessments/" + assessment + "/answers", Map.of("answers", answers)));
        http.exchange(HttpRequest.POST("/api/assessments/" + assessment + "/submit", Map.of()));
        List<Map<String, Object>> plan = http.retrieve(HttpRequest.GET("/api/assessments/" + assessment + "/plan"),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
        action = ((Number) plan.get(0).get("id")).longValue();
        draft = ((Number) http.retrieve(HttpRequest.POST("/api/organisations/" + org + "/assessments",
                Map.of("questionnaireId", "vpt-8-maatregelen", "kind", "SELF")), Map.class).get("id")).longValue();
    }

    List<Bad> bodies() {
        String patch = "/api/assessments/" + assessment + "/plan/actions/" + action;
        String scan = "/api/score/vpt-8-maatregelen";
        String orgs = "/api/organisations";
        String start = "/api/organisations/" + org + "/assessments";
        return List.of(
                new Bad("cost 1e400", "PATCH", patch, "{\"costEstimate\": 1e400}", "costEstimate"),
                new Bad("cost -1e400", "PATCH", patch, "{\"costEstimate\": -1e400}", "costEstimate"),
                new Bad("cost huge integer", "PATCH", patch, "{\"costEstimate\": 1" + "0".repeat(400) + "}", "costEstimate"),
                new Bad("priority 1e400", "PATCH", patch, "{\"priority\": 1e400}", "priority"),
                new Bad("quick scan employees 1e400", "POST", scan, "{\"answers\": {}, \"context\": {\"employees\": 1e400}}",
                        "context.employees"),
                new Bad("quick scan employees too long", "POST", scan,
                        "{\"answers\": {}, \"context\": {\"employees\": 99999999999999999999}}", "context.employees"),
                new Bad("quick scan employees text", "POST", scan, "{\"answers\": {}, \"context\": {\"employees\": \"veel\"}}",
                        "context.employees"),
                // the parser names no field for a list where an object belongs: the problem names the body
                new Bad("quick scan context a list", "POST", scan, "{\"answers\": {}, \"context\": [1, 2]}", "body"),
                new Bad("quick scan answer 1e400", "POST", scan, "{\"answers\": {\"vpt8.m1.q1\": 1e400}}", "answers.vpt8.m1.q1"),
                new Bad("organisation employees 1e400", "POST", orgs,
                        "{\"name\": \"X\", \"sector\": \"gemeente\", \"employees\": 1e400}", "employees"),
                new Bad("organisation region text", "POST", orgs,
                        "{\"name\": \"X\", \"sector\": \"gemeente\", \"employees\": 5, \"regionId\": \"een\"}", "regionId"),
                new Bad("organisation date malformed", "POST", orgs,
                        "{\"name\": \"X\", \"sector\": \"gemeente\", \"employees\": 5, \"regionSince\": \"gisteren\"}", "regionSince"),
                new Bad("assessment kind unknown", "POST", start, "{\"questionnaireId\": \"vpt-8-maatregelen\", \"kind\": \"ALL\"}",
                        "kind"),
                new Bad("answers value 1e400", "PUT", "/api/assessments/" + draft + "/answers",
                        "{\"answers\": {\"vpt8.m1.q1\": {\"value\": 1e400}}}", "answers.vpt8.m1.q1.value"),
                new Bad("answers not an object", "PUT", "/api/assessments/" + draft + "/answers",
                        "{\"answers\": [1, 2, 3]}", "body"),
                new Bad("broken JSON", "POST", scan, "{\"answers\": {", null),
                new Bad("number as body", "POST", orgs, "1e400", null));
    }

    @TestFactory
    Stream<DynamicTest> eachBadBodyIsA400NamingTheFieldInPlainWords() {
        return bodies().stream().map(bad -> DynamicTest.dynamicTest(bad.name(), () -> {
            HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> http.exchange(
                    HttpRequest.create(io.micronaut.http.HttpMethod.valueOf(bad.method()), bad.path())
                            .contentType(MediaType.APPLICATION_JSON).body(bad.body()), String.class));
            String body = e.getResponse().getBody(String.class).orElse("");
            assertTrue(e.getStatus().getCode() == 400 || e.getStatus().getCode() == 422, e.getStatus() + " " + body);
            assertEquals("application/problem+json", e.getResponse().getContentType().orElseThrow().toString());
            assertFalse(JAVA.matcher(body).find(), () -> "names Java internals: " + body);
            if (bad.field() != null) {
                assertTrue(body.contains("\"field\":\"" + bad.field() + "\""), () -> "names " + bad.field() + ": " + body);
            }
        }));
    }
}
