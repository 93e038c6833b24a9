package nl.vptscan.scoring;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.vptscan.TestAnswers;
import nl.vptscan.organisation.Sector;
import nl.vptscan.questionnaire.AnswerCheck;
import nl.vptscan.questionnaire.AnswerOption;
import nl.vptscan.questionnaire.AnswerValue;
import nl.vptscan.questionnaire.Question;
import nl.vptscan.questionnaire.Questionnaire;
import nl.vptscan.questionnaire.QuestionnaireCatalog;
import nl.vptscan.result.TopicResult;
import nl.vptscan.scoring.fact.Action;
import nl.vptscan.scoring.fact.AssessmentContext;
import nl.vptscan.scoring.fact.Evidence;
import nl.vptscan.scoring.fact.Finding;
import nl.vptscan.scoring.fact.Severity;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The quick scan's own JSON writer gives byte for byte what the service's JSON mapper gives for the same result, for
 * random answer sets (the seed is printed on failure) and for results holding texts no rule or questionnaire has.
 */
@MicronautTest(transactional = false)
class QuickScanJsonIT {

    /** Quotes, backslashes, control characters, non-ASCII letters and a character outside the BMP. */
    private static final List<String> TEXTS = List.of("Zie beleidsplan 2026", "\"aanhalingstekens\" en \\ slash / ",
            "regel 1\nregel 2\ttab\u0001\u001f", "café, ë, € en ĳ", "emoji 😀 buiten het BMP", "<script>&amp;</script>",
            "\u2028\u2029", "");

    @Inject
    JsonMapper mapper;

    @Inject
    QuickScanJson json;

    @Inject
    Scorer scorer;

    @Inject
    QuestionnaireCatalog catalog;

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void writesTheSameBytesAsTheJsonMapperForRandomAnswerSets() throws IOException {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        int findings = 0;
        for (int i = 0; i < 300; i++) {
            for (Questionnaire questionnaire : catalog.all()) {
                LocalDate date = LocalDate.of(2026, 6, 1).minusDays(random.nextInt(400));
                AssessmentContext context = new AssessmentContext(
                        Sector.values()[random.nextInt(Sector.values().length)].code(), random.nextInt(5000),
                        random.nextBoolean() ? AssessmentContext.Kind.SELF : AssessmentContext.Kind.AUDIT, date);
                Map<String, AnswerValue> answers = AnswerCheck.parse(questionnaire, answers(questionnaire, random, date),
                        "answers", date);
                QuickScanResult result = QuickScanResult.of(scorer.score(questionnaire, answers, context));
                findings += result.findings().size();
                assertArrayEquals(mapper.writeValueAsBytes(result), json.write(result),
                        () -> "seed " + seed + ", " + questionnaire.id() + ": " + answers);
            }
        }
        assertTrue(findings > 1000, "the random answers raise findings: " + findings);
    }

    @Test
    void encodesTextsThatNoRuleOrQuestionnaireHasAsTheMapperDoes() throws IOException {
        for (String text : TEXTS) {
            Finding finding = new Finding(text, text, Severity.WARNING, text, text, text,
                    List.of(new Evidence(text, text)), text, text, List.of(text, text));
            Action action = new Action(text, text, 2, 30, text, text, text, text, text, List.of(text), text, null,
                    text, null);
            QuickScanResult result = new QuickScanResult(text, text, text, 12.5, 1, 0,
                    List.of(new TopicResult(text, 1.5, 3, 50, 1, text), new TopicResult(text, 0, 0, 0, 0, null)),
                    List.of(finding), List.of(action), List.of(text, text));
            assertArrayEquals(mapper.writeValueAsBytes(result), json.write(result), text);
        }
    }

