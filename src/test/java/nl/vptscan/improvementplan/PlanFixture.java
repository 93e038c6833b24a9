package nl.vptscan.improvementplan;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import nl.vptscan.TestAnswers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Creates a submitted assessment with a plan through the API, as an organisation would. */
final class PlanFixture {

    private final BlockingHttpClient http;

    PlanFixture(BlockingHttpClient http) {
        this.http = http;
    }

    /** A VPT assessment where the first measures are absent (so the plan has actions) and the rest in place. */
    long submittedWithPlan(String organisationName) {
        return submittedWithPlan(organisationName, topic -> List.of("m1", "m2", "m3", "m5").contains(topic));
    }

    /** A VPT assessment where the topics named absent are absent and the rest in place. */
    @SuppressWarnings("unchecked")
    long submittedWithPlan(String organisationName, java.util.function.Predicate<String> absent) {
        Map<String, Object> org = http.retrieve(HttpRequest.POST("/api/organisations", Map.of(
                "name", organisationName + " " + UUID.randomUUID().toString().substring(0, 8),
                "sector", "zorg", "employees", 900)), Map.class);
        Map<String, Object> assessment = http.retrieve(HttpRequest.POST(
                "/api/organisations/" + org.get("id") + "/assessments",
                Map.of("questionnaireId", "vpt-8-maatregelen", "kind", "SELF")), Map.class);
        long id = ((Number) assessment.get("id")).longValue();
        Map<String, Object> answers = new LinkedHashMap<>();
        TestAnswers.values("vpt-8-maatregelen", absent,
                java.time.LocalDate.now().minusMonths(2)).forEach((question, value) -> answers.put(question,
                Map.of("value", value, "comment", "+31 6 000 (bel eerst)",
                        "evidence", "=HYPERLINK(\"http://example.invalid\",\"bewijs\")")));
        http.exchange(HttpRequest.PUT("/api/assessments/" + id + "/answers", Map.of("answers", answers)));
        // hidden questions are refused by nothing but ignored by scoring; a submit checks completeness
        http.exchange(HttpRequest.POST("/api/assessments/" + id + "/submit", Map.of()));
        return id;
    }

    List<Map<String, Object>> plan(long assessmentId) {
        return http.retrieve(HttpRequest.GET("/api/assessments/" + assessmentId + "/plan"),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }

    byte[] download(long assessmentId, String lang) {
        return http.retrieve(HttpRequest.GET("/api/assessments/" + assessmentId + "/plan.xlsx?lang=" + lang), byte[].class);
    }
}
