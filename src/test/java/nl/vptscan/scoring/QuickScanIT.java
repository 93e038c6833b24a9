package nl.vptscan.scoring;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.vptscan.TestAnswers;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class QuickScanIT {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    @SuppressWarnings("unchecked")
    void everyFindingNamesItsRuleLegalBasisAndAnswers() {
        Map<String, Object> body = Map.of(
                "answers", Map.of("ai11.p01.q1", "no"),
                "context", Map.of("sector", "gemeente", "employees", 250, "kind", "SELF", "date", "2026-06-01"));
        Map<String, Object> result = client.toBlocking().retrieve(
                HttpRequest.POST("/api/score/ai-agressie-11", body), Map.class);
        List<Map<String, Object>> findings = (List<Map<String, Object>>) result.get("findings");
        assertFalse(findings.isEmpty());
        Map<String, Object> finding = findings.get(0);
        assertEquals("AI11-P01-01", finding.get("ruleId"));
        assertEquals("VIOLATION", finding.get("severity"));
        assertTrue(((String) finding.get("legal")).contains("Arbowet art. 5"));
        assertEquals(List.of(Map.of("questionId", "ai11.p01.q1", "value", "no")), finding.get("evidence"));
        assertFalse(((List<?>) result.get("actions")).isEmpty());
        assertEquals(11, ((List<?>) result.get("topics")).size());
    }

    @Test
    @SuppressWarnings("unchecked")
    void carriesTheOverallLevelTheUnmetDutiesAndTheCapOfEachTopic() {
        Map<String, Object> answers = new LinkedHashMap<>(TestAnswers.allInPlace("ai-agressie-11"));
        answers.put("ai11.p03.q2", "none");
        Map<String, Object> result = client.toBlocking().retrieve(HttpRequest.POST("/api/score/ai-agressie-11",
                Map.of("answers", answers)), Map.class);
        assertEquals(2, ((Number) result.get("overallLevel")).intValue(), "a violation keeps the overall level at 2");
        assertEquals(1, ((Number) result.get("unmetDuties")).intValue());
        assertTrue(((Number) result.get("overall")).doubleValue() >= 75, result.toString());
        Map<String, Object> p03 = ((List<Map<String, Object>>) result.get("topics")).stream()
                .filter(t -> "p03".equals(t.get("topic"))).findFirst().orElseThrow();
        assertEquals("AI11-P03-02", p03.get("cappedBy"), p03.toString());

        Map<String, Object> clean = client.toBlocking().retrieve(HttpRequest.POST("/api/score/ai-agressie-11",
                Map.of("answers", TestAnswers.allInPlace("ai-agressie-11"))), Map.class);
        assertEquals(0, ((Number) clean.get("unmetDuties")).intValue());
        assertTrue(((Number) clean.get("overallLevel")).intValue() >= 3, clean.toString());
    }

    @Test
    @SuppressWarnings("unchecked")
    void listsEveryBadFieldAtOnce() {
        Map<String, Object> body = Map.of(
                "answers", Map.of("ai11.p01.q1", "misschien", "ai11.p99.q1", "yes", "ai11.p01.q4", 12),
                "context", Map.of("sector", "bakkerij"));
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(HttpRequest.POST("/api/score/ai-agressie-11", body), Map.class));
        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
        Map<String, Object> problem = e.getResponse().getBody(Map.class).orElseThrow();
        Set<String> fields = new TreeSet<>();
        ((List<Map<String, Object>>) problem.get("errors")).forEach(err -> fields.add((String) err.get("field")));
        assertEquals(Set.of("answers.ai11.p01.q1", "answers.ai11.p99.q1", "answers.ai11.p01.q4", "context.sector"), fields);
    }

    @Test
    void rejectsUnreadableJson() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(HttpRequest.POST("/api/score/ai-agressie-11", "{\"answers\":")
                        .contentType("application/json")));
        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
    }

    @Test
    void answersUnknownQuestionnaireWith404() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(HttpRequest.POST("/api/score/nope", Map.of("answers", Map.of()))));
        assertEquals(HttpStatus.NOT_FOUND, e.getStatus());
    }
}
