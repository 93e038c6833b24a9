package nl.vptscan.web;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A draft started on an older questionnaire version shows, on its questionnaire page, each earlier answer that could
 * not be moved to the current version: the old question and the old answer, in Dutch.
 */
@MicronautTest(transactional = false)
class MigratedDraftPageIT {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    EmbeddedServer server;

    @Inject
    JdbcOperations jdbc;

    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void theQuestionnairePageListsTheEarlierAnswersThatCouldNotBeMoved() throws Exception {
        PageFixture fixture = new PageFixture(client.toBlocking(), server.getURI());
        long organisation = fixture.organisation("Gemeente Oudeversie", null);
        String employer = fixture.user("oud-werkgever", "EMPLOYER", Map.of("organisationId", organisation));
        String token = fixture.token(employer);
        long draft = fixture.draft(organisation, "SELF", token);
        PageClient page = new PageClient(server.getURI(), token);
        String fresh = page.get("/beoordelingen/" + draft + "/onderwerp/m1").body();
        assertFalse(fresh.contains("id=\"unmoved-answers\""), "a draft that never moved has no notice");

        asOldDraft(draft, Map.of("vpt8.m1.q1", "\"yes\"", "vpt8.m9.q1", "\"no\""));
        HttpResponse<String> shown = page.get("/beoordelingen/" + draft + "/onderwerp/m1");
        assertEquals(200, shown.statusCode());
        String html = shown.body();
        assertTrue(html.contains("id=\"unmoved-answers\""), html);
        assertTrue(html.contains("konden niet worden overgezet"), html);
        assertTrue(html.contains("vraag vpt8.m9.q1, eerder antwoord &quot;Nee&quot;: deze vraag bestaat niet meer"), html);
        assertFalse(html.contains("vpt8.m1.q1, eerder"), "a moved answer is not listed");
        assertTrue(page.get("/beoordelingen/" + draft + "/onderwerp/m2").body().contains("vpt8.m9.q1"),
                "every topic page of the draft shows the notice");
    }

    /** Rewrites the draft as version 2026.1 stored it, with an answer to a question the current version lacks. */
    private void asOldDraft(long assessment, Map<String, String> jsonValues) {
        transactions.executeWrite(status -> {
            jdbc.prepareStatement("UPDATE assessment SET questionnaire_version = '2026.1' WHERE id = ?", statement -> {
                statement.setLong(1, assessment);
                return statement.executeUpdate();
            });
            jsonValues.forEach((questionId, json) -> jdbc.prepareStatement("INSERT INTO answer (assessment_id, "
                    + "question_id, answer_value, comment, evidence, updated_by, updated_at) "
                    + "VALUES (?, ?, ?, NULL, NULL, 'old-version', ?)", statement -> {
                statement.setLong(1, assessment);
                statement.setString(2, questionId);
                statement.setString(3, json);
                statement.setTimestamp(4, Timestamp.from(Instant.now()));
                return statement.executeUpdate();
            }));
            return null;
        });
    }
}
