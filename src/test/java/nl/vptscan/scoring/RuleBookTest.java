package nl.vptscan.scoring;

import nl.vptscan.questionnaire.LegalCatalogue;
import nl.vptscan.questionnaire.QuestionnaireCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleBookTest {

    private static final Path MINI = Path.of("src/test/resources/rules-mini");
    private static final Path BROKEN_DATA = Path.of("src/test/resources/rules-data-broken");
    private static final QuestionnaireCatalog QUESTIONNAIRES =
            QuestionnaireCatalog.load(Path.of("src/test/resources/questionnaires-valid"), LegalCatalogue.inRules(Path.of("rules")));

    @Test
    void namesFileAndLineOfARuleThatDoesNotCompile() {
        RuleCompilationException error = assertThrows(RuleCompilationException.class,
                () -> RuleBook.compile(Path.of("src/test/resources/rules-broken"), QUESTIONNAIRES));
        assertTrue(error.getMessage().startsWith("src/test/resources/rules-broken/mini/t1.drl:"), error.getMessage());
        assertTrue(error.getMessage().matches("(?s).*t1\\.drl:[789]:.*"), error.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown-key        | mini/t1.findings.yaml:3: unknown key 'colour' in finding 'MINI-T1-01' (allowed: [action, finding, legal, level_cap, norm, severity, topic])
            wrong-type         | mini/t1.findings.yaml:8: 'priority' must be a whole number, got 'high'
            missing-key        | mini/t1.findings.yaml:2: missing 'norm' (with nl and en)
            unknown-topic      | mini/t1.findings.yaml:2: unknown topic 't9' (topics: [t1])
            unknown-legal-key  | mini/t1.findings.yaml:5: unknown legal key 'arbowet-9-9' (not in legal.yaml)
            raised-not-defined | mini/t1.drl:19: rule raises 'MINI-T1-02', which is not in t1.findings.yaml
            defined-not-raised | mini/t1.findings.yaml:11: finding 'MINI-T1-09' is raised by no rule in t1.drl
            raise-without-id   | mini/t1.drl:12: raise needs the finding id in quotes as its first argument
            legal-wrong-kind   | legal.yaml:2: kind must be law or programme, got 'statute'
            after-unknown      | mini/t1.findings.yaml:21: finding 'MINI-T1-04' comes after 'MINI-T1-07', which no findings file defines
            after-cycle        | mini/t1.findings.yaml:11: finding 'MINI-T1-01' comes after itself: MINI-T1-01 after MINI-T1-04 after MINI-T1-01
            """)
    void refusesBrokenFindingsOrLegalDataNamingFileAndLine(String fixture, String problem) {
        Path folder = BROKEN_DATA.resolve(fixture);
        RuleCompilationException error = assertThrows(RuleCompilationException.class,
                () -> RuleBook.compile(folder, QUESTIONNAIRES));
        assertEquals(folder + "/" + problem, error.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown-key      | 9: unknown key 'finding' in a case (allowed: [answers, context, findings, legal, levels, name, severity])
            wrong-type       | 8: 't1' must be a whole number, got 'high'
            missing-key      | 4: missing 'findings'
            unknown-severity | 9: severity must be VIOLATION, WARNING or ADVICE, got 'FATAL'
            wrong-topic      | 2: topic 't2' does not match the file name t1.cases.yaml
            """)
    void refusesABrokenCaseTableNamingFileAndLine(String fixture, String problem) {
        Path file = Path.of("src/test/resources/cases-broken", fixture, "mini/t1.cases.yaml");
        RuleCompilationException error = assertThrows(RuleCompilationException.class, () -> RuleDataReader.cases(file));
        assertEquals(file + ":" + problem, error.getMessage());
    }

    @Test
    void readsTheOrderGroupAndCheckOfAnActionIntoTheAction(@TempDir Path copy) throws IOException {
        copyTree(BROKEN_DATA.resolve("after-unknown"), copy);
        Path findings = copy.resolve("mini/t1.findings.yaml");
        Files.writeString(findings, Files.readString(findings).replace(", MINI-T1-07]", "]"));
        FindingDefinition definition = RuleBook.compile(copy, QUESTIONNAIRES).finding("MINI-T1-04");
        assertEquals(java.util.List.of("MINI-T1-01"), definition.after());
        nl.vptscan.scoring.fact.Action action = definition.toAction();
        assertEquals(java.util.List.of("MINI-T1-01"), action.after());
        assertEquals("Baliemedewerkers", action.groupNl());
        assertEquals("Front desk staff", action.groupEn());
        assertEquals("Presentielijst.", action.checkNl());
        assertEquals("Attendance list.", action.checkEn());
        assertEquals("leidinggevende", action.ownerRole());
    }

    @Test
    void refusesAnEmptyFolder(@TempDir Path empty) {
        assertThrows(RuleCompilationException.class, () -> RuleBook.compile(empty, QUESTIONNAIRES));
    }

    @Test
    void versionIsAHashOfTheRuleFilesFindingsAndLegalCatalogue(@TempDir Path copy) throws IOException {
        String original = RuleBook.compile(MINI, QUESTIONNAIRES).version();
        assertEquals(original, RuleBook.compile(MINI, QUESTIONNAIRES).version());

        copyTree(MINI, copy);
        Files.writeString(copy.resolve("mini/t1.drl"),
                Files.readString(MINI.resolve("mini/t1.drl")).replace("number > 100", "number > 50"));
        assertNotEquals(original, RuleBook.compile(copy, QUESTIONNAIRES).version());

        copyTree(MINI, copy);
        assertEquals(original, RuleBook.compile(copy, QUESTIONNAIRES).version());
        Files.writeString(copy.resolve("mini/t1.findings.yaml"),
                Files.readString(MINI.resolve("mini/t1.findings.yaml")).replace("Geen beleid.", "Geen beleid!"));
        assertNotEquals(original, RuleBook.compile(copy, QUESTIONNAIRES).version());
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
