package nl.vptscan.operations;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import net.logstash.logback.encoder.LogstashEncoder;
import nl.vptscan.AdminLoginFilter;
import nl.vptscan.TestAnswers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Metrics, request ids, log contents and health details, over HTTP against MariaDB. */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.read-timeout", value = "60s")
class ObservabilityIT {

    private static final String PASSWORD = "Observability-Password-" + UUID.randomUUID();

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    EmbeddedServer server;

    BlockingHttpClient http;

    @BeforeEach
    void setUp() {
        http = client.toBlocking();
    }

    private String newUser(String role) {
        String name = "obs-" + role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        http.exchange(HttpRequest.POST("/api/users", Map.of("username", name, "password", PASSWORD, "role", role)));
        return name;
    }

    private String login(String user) throws Exception {
        return AdminLoginFilter.login(server.getURI(), user, PASSWORD);
    }

    private int status(HttpRequest<?> request) {
        try {
            return http.exchange(request, String.class).code();
        } catch (HttpClientResponseException e) {
            return e.code();
        }
    }

    /** A submitted assessment with a plan, made by the test administrator. */
    private long submittedAssessment(String bearer, String note) {
        Map<?, ?> organisation = http.retrieve(auth(HttpRequest.POST("/api/organisations",
                Map.of("name", "Observability " + UUID.randomUUID(), "sector", "gemeente", "employees", 120)), bearer), Map.class);
        Map<?, ?> assessment = http.retrieve(auth(HttpRequest.POST("/api/organisations/" + organisation.get("id") + "/assessments",
                Map.of("questionnaireId", "ai-agressie-11", "kind", "SELF")), bearer), Map.class);
        long id = ((Number) assessment.get("id")).longValue();
        Map<String, Object> answers = new LinkedHashMap<>();
        TestAnswers.allInPlace("ai-agressie-11").forEach((question, value) ->
                answers.put(question, Map.of("value", value, "comment", note, "evidence", note)));
        http.exchange(auth(HttpRequest.PUT("/api/assessments/" + id + "/answers", Map.of("answers", answers)), bearer));
        http.exchange(auth(HttpRequest.POST("/api/assessments/" + id + "/submit", Map.of()), bearer));
        return id;
    }

    private static <T> io.micronaut.http.MutableHttpRequest<T> auth(io.micronaut.http.MutableHttpRequest<T> request, String bearer) {
        return bearer == null ? request : request.bearerAuth(bearer);
    }

    @Test
    void prometheusIsForAdministratorsOnly() throws Exception {
        assertEquals(401, status(HttpRequest.GET("/prometheus").header(AdminLoginFilter.ANONYMOUS, "true")));
        assertEquals(403, status(HttpRequest.GET("/prometheus").bearerAuth(login(newUser("INSPECTOR")))));
        assertEquals(200, status(HttpRequest.GET("/prometheus")));
    }

    @Test
    void prometheusShowsHttpPoolJvmAndTheTimersOfScoringSubmitAndWorkbooks() {
        long assessment = submittedAssessment(null, "gewoon");
        http.exchange(HttpRequest.GET("/api/assessments/" + assessment + "/plan.xlsx"), byte[].class);
        Map<?, ?> region = http.retrieve(HttpRequest.POST("/api/regions", Map.of("name", "Metrics " + UUID.randomUUID())), Map.class);
        http.exchange(HttpRequest.GET("/api/regions/" + region.get("id") + "/benchmark.xlsx?questionnaire=ai-agressie-11"), byte[].class);
        http.exchange(HttpRequest.POST("/api/score/ai-agressie-11",
                Map.of("answers", TestAnswers.allInPlace("ai-agressie-11"))), String.class);

        String metrics = http.retrieve(HttpRequest.GET("/prometheus"), String.class);
        for (String expected : new String[]{"http_server_requests_seconds_count\\{", "hikaricp_connections_active\\{",
                "jvm_memory_used_bytes\\{", "vptscan_scoring_seconds_count ", "vptscan_submit_seconds_count\\{",
                "vptscan_workbook_seconds_count\\{[^}]*workbook=\"plan\"", "vptscan_workbook_seconds_count\\{[^}]*workbook=\"benchmark\""}) {
            assertTrue(Pattern.compile("^" + expected, Pattern.MULTILINE).matcher(metrics).find(), expected + " missing from /prometheus");
        }
    }

