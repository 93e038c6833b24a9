package nl.vptscan.scoring;

import nl.vptscan.questionnaire.LegalCatalogue;
import nl.vptscan.questionnaire.AnswerCheck;
import nl.vptscan.questionnaire.Questionnaire;
import nl.vptscan.questionnaire.QuestionnaireCatalog;
import nl.vptscan.scoring.fact.Action;
import nl.vptscan.scoring.fact.AssessmentContext;
import nl.vptscan.scoring.fact.Evidence;
import nl.vptscan.scoring.fact.Finding;
import nl.vptscan.scoring.fact.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ScorerTest {

    private static Questionnaire mini;
    private static Scorer scorer;
    private static final AssessmentContext CONTEXT =
            new AssessmentContext("gemeente", 120, AssessmentContext.Kind.SELF, LocalDate.of(2026, 6, 1));

    @BeforeAll
    static void compile() {
        mini = QuestionnaireCatalog.load(Path.of("src/test/resources/questionnaires-valid"), LegalCatalogue.inRules(Path.of("rules"))).find("mini").orElseThrow();
        scorer = new Scorer(RuleBook.compile(Path.of("src/test/resources/rules-mini"),
                QuestionnaireCatalog.load(Path.of("src/test/resources/questionnaires-valid"), LegalCatalogue.inRules(Path.of("rules")))));
    }

    private static AssessmentResult score(Object policy, Object groups, double incidents) {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("mini.t1.q1", policy);
        if (groups != null) {
            answers.put("mini.t1.q2", groups);
        }
        answers.put("mini.t1.q3", incidents);
        return scorer.score(mini, AnswerCheck.parse(mini, answers, "answers", CONTEXT.referenceDate()), CONTEXT);
    }

    @Test
    void topicInPlaceAndEvaluatedIsEmbedded() {
        TopicScore t1 = score("yes", List.of("balie", "buiten"), 5).topic("t1");
        assertEquals(new TopicScore("t1", 2, 2, 100, TopicScore.EMBEDDED), t1);
    }

    @Test
    void levelCapFromARuleLimitsTheLevel() {
        assertEquals(TopicScore.PARTIAL, score("yes", List.of("balie", "buiten"), 500).topic("t1").level());
    }

    @Test
    void violationKeepsTopicBelowInPlaceWhateverThePoints() {
        // answering "no" hides q2, so only q1 counts: 0 of 1
        AssessmentResult result = score("no", List.of("balie", "buiten"), 5);
        assertEquals(new TopicScore("t1", 0, 1, 0, TopicScore.ABSENT), result.topic("t1"));
        Finding finding = result.findings().get(0);
        assertEquals("MINI-T1-01", finding.ruleId());
        assertEquals(Severity.VIOLATION, finding.severity());
        assertEquals("Arbowet art. 3 lid 2", finding.legal());
        assertEquals(List.of(new Evidence("mini.t1.q1", "no")), finding.evidence());
        assertEquals("MINI-T1-01", result.actions().get(0).ruleId());
    }

    @Test
    void aRaisedFindingCarriesTheNormLegalKeysAndActionOfItsFindingsFile() {
        AssessmentResult result = score("no", null, 5);
        Finding finding = result.findings().get(0);
        assertEquals("Er is beleid.", finding.normNl());
        assertEquals("There is a policy.", finding.normEn());
        assertEquals("No policy.", finding.messageEn());
        assertEquals(List.of("arbowet-3-2"), finding.legalKeys());
        Action action = result.actions().get(0);
        assertEquals(new Action("MINI-T1-01", "t1", 1, 30, "Maak beleid.", "Write a policy.", "directie", "Directie",
                "Management"), action);
    }

    @Test
    void hiddenQuestionsAreNotScored() {
        assertEquals(1.0, score("no", List.of("balie"), 50).topic("t1").max());
    }

    @Test
    void partialAnswerGivesPartialPoints() {
        AssessmentResult result = score("yes", List.of("balie"), 50);
        assertEquals(new TopicScore("t1", 1.5, 2, 75, TopicScore.IN_PLACE), result.topic("t1"));
        assertEquals(75.0, result.overall());
    }

    @Test
    void recordsTheRulesThatFiredAndTheVersions() {
        AssessmentResult result = score("no", null, 5);
        assertEquals(List.of("COMMON-01", "MINI-T1-01", "MINI-T1-03"), result.firedRules());
        assertEquals("mini", result.questionnaireId());
        assertEquals("1", result.questionnaireVersion());
        assertEquals(scorer.rulesetVersion(), result.rulesetVersion());
    }

    @Test
    void sameInputGivesSameResultAcrossThreads() throws Exception {
        AssessmentResult expected = score("yes", List.of("balie"), 500);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<AssessmentResult>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                results.add(pool.submit(() -> score("yes", List.of("balie"), 500)));
            }
            for (Future<AssessmentResult> result : results) {
                assertEquals(expected, result.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
