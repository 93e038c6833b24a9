package nl.vptscan.questionnaire;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@MicronautTest(transactional = false)
class QuestionnaireApiIT {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    @SuppressWarnings("unchecked")
    void listsBothQuestionnairesWithTheirTopicCounts() {
        List<Map<String, Object>> list = client.toBlocking().retrieve(HttpRequest.GET("/api/questionnaires"),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
        Map<String, Object> byId = new java.util.TreeMap<>();
        list.forEach(q -> byId.put((String) q.get("id"), q.get("topicCount")));
        assertEquals(Map.of("ai-agressie-11", 11, "vpt-8-maatregelen", 8), byId);
    }

    @Test
    @SuppressWarnings("unchecked")
    void showsAQuestionnaireInEnglish() {
        Map<String, Object> body = client.toBlocking().retrieve(
                HttpRequest.GET("/api/questionnaires/ai-agressie-11?lang=en"), Map.class);
        assertEquals("en", body.get("lang"));
        Map<String, Object> first = ((List<Map<String, Object>>) body.get("topics")).get(0);
        assertEquals("Risks mapped (risk inventory and evaluation)", first.get("title"));
        Map<String, Object> question = ((List<Map<String, Object>>) first.get("questions")).get(0);
        assertEquals("ai11.p01.q1", question.get("id"));
        assertEquals("yes_no", question.get("type"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void citesEachTopicsLegalBasisFromTheCatalogueInTheRequestedLanguage() {
        Map<String, Object> english = client.toBlocking().retrieve(
                HttpRequest.GET("/api/questionnaires/vpt-8-maatregelen?lang=en"), Map.class);
        Map<String, Object> first = ((List<Map<String, Object>>) english.get("topics")).get(0);
        assertEquals("Working Conditions Act art. 3(2); Safe Public Task measure 1", first.get("legal"));
        assertEquals(List.of(
                Map.of("key", "arbowet-3-2", "citation", "Working Conditions Act art. 3(2)", "summary",
                        "The employer has a policy that prevents or limits psychosocial workload, aggression and"
                                + " violence included."),
                Map.of("key", "vpt-1", "citation", "Safe Public Task measure 1", "summary",
                        "Set and communicate the norm of acceptable behaviour.")), first.get("legalBasis"));

        Map<String, Object> dutch = client.toBlocking().retrieve(
                HttpRequest.GET("/api/questionnaires/vpt-8-maatregelen"), Map.class);
        Map<String, Object> eerste = ((List<Map<String, Object>>) dutch.get("topics")).get(0);
        assertEquals("Arbowet art. 3 lid 2; VPT-maatregel 1", eerste.get("legal"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void answersAnUnknownQuestionnaireWithProblemJson() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(HttpRequest.GET("/api/questionnaires/nope"), Map.class));
        assertEquals(HttpStatus.NOT_FOUND, e.getStatus());
        assertEquals("application/problem+json", e.getResponse().getContentType().orElseThrow().toString());
        Map<String, Object> problem = e.getResponse().getBody(Map.class).orElseThrow();
        assertEquals(404, problem.get("status"));
        assertEquals("No questionnaire with id 'nope'", problem.get("detail"));
    }

    @Test
    void rejectsAnUnsupportedLanguage() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(HttpRequest.GET("/api/questionnaires/ai-agressie-11?lang=fr")));
        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
    }
}