    @Test
    void aSaneRequestIdIsEchoed() {
        HttpResponse<String> response = http.exchange(HttpRequest.GET("/api/me").header("X-Request-Id", "trace-42.a_b"), String.class);
        assertEquals("trace-42.a_b", response.getHeaders().get("X-Request-Id"));
    }

    @Test
    void anInsaneOrMissingRequestIdIsReplacedByAGeneratedOne() {
        String sent = "x".repeat(200);
        String replaced = http.exchange(HttpRequest.GET("/api/me").header("X-Request-Id", sent), String.class)
                .getHeaders().get("X-Request-Id");
        assertNotEquals(sent, replaced);
        assertTrue(replaced.matches("[0-9a-f-]{36}"), replaced);
        String generated = http.exchange(HttpRequest.GET("/api/me"), String.class).getHeaders().get("X-Request-Id");
        assertTrue(generated.matches("[0-9a-f-]{36}"), generated);
        assertNotEquals(replaced, generated);
    }

    @Test
    void anonymousCallersSeeOnlyTheHealthStatus() {
        Map<?, ?> health = http.retrieve(HttpRequest.GET("/health").header(AdminLoginFilter.ANONYMOUS, "true"), Map.class);
        assertEquals("UP", health.get("status"));
        assertNull(health.get("details"), health.toString());
    }

    @Test
    void otherRolesSeeOnlyTheHealthStatus() throws Exception {
        Map<?, ?> health = http.retrieve(HttpRequest.GET("/health").bearerAuth(login(newUser("INSPECTOR"))), Map.class);
        assertNull(health.get("details"), health.toString());
    }

    @Test
    void administratorsSeeTheHealthDetails() {
        Map<?, ?> health = http.retrieve(HttpRequest.GET("/health"), Map.class);
        assertEquals("UP", health.get("status"));
        assertTrue(String.valueOf(health.get("details")).contains("jdbc"), health.toString());
    }

    @Test
    void logLinesCarryRequestIdAndUserButNeverPasswordTokenOrAnswerText() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        root.addAppender(appender);
        LogstashEncoder json = new LogstashEncoder();
        json.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
        json.start();
        String note = "Bijzondere-toelichting-" + UUID.randomUUID();
        String user;
        String token;
        String requestId = "obs-" + UUID.randomUUID().toString().substring(0, 8);
        try {
            user = newUser("ADMIN");
            token = login(user);
            http.exchange(HttpRequest.POST("/api/users", Map.of("username", "obs-made-" + UUID.randomUUID().toString()
                    .substring(0, 8), "password", PASSWORD, "role", "INSPECTOR")).bearerAuth(token).header("X-Request-Id", requestId));
            submittedAssessment(token, note);
            status(HttpRequest.POST("/login", Map.of("username", user, "password", PASSWORD + "-wrong")));
        } finally {
            root.detachAppender(appender);
        }
        boolean userLine = false;
        boolean serviceLine = false;
        for (ILoggingEvent event : appender.list) {
            String line = event.getFormattedMessage() + " " + event.getMDCPropertyMap() + " "
                    + new String(json.encode(event), StandardCharsets.UTF_8);
            assertFalse(line.contains(PASSWORD), line);
            assertFalse(line.contains(token), line);
            assertFalse(line.contains(note), line);
            userLine |= user.equals(event.getMDCPropertyMap().get("user"))
                    && event.getMDCPropertyMap().get("requestId") != null;
            serviceLine |= event.getFormattedMessage().startsWith("User obs-made-")
                    && requestId.equals(event.getMDCPropertyMap().get("requestId"))
                    && user.equals(event.getMDCPropertyMap().get("user"));
        }
        assertTrue(userLine, "no log line carries the user and a request id");
        assertTrue(serviceLine, "the service's own log line does not carry the request id and user");
    }
}
