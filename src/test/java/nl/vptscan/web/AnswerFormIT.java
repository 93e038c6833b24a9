package nl.vptscan.web;

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
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The questionnaire page takes answers as people give them (80%, 80,5, 1-3-2025, n.v.t. wherever the question allows
 * it) and says what is wrong with an answer in the page's language; the JSON API stays strict.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnswerFormIT {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    EmbeddedServer server;

    PageFixture fixture;
    String token;
    PageClient page;
    String csrf;
    long organisation;

    @BeforeAll
    void employer() throws Exception {
        fixture = new PageFixture(client.toBlocking(), server.getURI());
        organisation = fixture.organisation("Gemeente Invulstad", null);
        String employer = fixture.user("invul-werkgever", "EMPLOYER", Map.of("organisationId", organisation));
        token = fixture.token(employer);
        page = new PageClient(server.getURI(), token);
        csrf = page.csrf();
    }

    @Test
    void percentageWithASignOrADecimalCommaAndADutchDateAreStored() throws Exception {
        long draft = fixture.draft(organisation, "SELF", token);
        HttpResponse<String> saved = save(draft, "", Map.of("v:vpt8.m5.q1", "yes", "v:vpt8.m5.q2", "80%",
                "v:vpt8.m5.q4", "1-3-2025"));
        assertEquals(303, saved.statusCode(), saved.body());
        assertEquals(80.0, answer(draft, "vpt8.m5.q2"));
        assertEquals("2025-03-01", answer(draft, "vpt8.m5.q4"));

        save(draft, "", Map.of("v:vpt8.m5.q1", "yes", "v:vpt8.m5.q2", "80,5", "v:vpt8.m5.q4", "01-03-2025"));
        assertEquals(80.5, answer(draft, "vpt8.m5.q2"));
        String shown = page.get("/beoordelingen/" + draft + "/onderwerp/m5").body();
        assertTrue(shown.contains("value=\"80,5\""), "the page shows the stored percentage the Dutch way");
    }

    @Test
    void notApplicableIsOfferedWhereverTheQuestionAllowsIt() throws Exception {
        long draft = fixture.draft(organisation, "SELF", token);
        String form = page.get("/beoordelingen/" + draft + "/onderwerp/m5").body();
        assertTrue(form.contains("name=\"na:vpt8.m5.q2\""), "a percentage that may be n.v.t. has the choice");
        assertFalse(form.contains("name=\"na:vpt8.m5.q4\""), "a date that may not be n.v.t. has none");

        save(draft, "", Map.of("v:vpt8.m5.q1", "yes", "na:vpt8.m5.q2", "na"));
        assertEquals("na", answer(draft, "vpt8.m5.q2"));
        String shown = page.get("/beoordelingen/" + draft + "/onderwerp/m5").body();
        assertTrue(shown.matches("(?s).*name=\"na:vpt8.m5.q2\"[^>]*checked.*"), "n.v.t. shows as chosen");
    }

    @Test
    void anAnswerOutOfRangeIsExplainedInDutchAndInEnglish() throws Exception {
        long draft = fixture.draft(organisation, "SELF", token);
        HttpResponse<String> dutch = save(draft, "", Map.of("v:vpt8.m5.q1", "yes", "v:vpt8.m5.q2", "150"));
        assertEquals(400, dutch.statusCode());
        assertTrue(dutch.body().contains("vul een getal van 0 tot en met 100 in; 150 valt daarbuiten."), dutch.body());
        assertFalse(dutch.body().contains("expected a number"), "no English on the Dutch page");

        HttpResponse<String> english = save(draft, "?lang=en", Map.of("v:vpt8.m5.q1", "yes", "v:vpt8.m5.q4", "31-2-2025"));
        assertEquals(400, english.statusCode());
        assertTrue(english.body().contains("enter a date as dd-mm-yyyy, for example 1-3-2026 (&quot;31-2-2025&quot; is not a date)."),
                english.body());
    }

    @Test
    void theApiStaysStrict() {
        long draft = fixture.draft(organisation, "SELF", token);
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> client.toBlocking()
                .exchange(HttpRequest.PUT("/api/assessments/" + draft + "/answers", Map.of("answers", Map.of(
                        "vpt8.m5.q1", Map.of("value", "yes"), "vpt8.m5.q2", Map.of("value", "80%"),
                        "vpt8.m5.q4", Map.of("value", "1-3-2025")))).bearerAuth(token)));
        assertEquals(400, e.getStatus().getCode());
        String body = e.getResponse().getBody(String.class).orElse("");
        assertTrue(body.contains("expected a number, got \\\"80%\\\""), body);
        assertTrue(body.contains("expected a date as yyyy-mm-dd"), body);
    }

    private HttpResponse<String> save(long draft, String query, Map<String, String> fields) throws Exception {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("_csrf", csrf);
        form.put("ga", "opslaan");
        StringBuilder body = new StringBuilder();
        form.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return page.postForm("/beoordelingen/" + draft + "/onderwerp/m5" + query, body.toString());
    }

    @SuppressWarnings("unchecked")
    private Object answer(long draft, String questionId) {
        Map<String, Object> sheet = client.toBlocking().retrieve(HttpRequest.GET("/api/assessments/" + draft + "/answers")
                .bearerAuth(token), Map.class);
        Map<String, Object> answer = (Map<String, Object>) ((Map<String, Object>) sheet.get("answers")).get(questionId);
        Object value = answer == null ? null : answer.get("value");
        return value instanceof Number n ? n.doubleValue() : value;
    }
}
