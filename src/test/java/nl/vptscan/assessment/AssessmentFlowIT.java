package nl.vptscan.assessment;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The whole life of an assessment over HTTP against MariaDB. */
@MicronautTest(transactional = false)
class AssessmentFlowIT {

    @Inject
    @Client("/")
    HttpClient client;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(client.toBlocking());
    }

    /** The answers split in three requests, as someone filling it in over three days. */
    private static List<Map<String, Object>> inThreeParts(Map<String, Object> all) {
        List<Map<String, Object>> parts = List.of(new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>());
        int i = 0;
        for (var entry : all.entrySet()) {
            parts.get(i++ * 3 / all.size()).put(entry.getKey(), Api.answer(entry.getValue()));
        }
        return parts;
    }

    @Test
    @SuppressWarnings("unchecked")
    void organisationSavesInThreeRequestsSubmitsAndSeesResultAndHistory() {
        long organisation = api.organisation("Gemeente Voorbeeldstad");
        long assessment = api.assessment(organisation, "ai-agressie-11", "SELF");
        for (Map<String, Object> part : inThreeParts(Answers.allInPlace("ai-agressie-11"))) {
            api.put("/api/assessments/" + assessment + "/answers", Map.of("answers", part));
        }
        Map<String, Object> sheet = api.get("/api/assessments/" + assessment + "/answers");
        assertEquals(sheet.get("requiredTotal"), sheet.get("requiredAnswered"));

        Map<String, Object> stored = api.post("/api/assessments/" + assessment + "/submit", Map.of());
        Map<String, Object> result = (Map<String, Object>) stored.get("result");
        assertEquals("SUBMIT", stored.get("reason"));
        assertEquals(100.0, ((Number) result.get("overall")).doubleValue());
        ((List<Map<String, Object>>) result.get("topics")).forEach(t -> assertEquals(4, t.get("level"), t.toString()));
        assertEquals("SUBMITTED", api.get("/api/assessments/" + assessment).get("status"));
        assertEquals(stored, api.get("/api/assessments/" + assessment + "/result"));

        List<Map<String, Object>> history = api.list("/api/organisations/" + organisation + "/history");
        assertEquals(1, history.size());
        assertEquals(100.0, ((Number) history.get(0).get("overall")).doubleValue());
        assertEquals(11, ((List<?>) history.get(0).get("topics")).size());
    }

    @Test
    void submittingTwiceReturnsTheSameResultAndStoresItOnce() {
        long assessment = api.assessment(api.organisation("Ziekenhuis Oost"), "vpt-8-maatregelen", "SELF");
        Map<String, Object> all = new LinkedHashMap<>();
        Answers.allInPlace("vpt-8-maatregelen").forEach((k, v) -> all.put(k, Api.answer(v)));
        api.put("/api/assessments/" + assessment + "/answers", Map.of("answers", all));
        Map<String, Object> first = api.post("/api/assessments/" + assessment + "/submit", Map.of());
        Map<String, Object> second = api.post("/api/assessments/" + assessment + "/submit", Map.of());
        assertEquals(first, second);
        assertEquals(1, api.list("/api/assessments/" + assessment + "/results").size());
    }

    @Test
    @SuppressWarnings("unchecked")
    void incompleteSubmitNamesEveryMissingQuestionAndStaysDraft() {
        long assessment = api.assessment(api.organisation("Onderwijsgroep Noord"), "ai-agressie-11", "SELF");
        api.put("/api/assessments/" + assessment + "/answers",
                Map.of("answers", Map.of("ai11.p01.q1", Api.answer("no"))));
        Map<String, Object> problem = api.problem(HttpStatus.UNPROCESSABLE_ENTITY,
                HttpRequest.POST("/api/assessments/" + assessment + "/submit", Map.of()));
        Set<String> missing = Api.fields(problem);
        assertFalse(missing.contains("answers.ai11.p01.q1"));
        assertFalse(missing.contains("answers.ai11.p01.q2"), "hidden because q1 is no");
        assertTrue(missing.contains("answers.ai11.p02.q1"));
        assertEquals("DRAFT", api.get("/api/assessments/" + assessment).get("status"));
    }

    @Test
    void badAnswersAreAllListedAndNothingIsStored() {
        long assessment = api.assessment(api.organisation("Vervoerder West"), "vpt-8-maatregelen", "SELF");
        api.put("/api/assessments/" + assessment + "/answers",
                Map.of("answers", Map.of("vpt8.m1.q1", Api.answer("yes"))));
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("vpt8.m1.q1", Api.answer("no"));
        answers.put("vpt8.m9.q1", Api.answer("yes"));
        answers.put("vpt8.m5.q2", Api.answer(150));
        Map<String, Object> problem = api.problem(HttpStatus.BAD_REQUEST,
                HttpRequest.PUT("/api/assessments/" + assessment + "/answers", Map.of("answers", answers)));
        assertEquals(Set.of("answers.vpt8.m9.q1", "answers.vpt8.m5.q2.value"), Api.fields(problem));
        assertEquals("\"yes\"", encodedValue(assessment, "vpt8.m1.q1"));
    }

    @Test
    void savingToASubmittedAssessmentIsAConflict() {
        long assessment = submitted("Belastingkantoor Zuid");
        api.problem(HttpStatus.CONFLICT, HttpRequest.PUT("/api/assessments/" + assessment + "/answers",
                Map.of("answers", Map.of("vpt8.m1.q1", Api.answer("no")))));
    }

    @Test
    @SuppressWarnings("unchecked")
    void rescoreAddsANewResultBesideTheOld() {
        long assessment = submitted("Woningcorporatie Thuis");
        api.post("/api/assessments/" + assessment + "/rescore", Map.of());
        List<Map<String, Object>> results = api.list("/api/assessments/" + assessment + "/results");
        assertEquals(List.of("SUBMIT", "RESCORE"), results.stream().map(r -> r.get("reason")).toList());
        assertEquals(((Map<String, Object>) results.get(0).get("result")).get("topics"),
                ((Map<String, Object>) results.get(1).get("result")).get("topics"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void auditTrailRecordsEveryAnswerAndStatusChange() {
        long assessment = api.assessment(api.organisation("Provincie Midden"), "vpt-8-maatregelen", "SELF");
        String uri = "/api/assessments/" + assessment + "/answers";
        api.put(uri, Map.of("answers", Map.of("vpt8.m1.q1", Api.answer("no"))));
        api.put(uri, Map.of("answers", Map.of("vpt8.m1.q1", Map.of("value", "yes", "comment", "besloten in MT"))));
        api.put(uri, Map.of("answers", Map.of("vpt8.m1.q1", Map.of("value", "yes", "comment", "besloten in MT"))));
        List<Map<String, Object>> events = api.list("/api/assessments/" + assessment + "/audit");
        List<String> changes = new ArrayList<>();
        events.forEach(e -> changes.add(e.get("kind") + " " + e.get("subject") + ": " + e.get("oldValue") + " -> " + e.get("newValue")));
        assertEquals(List.of(
                "STATUS assessment: null -> DRAFT",
                "ANSWER vpt8.m1.q1: null -> \"no\"",
                "ANSWER vpt8.m1.q1: \"no\" -> \"yes\" | comment: besloten in MT"), changes);
        assertEquals("test-admin", events.get(1).get("actor"));
    }

    @Test
    void unknownIdsAreNotFound() {
        api.problem(HttpStatus.NOT_FOUND, HttpRequest.GET("/api/assessments/987654321"));
        api.problem(HttpStatus.NOT_FOUND, HttpRequest.GET("/api/organisations/987654321"));
        api.problem(HttpStatus.NOT_FOUND, HttpRequest.POST("/api/assessments/987654321/submit", Map.of()));
    }

    @Test
    void invalidOrganisationListsEveryField() {
        Map<String, Object> problem = api.problem(HttpStatus.BAD_REQUEST, HttpRequest.POST("/api/organisations",
                Map.of("name", "", "sector", "gemeente", "employees", 0, "kvkNumber", "12")));
        assertEquals(Set.of("name", "employees", "kvkNumber"), Api.fields(problem));
    }

    private long submitted(String name) {
        long assessment = api.assessment(api.organisation(name), "vpt-8-maatregelen", "SELF");
        Map<String, Object> all = new LinkedHashMap<>();
        Answers.allInPlace("vpt-8-maatregelen").forEach((k, v) -> all.put(k, Api.answer(v)));
        api.put("/api/assessments/" + assessment + "/answers", Map.of("answers", all));
        api.post("/api/assessments/" + assessment + "/submit", Map.of());
        return assessment;
    }

    @SuppressWarnings("unchecked")
    private String encodedValue(long assessment, String questionId) {
        Map<String, Object> answers = (Map<String, Object>) api.get("/api/assessments/" + assessment + "/answers").get("answers");
        return "\"" + ((Map<String, Object>) answers.get(questionId)).get("value") + "\"";
    }
}
