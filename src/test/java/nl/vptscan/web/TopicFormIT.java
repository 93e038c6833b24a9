package nl.vptscan.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.vptscan.TestAnswers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Nothing typed on a topic page is lost: notes without an answer are kept, and submitting saves the page first. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TopicFormIT {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    EmbeddedServer server;

    PageFixture fixture;
    PageClient employer;
    long organisation;

    @BeforeAll
    void employer() throws Exception {
        fixture = new PageFixture(client.toBlocking(), server.getURI());
        organisation = fixture.organisation("Notitiegemeente", null);
        employer = new PageClient(server.getURI(), fixture.token(
                fixture.user("notitie-werkgever", "EMPLOYER", Map.of("organisationId", organisation))));
    }

    @Test
    void aCommentAndEvidenceNoteWithoutAnAnswerAreKept() throws Exception {
        long draft = fixture.draft(organisation, "SELF", null);
        String page = "/beoordelingen/" + draft + "/onderwerp/m1";
        HttpResponse<String> saved = employer.postForm(page, "_csrf=" + employer.csrf() + "&ga=opslaan"
                + "&c%3Avpt8.m1.q1=" + encode("Navragen bij P&O") + "&e%3Avpt8.m1.q2=" + encode("Notulen OR 12-3"));
        assertEquals(303, saved.statusCode(), saved.body());
        String body = employer.get(page).body();
        assertTrue(body.contains("Navragen bij P&amp;O"), "the comment is kept");
        assertTrue(body.contains("Notulen OR 12-3"), "the evidence note is kept");
        @SuppressWarnings("unchecked")
        Map<String, Object> sheet = client.toBlocking().retrieve(HttpRequest.GET("/api/assessments/" + draft + "/answers"), Map.class);
        assertEquals(0, ((Number) sheet.get("requiredAnswered")).intValue(), "a note is not an answer: " + sheet);
    }

    @Test
    void submittingFromATopicPageSavesItsAnswersFirst() throws Exception {
        long draft = fixture.draft(organisation, "SELF", null);
        Map<String, Object> values = TestAnswers.values("vpt-8-maatregelen", topic -> true, LocalDate.now().minusYears(1));
        Map<String, Object> others = new LinkedHashMap<>(values);
        others.keySet().removeIf(id -> id.startsWith("vpt8.m1."));
        client.toBlocking().exchange(HttpRequest.PUT("/api/assessments/" + draft + "/answers",
                Map.of("answers", TestAnswers.asAnswers(others))));
        StringBuilder form = new StringBuilder("_csrf=").append(employer.csrf()).append("&ga=indienen");
        values.forEach((id, value) -> {
            if (id.startsWith("vpt8.m1.")) {
                for (Object v : value instanceof List<?> list ? list : List.of(value)) {
                    form.append("&v%3A").append(id).append('=').append(encode(String.valueOf(v)));
                }
            }
        });
        HttpResponse<String> submitted = employer.postForm("/beoordelingen/" + draft + "/onderwerp/m1", form.toString());
        assertEquals(303, submitted.statusCode(), submitted.body());
        assertEquals("/beoordelingen/" + draft + "/resultaat", submitted.headers().firstValue("Location").orElseThrow());
        assertFalse(employer.get("/beoordelingen/" + draft + "/resultaat").body().isBlank());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aMultipleChoiceQuestionCanBeAnsweredWithNoneOfThese() throws Exception {
        long draft = fixture.draft(organisation, "SELF", null);
        String page = "/beoordelingen/" + draft + "/onderwerp/m5";
        HttpResponse<String> saved = employer.postForm(page, "_csrf=" + employer.csrf() + "&ga=opslaan"
                + "&v%3Avpt8.m5.q1=yes&none%3Avpt8.m5.q3=geen");
        assertEquals(303, saved.statusCode(), saved.body());
        Map<String, Object> sheet = client.toBlocking().retrieve(HttpRequest.GET("/api/assessments/" + draft + "/answers"), Map.class);
        Map<String, Object> answers = (Map<String, Object>) sheet.get("answers");
        Map<String, Object> none = (Map<String, Object>) answers.get("vpt8.m5.q3");
        assertTrue(none != null && List.of().equals(none.get("value")), "\"none of these\" is an answer: " + answers);
        String body = employer.get(page).body();
        assertTrue(body.matches("(?s).*<input[^>]*name=\"none:vpt8\\.m5\\.q3\"[^>]*checked.*"),
                "the page shows the choice again");
        HttpResponse<String> both = employer.postForm(page, "_csrf=" + employer.csrf() + "&ga=opslaan"
                + "&v%3Avpt8.m5.q1=yes&v%3Avpt8.m5.q3=brief&none%3Avpt8.m5.q3=geen");
        assertEquals(400, both.statusCode(), "options and \"none of these\" together are refused");
        assertTrue(both.body().contains("niet allebei"), "the refusal says what is wrong: " + both.body());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