    @Test
    void writesAFindingOrActionARuleBuiltItselfWithItsOwnTexts() throws IOException {
        Questionnaire questionnaire = catalog.find("vpt-8-maatregelen").orElseThrow();
        LocalDate date = LocalDate.of(2026, 6, 1);
        QuickScanResult raised = QuickScanResult.of(scorer.score(questionnaire, AnswerCheck.parse(questionnaire,
                TestAnswers.values(questionnaire.id(), topic -> true, date.minusYears(3)), "answers", date),
                new AssessmentContext("gemeente", 10, AssessmentContext.Kind.SELF, date)));
        Finding own = raised.findings().get(0);
        Action action = raised.actions().get(0);
        // the same rule id, but texts of its own: one changed, one equal to the rules' text but another instance
        Finding built = new Finding(own.ruleId(), own.topic(), own.severity(), "Eigen tekst \"van de regel\"",
                new String(own.messageEn()), own.legal(), own.evidence(), own.normNl(), own.normEn(), own.legalKeys());
        Action copy = new Action(action.ruleId(), action.topic(), action.priority(), action.dueInDays(),
                "Eigen actie", action.textEn(), action.ownerRole(), action.ownerNl(), action.ownerEn(), action.after(),
                action.groupNl(), action.groupEn(), action.checkNl(), action.checkEn());
        QuickScanResult result = new QuickScanResult(raised.questionnaireId(), raised.questionnaireVersion(),
                raised.rulesetVersion(), raised.overall(), raised.overallLevel(), raised.unmetDuties(), raised.topics(),
                List.of(built, own), List.of(copy, action), raised.firedRules());
        byte[] written = json.write(result);
        assertArrayEquals(mapper.writeValueAsBytes(result), written);
        String text = new String(written, StandardCharsets.UTF_8);
        assertTrue(text.contains("Eigen tekst \\\"van de regel\\\"") && text.contains("Eigen actie"), text);
    }

    @Test
    void theApiAnswersWithThatJson() throws IOException {
        Questionnaire questionnaire = catalog.find("vpt-8-maatregelen").orElseThrow();
        LocalDate date = LocalDate.of(2026, 6, 1);
        Map<String, Object> raw = answers(questionnaire, new Random(7), date);
        HttpResponse<byte[]> response = client.toBlocking().exchange(HttpRequest.POST(
                "/api/score/vpt-8-maatregelen", Map.of("answers", raw,
                        "context", Map.of("sector", "gemeente", "employees", 40, "kind", "SELF", "date",
                                date.toString()))), byte[].class);
        assertEquals(MediaType.APPLICATION_JSON_TYPE, response.getContentType().orElseThrow());
        QuickScanResult expected = QuickScanResult.of(scorer.score(questionnaire,
                AnswerCheck.parse(questionnaire, raw, "answers", date),
                new AssessmentContext("gemeente", 40, AssessmentContext.Kind.SELF, date)));
        assertEquals(new String(mapper.writeValueAsBytes(expected), StandardCharsets.UTF_8),
                new String(response.body(), StandardCharsets.UTF_8));
        assertTrue(expected.findings().size() > 0, "the answers raise findings");
    }

    /** A random valid answer for most questions; some left out, some not applicable. */
    private static Map<String, Object> answers(Questionnaire questionnaire, Random random, LocalDate date) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (Question q : questionnaire.questions()) {
            if (random.nextInt(8) == 0) {
                continue;
            }
            if (q.notApplicable() && random.nextInt(10) == 0) {
                answers.put(q.id(), Question.NOT_APPLICABLE);
                continue;
            }
            List<String> options = q.options().stream().map(AnswerOption::value).toList();
            answers.put(q.id(), switch (q.type()) {
                case YES_NO -> random.nextBoolean() ? "yes" : "no";
                case YES_NO_PARTLY -> List.of("yes", "no", "partly").get(random.nextInt(3));
                case CHOICE -> options.get(random.nextInt(options.size()));
                case MULTI_CHOICE -> {
                    List<String> chosen = new ArrayList<>();
                    options.forEach(o -> {
                        if (random.nextBoolean()) {
                            chosen.add(o);
                        }
                    });
                    yield chosen.isEmpty() ? List.of(options.get(0)) : chosen;
                }
                case NUMBER -> {
                    int min = q.min() == null ? 0 : q.min().intValue();
                    int max = q.max() == null ? min + 500 : q.max().intValue();
                    yield min + random.nextInt(max - min + 1);
                }
                case PERCENTAGE -> random.nextInt(101);
                case DATE -> date.minusDays(random.nextInt(1500)).toString();
                case TEXT -> TEXTS.get(random.nextInt(TEXTS.size() - 1));
            });
        }
        return answers;
    }
}
