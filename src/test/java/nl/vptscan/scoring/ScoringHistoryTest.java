package nl.vptscan.scoring;

import nl.vptscan.questionnaire.AnswerValue;
import nl.vptscan.questionnaire.Questionnaire;
import nl.vptscan.questionnaire.QuestionnaireCatalog;
import nl.vptscan.scoring.fact.AssessmentContext;
import nl.vptscan.scoring.fact.Finding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The same answers get the same result whatever was scored before: however long the service has run, whichever
 * rule session scored another answer set first, however many threads score at once; with the rules as built with
 * the service and with the rule files compiled at start.
 */
class ScoringHistoryTest {

    /** More passes over every case than Drools evaluates a constraint before it compiles it to byte code (20). */
    private static final int PASSES = 30;

    private record Case(String name, Questionnaire questionnaire, Map<String, AnswerValue> answers,
                        AssessmentContext context, RuleCases.Case row) {
    }

    private static List<Case> cases(QuestionnaireCatalog catalog) {
        List<Case> cases = new ArrayList<>();
        for (RuleCases file : RuleCases.all()) {
            Questionnaire questionnaire = catalog.find(file.questionnaire()).orElseThrow();
            for (RuleCases.Case row : file.cases()) {
                cases.add(new Case(file.file().getFileName() + ": " + row.name(), questionnaire,
                        row.normalizedAnswers(questionnaire), row.context(), row));
            }
        }
        assertTrue(cases.size() > 50, "the rule cases are found");
        return cases;
    }

    private static RuleBook book(String path, QuestionnaireCatalog catalog) {
        return switch (path) {
            case "compiled at start" -> RuleBook.compile(RuleCases.RULES, catalog);
            case "built with the service" -> {
                RuleBook book = RuleBook.load(RuleCases.RULES, catalog, PrecompiledRules.onClasspath().orElseThrow());
                assertTrue(book.precompiled());
                yield book;
            }
            default -> throw new IllegalArgumentException(path);
        };
    }

    /** The first result of each case, from a new rule base, checked against what its case file expects. */
    private static List<AssessmentResult> firstResults(Scorer scorer, List<Case> cases) {
        List<AssessmentResult> first = new ArrayList<>();
        for (Case c : cases) {
            AssessmentResult result = scorer.score(c.questionnaire(), c.answers(), c.context());
            Set<String> raised = new TreeSet<>(result.findings().stream().map(Finding::ruleId).toList());
            assertEquals(new TreeSet<>(c.row().findings()), raised, c.name());
            c.row().levels().forEach((topic, level) -> assertEquals(level, result.topic(topic).level(), c.name()));
            first.add(result);
        }
        return first;
    }

    private static void scoreInShuffledPasses(Scorer scorer, List<Case> cases, List<AssessmentResult> first,
                                              long seed, int passes) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            order.add(i);
        }
        Random random = new Random(seed);
        for (int pass = 1; pass <= passes; pass++) {
            Collections.shuffle(order, random);
            for (int i : order) {
                Case c = cases.get(i);
                assertEquals(first.get(i), scorer.score(c.questionnaire(), c.answers(), c.context()),
                        "pass " + pass + ", " + c.name());
            }
        }
    }

    @ParameterizedTest(name = "rules {0}")
    @ValueSource(strings = {"compiled at start", "built with the service"})
    void aLongRunningServiceScoresAsOnItsFirstRequest(String path) {
        QuestionnaireCatalog catalog = RuleCases.catalog();
        List<Case> cases = cases(catalog);
        Scorer scorer = new Scorer(book(path, catalog));
        List<AssessmentResult> first = firstResults(scorer, cases);
        scoreInShuffledPasses(scorer, cases, first, 1, PASSES);
    }

    @ParameterizedTest(name = "rules {0}")
    @ValueSource(strings = {"compiled at start", "built with the service"})
    void threadsScoringAtOnceEachGetTheirOwnResult(String path) throws Exception {
        QuestionnaireCatalog catalog = RuleCases.catalog();
        List<Case> cases = cases(catalog);
        Scorer scorer = new Scorer(book(path, catalog));
        List<AssessmentResult> first = firstResults(scorer, cases);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                long seed = 100 + t;
                running.add(threads.submit((Callable<Void>) () -> {
                    scoreInShuffledPasses(scorer, cases, first, seed, 4);
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
