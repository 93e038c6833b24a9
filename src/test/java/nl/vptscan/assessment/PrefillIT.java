package nl.vptscan.assessment;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Answer once for both instruments over HTTP against MariaDB: offer, take over, marks, confirmation, submit. */
@MicronautTest(transactional = false)
class PrefillIT {

    private static final String AI11 = "ai-agressie-11";
    private static final String VPT8 = "vpt-8-maatregelen";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JdbcOperations jdbc;

    @Inject
    TransactionOperations<Connection> transactions;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(client.toBlocking());
    }

    /** An organisation with a submitted 8 measures (everything in place) and a new draft of the 11 points. */
    private long[] submittedVpt8AndAi11Draft(String name) {
        long organisation = api.organisation(name);
        long vpt8 = api.assessment(organisation, VPT8, "SELF");
        api.submit(vpt8, Answers.allInPlace(VPT8));
        return new long[]{vpt8, api.assessment(organisation, AI11, "SELF")};
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> answer(Map<String, Object> sheet, String questionId) {
        return ((Map<String, Map<String, Object>>) sheet.get("answers")).get(questionId);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> origin(Map<String, Object> sheet, String questionId) {
        return (Map<String, Object>) answer(sheet, questionId).get("origin");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNewDraftIsOfferedTheMappedAnswersOfTheOtherInstrumentsLatestSubmission() {
        long[] ids = submittedVpt8AndAi11Draft("Gemeente Overnamestad");
        Map<String, Object> offer = api.get("/api/assessments/" + ids[1] + "/prefill");
        assertEquals(ids[0], ((Number) offer.get("sourceAssessmentId")).longValue());
        assertEquals(VPT8, offer.get("sourceQuestionnaireId"));
        assertNotNull(offer.get("sourceSubmittedAt"));
        List<String> questions = (List<String>) offer.get("questions");
        assertTrue(questions.containsAll(List.of("ai11.p02.q1", "ai11.p03.q2", "ai11.p05.q1", "ai11.p05.q3",
                "ai11.p09.q1", "ai11.p11.q2")), questions.toString());
        assertFalse(questions.contains("ai11.p01.q1"), "a question without counterpart is not offered");
        assertFalse(questions.contains("ai11.p10.q2"), "p10.q2 is carried only from the 11 points to the 8 measures");
        assertEquals(List.of(), offer.get("stale"));
    }

    @Test
    void creatingADraftLinksToItsOffer() {
        long organisation = api.organisation("Gemeente Linkstad");
        HttpResponse<?> first = api.exchange(HttpRequest.POST("/api/organisations/" + organisation + "/assessments",
                Map.of("questionnaireId", AI11, "kind", "SELF")));
        assertNull(first.header(HttpHeaders.LINK), "nothing to take over yet");
        api.submit(api.assessment(organisation, VPT8, "SELF"), Answers.allInPlace(VPT8));
        HttpResponse<Map> second = client.toBlocking().exchange(HttpRequest.POST("/api/organisations/" + organisation
                + "/assessments", Map.of("questionnaireId", AI11, "kind", "SELF")), Map.class);
        long id = ((Number) second.body().get("id")).longValue();
        assertEquals("</api/assessments/" + id + "/prefill>; rel=\"prefill\"", second.header(HttpHeaders.LINK));
    }

    @Test
    void takenOverAnswersCarryTheirOriginUntilConfirmedAndTheOfferIsGone() {
        long[] ids = submittedVpt8AndAi11Draft("Gemeente Markeerstad");
        Map<String, Object> sheet = api.post("/api/assessments/" + ids[1] + "/prefill",
                Map.of("sourceAssessmentId", ids[0]));
        assertEquals("all", answer(sheet, "ai11.p03.q2").get("value"), "alle becomes all");
        Map<String, Object> origin = origin(sheet, "ai11.p03.q2");
        assertEquals(VPT8, origin.get("sourceQuestionnaireId"));
        assertEquals("vpt8.m4.q1", origin.get("sourceQuestionId"));
        assertEquals(ids[0], ((Number) origin.get("sourceAssessmentId")).longValue());
        assertEquals(false, origin.get("confirmed"));
        assertNull(answer(sheet, "ai11.p01.q1"), "a question without counterpart stays unanswered");

        api.problem(HttpStatus.NOT_FOUND, HttpRequest.GET("/api/assessments/" + ids[1] + "/prefill"));
        api.problem(HttpStatus.CONFLICT, HttpRequest.POST("/api/assessments/" + ids[1] + "/prefill",
                Map.of("sourceAssessmentId", ids[0])));

        Map<String, Object> confirmed = api.post("/api/assessments/" + ids[1] + "/confirmations",
                Map.of("questions", List.of("ai11.p03.q2")));
        assertEquals(true, origin(confirmed, "ai11.p03.q2").get("confirmed"));
        assertNotNull(origin(confirmed, "ai11.p03.q2").get("confirmedBy"));
        assertEquals(false, origin(confirmed, "ai11.p02.q1").get("confirmed"));
    }

    @Test
    void aDraftKeepsItsOwnAnswersWhenItTakesOver() {
        long[] ids = submittedVpt8AndAi11Draft("Gemeente Eigenstad");
        api.put("/api/assessments/" + ids[1] + "/answers", Map.of("answers",
                Map.of("ai11.p02.q1", Api.answer("no"))));
        Map<String, Object> sheet = api.post("/api/assessments/" + ids[1] + "/prefill",
                Map.of("sourceAssessmentId", ids[0]));
        assertEquals("no", answer(sheet, "ai11.p02.q1").get("value"));
        assertNull(origin(sheet, "ai11.p02.q1"));
        assertNotNull(origin(sheet, "ai11.p02.q2"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void submitIsRefusedWhileTakenOverAnswersAreUnconfirmedAndNamesThem() {
        long[] ids = submittedVpt8AndAi11Draft("Gemeente Bevestigstad");
        Map<String, Object> sheet = api.post("/api/assessments/" + ids[1] + "/prefill",
                Map.of("sourceAssessmentId", ids[0]));
        Set<String> taken = new TreeSet<>(((Map<String, Object>) sheet.get("answers")).keySet());
        Map<String, Object> rest = new LinkedHashMap<>();
        Answers.allInPlace(AI11).forEach((q, v) -> {
            if (!taken.contains(q)) {
                rest.put(q, Api.answer(v));
            }
        });
        api.put("/api/assessments/" + ids[1] + "/answers", Map.of("answers", rest));

        Map<String, Object> problem = api.problem(HttpStatus.UNPROCESSABLE_ENTITY,
                HttpRequest.POST("/api/assessments/" + ids[1] + "/submit", Map.of()));
        Set<String> expected = new TreeSet<>();
        taken.forEach(q -> expected.add("answers." + q));
        assertEquals(expected, Api.fields(problem));
        ((List<Map<String, Object>>) problem.get("errors")).forEach(e -> {
            assertEquals("answer.unconfirmed", e.get("code"));
            assertEquals(VPT8, ((List<?>) e.get("params")).get(1));
        });
        assertEquals("DRAFT", api.get("/api/assessments/" + ids[1]).get("status"));

        for (String topic : List.of("p02", "p03", "p05", "p09", "p10", "p11")) {
            api.post("/api/assessments/" + ids[1] + "/confirmations", Map.of("topic", topic));
        }
        assertEquals("SUBMIT", api.post("/api/assessments/" + ids[1] + "/submit", Map.of()).get("reason"));

        List<Map<String, Object>> audit = api.list("/api/assessments/" + ids[1] + "/audit");
        assertEquals(taken.size() + 1, audit.stream().filter(e -> "PREFILL".equals(e.get("kind"))).count());
        assertEquals(taken.size(), audit.stream().filter(e -> "CONFIRM".equals(e.get("kind"))).count());
    }

    @Test
    void changingATakenOverAnswerMakesItTheOrganisationsOwn() {
        long[] ids = submittedVpt8AndAi11Draft("Gemeente Wijzigstad");
        api.post("/api/assessments/" + ids[1] + "/prefill", Map.of("sourceAssessmentId", ids[0]));
        Map<String, Object> same = api.put("/api/assessments/" + ids[1] + "/answers", Map.of("answers",
                Map.of("ai11.p02.q1", Map.of("value", "yes", "comment", "gezien"))));
        assertNotNull(origin(same, "ai11.p02.q1"), "saving the same answer with a comment keeps the mark");
        Map<String, Object> changed = api.put("/api/assessments/" + ids[1] + "/answers", Map.of("answers",
                Map.of("ai11.p02.q1", Api.answer("no"))));
        assertNull(origin(changed, "ai11.p02.q1"));
        assertNotNull(origin(changed, "ai11.p02.q2"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void answersGivenMoreThanTwelveMonthsAgoAreFlaggedInTheOffer() {
        long[] ids = submittedVpt8AndAi11Draft("Gemeente Oudstad");
        transactions.executeWrite(status -> jdbc.prepareStatement("UPDATE answer SET updated_at = ? "
                + "WHERE assessment_id = ? AND question_id = 'vpt8.m4.q1'", statement -> {
            statement.setTimestamp(1, Timestamp.from(Instant.now().minus(400, ChronoUnit.DAYS)));
            statement.setLong(2, ids[0]);
            return statement.executeUpdate();
        }));
        Map<String, Object> offer = api.get("/api/assessments/" + ids[1] + "/prefill");
        assertEquals(List.of("ai11.p03.q2"), offer.get("stale"));
        Map<String, Object> sheet = api.post("/api/assessments/" + ids[1] + "/prefill",
                Map.of("sourceAssessmentId", ids[0]));
        assertTrue(Instant.parse((String) origin(sheet, "ai11.p03.q2").get("sourceAnsweredAt"))
                .isBefore(Instant.now().minus(365, ChronoUnit.DAYS)));
    }

    @Test
    void confirmingAnUnknownQuestionIsRefusedWithItsCode() {
        long[] ids = submittedVpt8AndAi11Draft("Gemeente Foutstad");
        Map<String, Object> problem = api.problem(HttpStatus.BAD_REQUEST, HttpRequest.POST(
                "/api/assessments/" + ids[1] + "/confirmations", Map.of("questions", List.of("ai11.p99.q1"))));
        assertEquals(Set.of("questions"), Api.fields(problem));
        api.problem(HttpStatus.BAD_REQUEST, HttpRequest.POST("/api/assessments/" + ids[1] + "/confirmations",
                Map.of()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSubmittedAssessmentShowsHowItsAnswersScoreUnderTheOtherInstrument() {
        long[] ids = submittedVpt8AndAi11Draft("Gemeente Vergelijkstad");
        Map<String, Object> view = api.get("/api/assessments/" + ids[0] + "/other-instrument");
        assertEquals(AI11, view.get("otherQuestionnaireId"));
        List<Map<String, Object>> rows = (List<Map<String, Object>>) view.get("rows");
        Map<String, Object> training = rows.stream().filter(r -> "vpt8.m4.q1".equals(r.get("questionId")))
                .findFirst().orElseThrow();
        assertEquals("alle", training.get("value"));
        assertEquals("ai11.p03.q2", training.get("otherQuestionId"));
        assertEquals("all", training.get("mappedValue"));
        List<Map<String, Object>> topics = (List<Map<String, Object>>) view.get("topics");
        assertEquals(11, topics.size());
        Map<String, Object> p01 = topics.get(0);
        assertEquals("p01", p01.get("topic"));
        assertEquals(0, p01.get("mapped"));
        assertEquals(true, p01.get("indicative"));
        assertEquals(true, view.get("indicative"));
        api.problem(HttpStatus.NOT_FOUND, HttpRequest.GET("/api/assessments/" + ids[1] + "/other-instrument"));
    }
}
