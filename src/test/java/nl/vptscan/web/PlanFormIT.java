package nl.vptscan.web;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The plan page saves every edited action at once, keeps what was typed when it refuses, says why in Dutch, and
 * never writes over an action someone else changed after the page was opened (nor does the API).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanFormIT {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    EmbeddedServer server;

    PageClient employer;
    long assessment;

    @BeforeAll
    void submittedAssessmentWithAPlan() throws Exception {
        PageFixture fixture = new PageFixture(client.toBlocking(), server.getURI());
        long organisation = fixture.organisation("Plangemeente", null);
        String user = fixture.user("plan-werkgever", "EMPLOYER", Map.of("organisationId", organisation));
        assessment = fixture.submitted(organisation, "SELF", null);
        employer = new PageClient(server.getURI(), fixture.token(user));
    }

    @Test
    void savesTheOwnersOfTwoActionsInOneSubmit() throws Exception {
        List<Map<String, Object>> plan = plan();
        long first = id(plan.get(0));
        long second = id(plan.get(1));
        HttpResponse<String> response = employer.postForm(path(), form(
                Map.of(first, "Hoofd P&O", second, "Teamleider Publiekszaken"), plan, Map.of()));
        assertEquals(303, response.statusCode(), response.body());
        assertEquals("Hoofd P&O", owner(first));
        assertEquals("Teamleider Publiekszaken", owner(second));
        String page = employer.get(response.headers().firstValue("Location").orElseThrow()).body();
        assertTrue(page.contains("2 maatregelen bijgewerkt"), page);
    }

    @Test
    void refusesAnEditThatCrossesSomeoneElsesNewerEdit() throws Exception {
        List<Map<String, Object>> read = plan();
        long action = id(read.get(2));
        client.toBlocking().exchange(HttpRequest.PATCH("/api/assessments/" + assessment + "/plan/actions/" + action,
                Map.of("owner", "Directeur")));
        HttpResponse<String> response = employer.postForm(path(), form(Map.of(action, "Preventiemedewerker"), read, Map.of()));
        assertEquals(409, response.statusCode());
        assertEquals("Directeur", owner(action));
        assertTrue(response.body().contains("Iemand anders heeft deze maatregel gewijzigd"), response.body());
        assertTrue(response.body().contains("value=\"Preventiemedewerker\""), "what was typed stays in the form");
    }

    @Test
    void theApiRefusesAStaleVersionWithAConflict() {
        Map<String, Object> action = plan().get(3);
        String uri = "/api/assessments/" + assessment + "/plan/actions/" + id(action);
        long read = ((Number) action.get("version")).longValue();
        client.toBlocking().exchange(HttpRequest.PATCH(uri, Map.of("owner", "Eerste", "version", read)));
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> client.toBlocking()
                .exchange(HttpRequest.PATCH(uri, Map.of("owner", "Tweede", "version", read)), String.class));
        assertEquals(409, e.getStatus().getCode());
        assertTrue(e.getResponse().getContentType().orElseThrow().toString().startsWith("application/problem+json"));
        assertEquals("Eerste", owner(id(action)));
    }

    @Test
    void aWrongDateIsExplainedInDutchAndNothingIsSaved() throws Exception {
        List<Map<String, Object>> plan = plan();
        long first = id(plan.get(0));
        long second = id(plan.get(1));
        String before = owner(second);
        HttpResponse<String> response = employer.postForm(path(), form(Map.of(second, "Nieuwe eigenaar"), plan,
                Map.of(first, "morgen")));
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("Vul een datum in als dd-mm-jjjj"), response.body());
        assertFalse(response.body().contains("expected a date"), response.body());
        assertEquals(before, owner(second));
        assertTrue(response.body().contains("value=\"Nieuwe eigenaar\""), "what was typed stays in the form");
    }

    @Test
    void acceptsADateTypedTheDutchWay() throws Exception {
        List<Map<String, Object>> plan = plan();
        long action = id(plan.get(4));
        HttpResponse<String> response = employer.postForm(path(), form(Map.of(), plan, Map.of(action, "31-12-2030")));
        assertEquals(303, response.statusCode(), response.body());
        assertEquals("2030-12-31", plan().stream().filter(a -> id(a) == action).findFirst().orElseThrow().get("dueDate"));
    }

    private String form(Map<Long, String> owners, List<Map<String, Object>> plan, Map<Long, String> dates)
            throws Exception {
        StringBuilder body = new StringBuilder("_csrf=").append(employer.csrf());
        for (Map<String, Object> a : plan) {
            long id = id(a);
            Object owner = owners.containsKey(id) ? owners.get(id) : a.get("owner");
            body.append("&owner:").append(id).append('=').append(owner == null ? "" : encode(owner.toString()))
                    .append("&dueDate:").append(id).append('=').append(encode(dates.getOrDefault(id, a.get("dueDate").toString())))
                    .append("&status:").append(id).append('=').append(a.get("status"))
                    .append("&version:").append(id).append('=').append(a.get("version"));
        }
        return body.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private String path() {
        return "/beoordelingen/" + assessment + "/plan/acties";
    }

    private List<Map<String, Object>> plan() {
        return client.toBlocking().retrieve(HttpRequest.GET("/api/assessments/" + assessment + "/plan"),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }

    private String owner(long action) {
        return plan().stream().filter(a -> id(a) == action).map(a -> String.valueOf(a.get("owner"))).findFirst().orElseThrow();
    }

    private static long id(Map<String, Object> action) {
        return ((Number) action.get("id")).longValue();
    }
}
