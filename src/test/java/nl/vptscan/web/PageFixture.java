package nl.vptscan.web;

import nl.vptscan.TestAnswers;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import nl.vptscan.AdminLoginFilter;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Organisations, users and assessments for page tests, made through the API as the test administrator. */
final class PageFixture {

    static final String PASSWORD = "long-enough-password";

    final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final BlockingHttpClient http;
    private final URI base;

    PageFixture(BlockingHttpClient http, URI base) {
        this.http = http;
        this.base = base;
    }

    long region(String name) {
        return id(post("/api/regions", Map.of("name", name + " " + suffix)));
    }

    long organisation(String name, Long region) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("name", name + " " + suffix, "sector", "gemeente", "employees", 300));
        if (region != null) {
            body.put("regionId", region);
        }
        return id(post("/api/organisations", body));
    }

    /** Creates a user and returns its user name. */
    String user(String name, String role, Map<String, Object> binding) {
        Map<String, Object> body = new LinkedHashMap<>(binding);
        body.put("username", name + "-" + suffix);
        body.put("password", PASSWORD);
        body.put("role", role);
        post("/api/users", body);
        return name + "-" + suffix;
    }

    String token(String username) throws Exception {
        return AdminLoginFilter.login(base, username, PASSWORD);
    }

    long draft(long organisation, String kind, String token) {
        return id(as(HttpRequest.POST("/api/organisations/" + organisation + "/assessments",
                Map.of("questionnaireId", "vpt-8-maatregelen", "kind", kind)), token));
    }

    /** A submitted assessment with every question answered "no" (or the lowest value). */
    @SuppressWarnings("unchecked")
    long submitted(long organisation, String kind, String token) {
        long assessment = draft(organisation, kind, token);
        Map<String, Object> answers = TestAnswers.asAnswers(TestAnswers.values("vpt-8-maatregelen", topic -> true,
                LocalDate.now().minusYears(3)));
        as(HttpRequest.PUT("/api/assessments/" + assessment + "/answers", Map.of("answers", answers)), token);
        as(HttpRequest.POST("/api/assessments/" + assessment + "/submit", Map.of()), token);
        return assessment;
    }

    long firstAction(long assessment) {
        List<Map<String, Object>> plan = http.retrieve(HttpRequest.GET("/api/assessments/" + assessment + "/plan"),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
        return ((Number) plan.get(0).get("id")).longValue();
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> post(String uri, Object body) {
        return http.retrieve(HttpRequest.POST(uri, body), Map.class);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> as(MutableHttpRequest<?> request, String token) {
        if (token != null) {
            request.bearerAuth(token);
        }
        return http.retrieve(request, Map.class);
    }

    static long id(Map<String, Object> body) {
        return ((Number) body.get("id")).longValue();
    }
}
