package nl.vptscan.scoring;

import nl.vptscan.TestAnswers;
import nl.vptscan.questionnaire.AnswerValue;
import nl.vptscan.questionnaire.Questionnaire;
import nl.vptscan.questionnaire.QuestionnaireCatalog;
import nl.vptscan.scoring.fact.AssessmentContext;
import nl.vptscan.scoring.fact.Finding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules built with the service score exactly as the rule files compiled at start, and give way to edited ones. */
class PrecompiledRulesTest {

    private static final String EDITED_RULE = "AI11-X-02";
    private static final String EDITED_CASE = "policy evaluated without an incident registration gives a warning on evaluation";

    private static QuestionnaireCatalog catalog;
    private static PrecompiledRules built;
    private static Scorer precompiled;
    private static Scorer compiled;

    @BeforeAll
    static void loadBothWays() {
        catalog = RuleCases.catalog();
        built = PrecompiledRules.onClasspath().orElseThrow(() ->
                new AssertionError("the build wrote no " + PrecompiledRules.INDEX + " (RuleModelBuilder)"));
        RuleBook loaded = RuleBook.load(RuleCases.RULES, catalog, built);
        assertTrue(loaded.precompiled(), "the rules on disk are the ones built with the service");
        precompiled = new Scorer(loaded);
        compiled = new Scorer(RuleBook.compile(RuleCases.RULES, catalog));
    }

    @Test
    void areBuiltFromTheRulesFolderAsItIs() {
        assertEquals(RuleBook.versionOf(RuleCases.RULES), built.version());
    }

    @Test
    void holdTheSameRulesAsTheCompiledOnes() {
        RuleBook loaded = RuleBook.load(RuleCases.RULES, catalog, built);
        RuleBook runtime = RuleBook.compile(RuleCases.RULES, catalog);
        assertEquals(ruleNames(runtime), ruleNames(loaded));
        assertEquals(runtime.version(), loaded.version());
        assertEquals(runtime.findings(), loaded.findings());
        assertEquals(runtime.legal(), loaded.legal());
    }

    @TestFactory
    Stream<DynamicTest> scoreEveryCaseExactlyAsTheCompiledRules() {
        return RuleCases.all().stream().flatMap(file -> file.cases().stream().map(row ->
                DynamicTest.dynamicTest(RuleCases.RULES.relativize(file.file()) + ": " + row.name(), () -> {
                    Questionnaire questionnaire = catalog.find(file.questionnaire()).orElseThrow();
                    var answers = row.normalizedAnswers(questionnaire);
                    assertEquals(compiled.score(questionnaire, answers, row.context()),
                            precompiled.score(questionnaire, answers, row.context()));
                })));
    }

    @TestFactory
    Stream<DynamicTest> scoreCompleteAnswerSetsOfEveryQuestionnaireExactlyAsTheCompiledRules() {
        AssessmentContext context = new AssessmentContext("gemeente", 350, AssessmentContext.Kind.SELF,
                LocalDate.of(2026, 6, 1));
        return catalog.all().stream().flatMap(questionnaire -> Stream.of(0, 1, 2).map(variant ->
                DynamicTest.dynamicTest(questionnaire.id() + " variant " + variant, () -> {
                    var values = TestAnswers.values(questionnaire.id(),
                            topic -> variant == 2 || (variant == 1 && topic.hashCode() % 2 == 0),
                            LocalDate.of(2026, 6, 1).minusYears(variant));
                    Map<String, AnswerValue> answers = new LinkedHashMap<>();
                    values.forEach((id, raw) -> answers.put(id, questionnaire.question(id).orElseThrow().parse(raw)));
                    assertEquals(compiled.score(questionnaire, answers, context),
                            precompiled.score(questionnaire, answers, context));
                })));
    }

    @Test
    void giveWayToARuleEditedOnDisk(@TempDir Path temp) throws IOException {
        Path rules = copyOfRules(temp);
        Path drl = rules.resolve("ai-agressie-11/cross-topic.drl");
        String source = Files.readString(drl);
        String edited = source.replace("$e : Answer(questionId == \"ai11.p11.q1\", yes)",
                "$e : Answer(questionId == \"ai11.p11.q1\", yes, false)");
        assertFalse(source.equals(edited), "the rule to edit is in the file");
        Files.writeString(drl, edited);

        RuleBook book = RuleBook.load(rules, catalog, built);

        assertFalse(book.precompiled());
        RuleCases file = RuleCases.all().stream()
                .filter(f -> f.file().getFileName().toString().equals("cross-topic.cases.yaml")
                        && f.questionnaire().equals("ai-agressie-11")).findFirst().orElseThrow();
        RuleCases.Case row = file.cases().stream().filter(c -> c.name().equals(EDITED_CASE)).findFirst().orElseThrow();
        Questionnaire questionnaire = catalog.find(file.questionnaire()).orElseThrow();
        var answers = row.normalizedAnswers(questionnaire);
        assertTrue(raised(precompiled.score(questionnaire, answers, row.context())).contains(EDITED_RULE));
        assertFalse(raised(new Scorer(book).score(questionnaire, answers, row.context())).contains(EDITED_RULE),
                "the edited rule no longer fires");
    }

    @Test
    void giveWayToAnEditedFindingsFile(@TempDir Path temp) throws IOException {
        Path rules = copyOfRules(temp);
        Path findings = rules.resolve("ai-agressie-11/cross-topic.findings.yaml");
        Files.writeString(findings, Files.readString(findings) + "\n# reviewed\n");

        assertFalse(RuleBook.load(rules, catalog, built).precompiled());
    }

    @Test
    void stillRefuseABrokenRuleOnDiskNamingFileAndLine(@TempDir Path temp) throws IOException {
        Path rules = copyOfRules(temp);
        Path drl = rules.resolve("ai-agressie-11/cross-topic.drl");
        Files.writeString(drl, Files.readString(drl).replace("$r : Answer(questionId == \"ai11.p02.q2\", no)\nthen",
                "$r : Answer(questionId == \"ai11.p02.q2\", no\nthen"));

        RuleCompilationException error = assertThrows(RuleCompilationException.class,
                () -> RuleBook.load(rules, catalog, built));

        assertTrue(error.getMessage().matches("(?s)" + java.util.regex.Pattern.quote(drl.toString()) + ":[0-9]+:.*"),
                error.getMessage());
    }

    private static List<String> raised(AssessmentResult result) {
        return result.findings().stream().map(Finding::ruleId).toList();
    }

    private static List<String> ruleNames(RuleBook book) {
        return book.kieBase().getKiePackages().stream().flatMap(p -> p.getRules().stream())
                .map(r -> r.getPackageName() + ": " + r.getName()).sorted().toList();
    }

    private static Path copyOfRules(Path temp) throws IOException {
        Path copy = temp.resolve("rules");
        try (Stream<Path> walk = Files.walk(RuleCases.RULES)) {
            for (Path source : walk.toList()) {
                Path target = copy.resolve(RuleCases.RULES.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        return copy;
    }
}
