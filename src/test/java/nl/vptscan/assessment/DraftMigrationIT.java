package nl.vptscan.assessment;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A draft started on questionnaire version 2026.1 (its rows inserted as that version stored them) is opened, saved
 * and submitted under 2026.2: answers move as the migration file says, and every move is in the audit trail.
 */
@MicronautTest(transactional = false)
class DraftMigrationIT {

    /** Questions that 2026.2 added to ai-agressie-11; a 2026.1 draft cannot have answered them. */
    private static final Set<String> NEW_IN_2026_2 = Set.of("ai11.p01.q5", "ai11.p01.q6", "ai11.p01.q7",
            "ai11.p01.q8", "ai11.p01.q9", "ai11.p01.q10", "ai11.p01.q11", "ai11.p04.q5", "ai11.p04.q6",
            "ai11.p06.q5", "ai11.p06.q6", "ai11.p09.q5", "ai11.p11.q5");

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JdbcOperations jdbc;

    @Inject
    TransactionOperations<Connection> transactions;

    @Inject
    JsonMapper json;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(client.toBlocking());
    }

    @Test
    @SuppressWarnings("unchecked")
    void draftOnTheOldVersionIsMovedWhenOpenedAndSubmitsUnderTheNewVersion() {
        long assessment = api.assessment(api.organisation("Gemeente Oudversie"), "ai-agressie-11", "SELF");
        Map<String, Object> old = new LinkedHashMap<>(Answers.allInPlace("ai-agressie-11"));
        old.keySet().removeAll(NEW_IN_2026_2);
        old.put("ai11.p06.q1", "no");
        asOldDraft(assessment, "2026.1", old, Map.of("ai11.p01.q3", "zie plan van aanpak 2026"));

        Map<String, Object> answers = (Map<String, Object>) api.get("/api/assessments/" + assessment + "/answers")
                .get("answers");

        assertEquals("yes", value(answers, "ai11.p01.q3"));
        assertEquals("yes", value(answers, "ai11.p01.q5"));
        assertEquals("zie plan van aanpak 2026", ((Map<String, Object>) answers.get("ai11.p01.q5")).get("comment"));
        assertEquals("yes", value(answers, "ai11.p09.q2"));
        assertEquals("yes", value(answers, "ai11.p09.q5"));
        assertEquals("yes", value(answers, "ai11.p04.q1"));
        assertFalse(answers.containsKey("ai11.p06.q1"), "an old 'no' to a double question cannot say which half");
        assertFalse(answers.containsKey("ai11.p06.q5"));
        assertEquals("2026.2", api.get("/api/assessments/" + assessment).get("questionnaireVersion"));

        List<Map<String, Object>> moves = api.list("/api/assessments/" + assessment + "/audit").stream()
                .filter(e -> "MIGRATION".equals(e.get("kind"))).toList();
        String withComment = "\"yes\" | comment: zie plan van aanpak 2026";
        assertEquals(Map.of("ai11.p01.q3", withComment, "ai11.p01.q5", withComment,
                        "ai11.p09.q2", "\"yes\"", "ai11.p09.q5", "\"yes\"",
                        "ai11.p06.q1", "not mapped: answer ai11.p06.q1 again",
                        "ai11.p06.q5", "not mapped: answer ai11.p06.q5 again", "questionnaire_version", "2026.2"),
                byQuestion(moves));
        assertTrue(moves.stream().anyMatch(e -> "ai11.p06.q1".equals(e.get("subject"))
                && "ai11.p06.q1 \"no\"".equals(e.get("oldValue"))), "the unmapped old answer is kept in the audit trail");

        Map<String, Object> problem = api.problem(HttpStatus.UNPROCESSABLE_ENTITY,
                HttpRequest.POST("/api/assessments/" + assessment + "/submit", Map.of()));
        assertTrue(Api.fields(problem).containsAll(Set.of("answers.ai11.p06.q1", "answers.ai11.p06.q5")),
                () -> "submit names the questions to answer again: " + Api.fields(problem));
        assertTrue(String.valueOf(problem.get("errors")).contains("the earlier answer ai11.p06.q1 \"no\" could not be "
                + "moved to this version of the questionnaire; answer it again"), () -> String.valueOf(problem));

        Map<String, Object> rest = new LinkedHashMap<>();
        Answers.allInPlace("ai-agressie-11").forEach((id, value) -> {
            if (NEW_IN_2026_2.contains(id) || id.equals("ai11.p06.q1")) {
                rest.put(id, Api.answer(value));
            }
        });
        api.put("/api/assessments/" + assessment + "/answers", Map.of("answers", rest));
        Map<String, Object> stored = api.post("/api/assessments/" + assessment + "/submit", Map.of());
        Map<String, Object> result = (Map<String, Object>) stored.get("result");
        assertEquals("2026.2", result.get("questionnaireVersion"));
        assertEquals(1, api.list("/api/assessments/" + assessment + "/audit").stream()
                .filter(e -> "questionnaire_version".equals(e.get("subject"))).count(), "moved once");
    }

    @Test
    @SuppressWarnings("unchecked")
    void draftOnTheOldVersionSubmittedWithoutOpeningIsMovedFirst() {
        long assessment = api.assessment(api.organisation("Gemeente Directindienen"), "vpt-8-maatregelen", "SELF");
        asOldDraft(assessment, "2026.1", Answers.allInPlace("vpt-8-maatregelen"), Map.of());

        Map<String, Object> stored = api.post("/api/assessments/" + assessment + "/submit", Map.of());

        assertEquals("2026.2", ((Map<String, Object>) stored.get("result")).get("questionnaireVersion"));
        assertEquals("2026.2", api.get("/api/assessments/" + assessment).get("questionnaireVersion"));
        assertTrue(api.list("/api/assessments/" + assessment + "/audit").stream().anyMatch(e ->
                "MIGRATION".equals(e.get("kind")) && "2026.1".equals(e.get("oldValue"))
                        && "2026.2".equals(e.get("newValue"))));
    }

    @Test
    void draftOnAVersionWithoutMigrationIsRefusedWithAClearMessage() {
        long assessment = api.assessment(api.organisation("Gemeente Onbekendeversie"), "vpt-8-maatregelen", "SELF");
        asOldDraft(assessment, "2019.1", Map.of("vpt8.m1.q1", "yes"), Map.of());

        Map<String, Object> problem = api.problem(HttpStatus.CONFLICT,
                HttpRequest.GET("/api/assessments/" + assessment + "/answers"));

        assertTrue(String.valueOf(problem.get("detail")).contains("no migration to version 2026.2"),
                () -> String.valueOf(problem));
    }

    private static Object value(Map<String, Object> answers, String questionId) {
        @SuppressWarnings("unchecked")
        Map<String, Object> answer = (Map<String, Object>) answers.get(questionId);
        return answer == null ? null : answer.get("value");
    }

    private static Map<String, Object> byQuestion(List<Map<String, Object>> events) {
        Map<String, Object> bySubject = new LinkedHashMap<>();
        events.forEach(e -> bySubject.put((String) e.get("subject"), e.get("newValue")));
        return bySubject;
    }

    /** Rewrites the draft as the older version stored it: its version, and one answer row per question. */
    private void asOldDraft(long assessment, String version, Map<String, Object> values, Map<String, String> comments) {
        transactions.executeWrite(status -> {
            jdbc.prepareStatement("UPDATE assessment SET questionnaire_version = ? WHERE id = ?", statement -> {
                statement.setString(1, version);
                statement.setLong(2, assessment);
                return statement.executeUpdate();
            });
            values.forEach((questionId, value) -> jdbc.prepareStatement("INSERT INTO answer (assessment_id, "
                    + "question_id, answer_value, comment, evidence, updated_by, updated_at) "
                    + "VALUES (?, ?, ?, ?, NULL, 'old-version', ?)", statement -> {
                statement.setLong(1, assessment);
                statement.setString(2, questionId);
                statement.setString(3, json(value));
                statement.setString(4, comments.get(questionId));
                statement.setTimestamp(5, Timestamp.from(Instant.now()));
                return statement.executeUpdate();
            }));
            return null;
        });
    }

    private String json(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
