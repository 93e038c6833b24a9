package nl.vptscan.questionnaire;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuestionnaireReaderTest {

    private static final Path BROKEN = Path.of("src/test/resources/questionnaires-broken");
    private static final Path VALID = Path.of("src/test/resources/questionnaires-valid/mini.yaml");
    private static final LegalCatalogue LEGAL = LegalCatalogue.inRules(Path.of("rules"));

    @Test
    void readsAValidFile() {
        Questionnaire mini = QuestionnaireReader.read(VALID, LEGAL);
        assertEquals("mini", mini.id());
        assertEquals(1, mini.topics().size());
        assertEquals(2.0, mini.topics().get(0).weight());
        Question groups = mini.question("mini.t1.q2").orElseThrow();
        assertEquals(QuestionType.MULTI_CHOICE, groups.type());
        assertEquals(List.of("balie", "buiten", "na"), groups.allowedValues());
        assertEquals(new ShowIf("mini.t1.q1", List.of("yes")), groups.showIf());
        assertTrue(groups.scored());
        assertFalse(mini.question("mini.t1.q3").orElseThrow().scored());
    }

    @Test
    void hidesAQuestionWhoseConditionIsNotMet() {
        Questionnaire mini = QuestionnaireReader.read(VALID, LEGAL);
        Question groups = mini.question("mini.t1.q2").orElseThrow();
        assertTrue(mini.isVisible(groups, Map.of("mini.t1.q1", AnswerValue.YesNo.YES)));
        assertFalse(mini.isVisible(groups, Map.of("mini.t1.q1", AnswerValue.YesNo.NO)));
        assertFalse(mini.isVisible(groups, Map.of()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "duplicate-question-id     | 21 | duplicate question id 'mini.t1.q1'",
            "duplicate-topic-id        | 13 | duplicate topic id 't1' (first on line 5)",
            "unknown-type              | 23 | unknown question type 'numeric'",
            "choice-without-options    | 13 | needs options",
            "show-if-later-question    | 20 | refers to 'mini.t1.q3', which is not an earlier question",
            "show-if-invalid-value     | 20 | show_if value 'misschien' is not an answer of 'mini.t1.q1'",
            "credited-if-later-question | 20 | credited_if of 'mini.t1.q2' refers to 'mini.t1.q3', which is not an earlier question",
            "missing-english           | 11 | 'text' has no English (en) text",
            "zero-topic-weight         | 8  | topic weight must be greater than 0",
            "not-a-number-weight       | 8  | 'weight' must be a number, got 'zwaar'",
            "invalid-yaml              | 11 | not valid YAML",
            "unknown-key               | 8  | unknown key 'wieght' in a topic",
            "option-score-out-of-range | 18 | option score must be between 0 and 1",
            "min-above-max             | 24 | min 200000.0 is greater than max 100000.0",
            "unknown-legal-provision   | 9  | unknown legal provision \"arbowet-99-9\" (not in legal.yaml)",
            "legal-free-text           | 7  | legal of topic 't1' must be a list of keys of the legal catalogue",
            "legal-empty               | 7  | topic 't1' needs at least one legal key",
            "legal-twice               | 8  | legal provision \"arbowet-3-2\" is cited twice in topic 't1'",
    })
    void reportsFileLineAndProblem(String fixture, int line, String problem) {
        Path file = BROKEN.resolve(fixture + ".yaml");
        QuestionnaireException error = assertThrows(QuestionnaireException.class, () -> QuestionnaireReader.read(file, LEGAL));
        assertTrue(error.getMessage().startsWith(file + ":" + line + ": "), error.getMessage());
        assertTrue(error.getMessage().contains(problem), error.getMessage());
        assertFalse(error.getMessage().contains("\n"), "one line: " + error.getMessage());
    }

    @Test
    void topicsCiteTheirLegalBasisFromTheCatalogueInEitherLanguage() {
        Topic topic = QuestionnaireReader.read(VALID, LEGAL).topics().get(0);
        assertEquals(List.of("arbowet-3-2"), topic.legal().stream().map(LegalProvision::key).toList());
        assertEquals("Arbowet art. 3 lid 2", topic.citations("nl"));
        assertEquals("Working Conditions Act art. 3(2)", topic.citations("en"));
    }

    @Test
    void everyShippedTopicCitesTheLawOrAProgrammeNormFromTheCatalogue() {
        Topic first = QuestionnaireCatalog.load(Path.of("questionnaires"), LEGAL).find("ai-agressie-11").orElseThrow()
                .topics().get(0);
        assertEquals("Working Conditions Act art. 5(1); Working Conditions Decree art. 2.15(1)", first.citations("en"));
        assertEquals("Arbowet art. 5 lid 1; Arbobesluit art. 2.15 lid 1", first.citations("nl"));
    }

    @Test
    void rejectsAnEmptyFile() {
        QuestionnaireException error = assertThrows(QuestionnaireException.class,
                () -> QuestionnaireReader.read("empty.yaml", "", LEGAL));
        assertEquals("empty.yaml:1: file is empty", error.getMessage());
    }

    @Test
    void rejectsTwoFilesWithTheSameId() {
        QuestionnaireException error = assertThrows(QuestionnaireException.class,
                () -> QuestionnaireCatalog.load(Path.of("src/test/resources/questionnaires-twice"), LEGAL));
        assertTrue(error.getMessage().contains("questionnaire id 'mini' is also used by"), error.getMessage());
    }

    @Test
    void loadsTheShippedQuestionnaires() {
        QuestionnaireCatalog catalog = QuestionnaireCatalog.load(Path.of("questionnaires"), LEGAL);
        Questionnaire inspectorate = catalog.find("ai-agressie-11").orElseThrow();
        assertEquals(11, inspectorate.topics().size());
        Questionnaire vpt = catalog.find("vpt-8-maatregelen").orElseThrow();
        assertEquals(8, vpt.topics().size());
        for (Questionnaire q : catalog.all()) {
            q.topics().forEach(t -> assertTrue(t.questions().size() >= 2 && t.questions().size() <= 12,
                    q.id() + " " + t.id() + " has " + t.questions().size() + " questions"));
        }
    }
}
