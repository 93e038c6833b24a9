package nl.vptscan.scoring;

import nl.vptscan.questionnaire.Questionnaire;
import nl.vptscan.questionnaire.QuestionnaireCatalog;
import nl.vptscan.scoring.fact.Finding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs every row of every {@code rules/**}{@code /*.cases.yaml} file, and checks the catalogue of rules against them. */
class RuleCasesTest {

    private static QuestionnaireCatalog catalog;
    private static Scorer scorer;
    private static RuleBook ruleBook;
    private static List<RuleCases> caseFiles;

    @BeforeAll
    static void compileRules() {
        catalog = RuleCases.catalog();
        ruleBook = RuleBook.compile(RuleCases.RULES, catalog);
        scorer = new Scorer(ruleBook);
        caseFiles = RuleCases.all();
    }

    @TestFactory
    Stream<DynamicTest> everyCaseGivesItsExpectedFindingsAndLevels() {
        return caseFiles.stream().flatMap(file -> file.cases().stream().map(row ->
                DynamicTest.dynamicTest(RuleCases.RULES.relativize(file.file()) + ": " + row.name(), () -> {
                    AssessmentResult result = score(file, row);
                    Set<String> actual = new TreeSet<>(result.findings().stream().map(Finding::ruleId).toList());
                    assertEquals(new TreeSet<>(row.findings()), actual, "findings");
                    row.levels().forEach((topic, level) ->
                            assertEquals(level, result.topic(topic).level(), "level of " + topic + " " + result.topic(topic)));
                    row.severity().forEach((id, severity) -> assertEquals(severity,
                            finding(result, id).severity().name(), "severity of " + id));
                    row.legal().forEach((id, legal) -> assertEquals(legal, finding(result, id).legal(), "legal basis of " + id));
                })));
    }

    @Test
    void everyRuleFiresInAtLeastOneCase() {
        Set<String> fired = new TreeSet<>();
        caseFiles.forEach(file -> file.cases().forEach(row -> fired.addAll(score(file, row).firedRules())));
        Set<String> never = new TreeSet<>(ruleIds());
        never.removeAll(fired);
        assertEquals(Set.of(), never, "rules that fire in no case");
    }

    @Test
    void everyFindingIsRaisedInAtLeastOneCase() {
        Set<String> raised = new TreeSet<>();
        caseFiles.forEach(file -> file.cases().forEach(row ->
                score(file, row).findings().forEach(f -> raised.add(f.ruleId()))));
        Set<String> never = new TreeSet<>(ruleBook.findings().keySet());
        never.removeAll(raised);
        assertEquals(Set.of(), never, "findings that no case raises");
    }

    @Test
    void everyLegalKeyOfAFindingResolvesInTheCatalogue() {
        ruleBook.findings().values().forEach(definition -> {
            assertTrue(!definition.legal().isEmpty(), definition.id() + " has no legal basis");
            definition.legal().forEach(provision -> assertEquals(provision, ruleBook.legal().get(provision.key()),
                    definition.id() + " cites " + provision.key()));
        });
    }

    @Test
    void questionnaireTopicsAndFindingsCiteFromTheOneCatalogue() {
        catalog.all().forEach(q -> q.topics().forEach(topic -> topic.legal().forEach(provision ->
                assertEquals(ruleBook.legal().get(provision.key()), provision,
                        q.id() + " topic " + topic.id() + " cites " + provision.key()))));
    }

    @Test
    void questionnaireTextsCiteTheSameArticlesAsTheFindings() {
        Questionnaire ai11 = catalog.find("ai-agressie-11").orElseThrow();
        String alarm = ai11.topic("p08").orElseThrow().citations("nl");
        assertTrue(alarm.contains("2.15 lid 1") && alarm.contains("sub b") && !alarm.contains("sub e"), alarm);
        String staffing = ai11.topic("p06").orElseThrow().citations("nl");
        assertTrue(staffing.contains("sub a") && !staffing.contains("sub b"), staffing);
        String help = catalog.find("vpt-8-maatregelen").orElseThrow().question("vpt8.m3.q5").orElseThrow().help().nl();
        assertTrue(help.contains("AVG art. 10") && help.contains("UAVG art. 31"), help);
    }

    @Test
    void ruleFilesHoldNoUserText() throws java.io.IOException {
        java.util.regex.Pattern literal = java.util.regex.Pattern.compile("\"([^\"]*)\"");
        java.util.regex.Pattern allowed = java.util.regex.Pattern.compile(
                "[A-Z0-9]+(-[A-Z0-9]+)+|[a-z0-9]+\\.[a-z0-9]+\\.q[0-9]+|[a-z0-9_]{1,30}");
        try (Stream<java.nio.file.Path> walk = java.nio.file.Files.walk(RuleCases.RULES)) {
            for (java.nio.file.Path drl : walk.filter(p -> p.toString().endsWith(".drl")).toList()) {
                String[] lines = java.nio.file.Files.readString(drl).split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    String line = lines[i].strip();
                    if (line.startsWith("//") || line.startsWith("rule ")) {
                        continue; // comments and rule names are for the rule's reader, not for users
                    }
                    var matcher = literal.matcher(line);
                    while (matcher.find()) {
                        assertTrue(allowed.matcher(matcher.group(1)).matches(), drl + ":" + (i + 1)
                                + ": text \"" + matcher.group(1) + "\" belongs in the findings file, not in the rule");
                    }
                }
            }
        }
    }

    @Test
    void findingsAndActionsNameATopicOfTheirQuestionnaire() {
        for (RuleCases file : caseFiles) {
            Questionnaire questionnaire = catalog.find(file.questionnaire()).orElseThrow();
            for (RuleCases.Case row : file.cases()) {
                AssessmentResult result = score(file, row);
                result.findings().forEach(f -> assertTrue(questionnaire.topic(f.topic()).isPresent(),
                        f.ruleId() + " raises a finding on unknown topic " + f.topic()));
                result.actions().forEach(a -> assertTrue(questionnaire.topic(a.topic()).isPresent(),
                        a.ruleId() + " recommends an action on unknown topic " + a.topic()));
            }
        }
    }

    @Test
    void everyRuleNameStartsWithAUniqueId() {
        Map<String, Integer> counts = new TreeMap<>();
        ruleBook.kieBase().getKiePackages().forEach(p -> p.getRules().forEach(r -> {
            assertTrue(r.getName().matches("[A-Z0-9]+(-[A-Z0-9]+)+ \\S.*"), "rule name without id: " + r.getName());
            counts.merge(id(r.getName()), 1, Integer::sum);
        }));
        counts.forEach((id, n) -> assertEquals(1, n, "rule id used " + n + " times: " + id));
    }

    @Test
    void everyTopicHasRulesAndAtLeastThreeCases() {
        for (Questionnaire questionnaire : catalog.all()) {
            for (var topic : questionnaire.topics()) {
                var dir = RuleCases.RULES.resolve(questionnaire.id());
                assertTrue(dir.resolve(topic.id() + ".drl").toFile().isFile(), "no rule file for " + topic.id());
                long rows = caseFiles.stream()
                        .filter(f -> questionnaire.id().equals(f.questionnaire()) && topic.id().equals(f.topic()))
                        .mapToLong(f -> f.cases().size()).sum();
                assertTrue(rows >= 3, questionnaire.id() + " " + topic.id() + " has " + rows + " cases, needs 3");
            }
        }
    }

    @Test
    void everyCaseNamesAKnownQuestionnaireAndQuestions() {
        for (RuleCases file : caseFiles) {
            Questionnaire questionnaire = catalog.find(file.questionnaire())
                    .orElseThrow(() -> new AssertionError(file.file() + ": unknown questionnaire " + file.questionnaire()));
            file.cases().forEach(row -> row.normalizedAnswers(questionnaire));
        }
    }

    private static Finding finding(AssessmentResult result, String ruleId) {
        return result.findings().stream().filter(f -> f.ruleId().equals(ruleId)).findFirst()
                .orElseThrow(() -> new AssertionError("no finding " + ruleId));
    }

    private static AssessmentResult score(RuleCases file, RuleCases.Case row) {
        Questionnaire questionnaire = catalog.find(file.questionnaire()).orElseThrow();
        return scorer.score(questionnaire, row.normalizedAnswers(questionnaire), row.context());
    }

    private static Set<String> ruleIds() {
        Set<String> ids = new TreeSet<>();
        ruleBook.kieBase().getKiePackages().forEach(p -> p.getRules().forEach(r -> ids.add(id(r.getName()))));
        return ids;
    }

    private static String id(String name) {
        return name.split(" ", 2)[0];
    }
}
