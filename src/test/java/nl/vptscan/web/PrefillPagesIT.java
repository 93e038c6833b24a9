package nl.vptscan.web;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pages of answering once, over HTTP: the offer in English with its old answers flagged, the marks and flags on
 * a topic page, the refused submit in the page's language, and who may not see the offer.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrefillPagesIT {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    EmbeddedServer server;

    @Inject
    JdbcOperations jdbc;

    @Inject
    TransactionOperations<Connection> transactions;

    PageFixture fixture;
    long org;
    String token;
    PageClient employer;
    PageClient otherEmployer;

    @BeforeAll
    void organisationAndUsers() throws Exception {
        fixture = new PageFixture(client.toBlocking(), server.getURI());
        org = fixture.organisation("Gemeente Paginastad", null);
        long otherOrg = fixture.organisation("Andere paginastad", null);
        token = fixture.token(fixture.user("pagina-emp", "EMPLOYER", Map.of("organisationId", org)));
        employer = new PageClient(server.getURI(), token);
        otherEmployer = new PageClient(server.getURI(), fixture.token(
                fixture.user("pagina-emp-x", "EMPLOYER", Map.of("organisationId", otherOrg))));
    }

    private String form(PageClient client, String fields) throws Exception {
        return "_csrf=" + URLEncoder.encode(client.csrf(), StandardCharsets.UTF_8) + (fields.isEmpty() ? "" : "&" + fields);
    }

    @Test
    void theWholeOfferMarksAndRefusalReadInEnglishAndFlagOldAnswers() throws Exception {
        long vpt8 = fixture.submitted(org, "SELF", token);
        transactions.executeWrite(status -> jdbc.prepareStatement("UPDATE answer SET updated_at = ? "
                + "WHERE assessment_id = ? AND question_id = 'vpt8.m4.q1'", statement -> {
            statement.setTimestamp(1, Timestamp.from(Instant.now().minus(400, ChronoUnit.DAYS)));
            statement.setLong(2, vpt8);
            return statement.executeUpdate();
        }));

        HttpResponse<String> started = employer.postForm("/organisaties/" + org + "/beoordelingen",
                form(employer, "questionnaireId=ai-agressie-11"));
        assertEquals(303, started.statusCode(), started.body());
        String offerPath = started.headers().firstValue("Location").orElseThrow();
        assertTrue(offerPath.matches("/beoordelingen/\\d+/overnemen"), offerPath);
        long ai11 = Long.parseLong(offerPath.split("/")[2]);

        String offer = employer.get(offerPath + "?lang=en").body();
        assertTrue(offer.contains("Your organisation submitted the questionnaire “Safe Public Task: the employer&#39;s "
                + "eight measures” on "), offer);
        assertTrue(offer.contains("1 of these answers was given more than 12 months ago"), offer);
        assertEquals(403, otherEmployer.get(offerPath).statusCode(), "another organisation sees no offer");

        HttpResponse<String> taken = employer.postForm(offerPath, form(employer, "bron=" + vpt8));
        assertEquals(303, taken.statusCode(), taken.body());
        assertEquals("/beoordelingen/" + ai11 + "/onderwerp/p02?overgenomen=1",
                taken.headers().firstValue("Location").orElseThrow());

        String topic = employer.get("/beoordelingen/" + ai11 + "/onderwerp/p03?lang=en").body();
        assertTrue(topic.contains("id=\"origin-ai11-p03-q2\""), topic);
        assertTrue(topic.contains("Taken over from “Safe Public Task: the employer&#39;s eight measures” of "), topic);
        assertTrue(topic.contains("id=\"stale-ai11-p03-q2\""), "an answer given over 12 months ago is flagged");
        assertFalse(topic.contains("id=\"prefill-offer\""), "the offer is gone once taken");

        answerTheRest(ai11);
        HttpResponse<String> refused = employer.postForm("/beoordelingen/" + ai11 + "/indienen?lang=en", form(employer, ""));
        assertEquals(422, refused.statusCode());
        assertTrue(refused.body().contains("Answers taken over not confirmed yet"), refused.body());
        assertTrue(refused.body().contains("href=\"/beoordelingen/" + ai11 + "/onderwerp/p03#q-ai11-p03-q2\""),
                refused.body());
    }

    /** Answers every question that was not taken over, as in place. */
    @SuppressWarnings("unchecked")
    private void answerTheRest(long assessment) {
        var http = client.toBlocking();
        Map<String, Object> sheet = http.retrieve(io.micronaut.http.HttpRequest.GET("/api/assessments/" + assessment
                + "/answers").bearerAuth(token), Map.class);
        Map<String, Object> rest = new java.util.LinkedHashMap<>(nl.vptscan.TestAnswers.allInPlace("ai-agressie-11"));
        rest.keySet().removeAll(((Map<String, Object>) sheet.get("answers")).keySet());
        http.exchange(io.micronaut.http.HttpRequest.PUT("/api/assessments/" + assessment + "/answers",
                Map.of("answers", nl.vptscan.TestAnswers.asAnswers(rest))).bearerAuth(token));
    }

    @Test
    void aDraftWithNothingToTakeOverStartsAtItsFirstTopic() throws Exception {
        long lone = fixture.organisation("Gemeente Alleenstad", null);
        PageClient admin = new PageClient(server.getURI(), fixture.token(
                fixture.user("pagina-admin", "ADMIN", Map.of())));
        HttpResponse<String> started = admin.postForm("/organisaties/" + lone + "/beoordelingen",
                form(admin, "questionnaireId=ai-agressie-11"));
        assertEquals(303, started.statusCode());
        String draft = started.headers().firstValue("Location").orElseThrow();
        assertTrue(draft.matches("/beoordelingen/\\d+"), draft);
        assertEquals(303, admin.get(draft + "/overnemen").statusCode(), "no offer: on to the questions");
    }
}
