package nl.vptscan.questionnaire;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The migration files between questionnaire versions are read strictly, and say where an answer goes. */
class QuestionnaireMigrationTest {

    private static final String HEADER = "questionnaire: ai-agressie-11\nfrom: \"2026.1\"\nto: \"2026.2\"\n";

    @TempDir
    Path folder;

    @Test
    void shippedMigrationSplitsTheDoubleQuestionsAndMovesOnlyAnswersThatSayBoth() {
        QuestionnaireCatalog catalog = QuestionnaireCatalog.load(Path.of("questionnaires"), LegalCatalogue.inRules(Path.of("rules")));
        QuestionnaireMigration migration = catalog.migration("ai-agressie-11", "2026.1").orElseThrow();

        assertEquals(List.of("ai11.p01.q3", "ai11.p01.q5"),
                migration.targets("ai11.p01.q3").stream().map(QuestionnaireMigration.Target::questionId).toList());
        Questionnaire current = catalog.find("ai-agressie-11").orElseThrow();
        QuestionnaireMigration.Target p06 = migration.targets("ai11.p06.q1").get(1);
        assertEquals(AnswerValue.YesNo.YES, p06.map("yes", current.question(p06.questionId()).orElseThrow()));
        QuestionnaireMigration.Target p09 = migration.targets("ai11.p09.q2").get(1);
        assertNull(p09.map("no", current.question(p09.questionId()).orElseThrow()));
        assertEquals(AnswerValue.YesNo.PARTLY, migration.targets("ai11.p02.q3").get(0)
                .map("partly", current.question("ai11.p02.q3").orElseThrow()), "unlisted questions keep id and value");
        assertTrue(catalog.migration("vpt-8-maatregelen", "2026.1").isPresent());
        assertTrue(catalog.migration("ai-agressie-11", "2026.2").isEmpty());
    }

    @Test
    void rejectsATargetThatIsNotAQuestionOfTheNewVersion() throws IOException {
        String message = load(HEADER + "questions:\n  ai11.p01.q3:\n    - to: ai11.p01.q99\n");
        assertTrue(message.endsWith("m.yaml:6: unknown question 'ai11.p01.q99' in ai-agressie-11 2026.2"), message);
    }

    @Test
    void rejectsAValueTheNewQuestionDoesNotAccept() throws IOException {
        String message = load(HEADER + "questions:\n  ai11.p01.q3:\n    - to: ai11.p01.q5\n      values: {yes: maybe}\n");
        assertTrue(message.contains("m.yaml:7: value 'maybe' does not fit 'ai11.p01.q5'"), message);
    }

    @Test
    void rejectsAMigrationToAnotherThanTheCurrentVersion() throws IOException {
        String message = load("questionnaire: ai-agressie-11\nfrom: \"2025.1\"\nto: \"2025.9\"\nquestions: {}\n");
        assertTrue(message.contains("m.yaml:3: 'to' is 2025.9 but ai-agressie-11 is at version 2026.2"), message);
    }

    @Test
    void rejectsAnUnknownKey() throws IOException {
        String message = load(HEADER + "questions: {}\nnotes: x\n");
        assertTrue(message.contains("m.yaml:5: unknown key 'notes'"), message);
    }

    /** Loads the shipped questionnaires with one extra migration file; returns the start-up error. */
    private String load(String migration) throws IOException {
        for (String name : List.of("ai-agressie-11.yaml", "vpt-8-maatregelen.yaml")) {
            Files.copy(Path.of("questionnaires", name), folder.resolve(name));
        }
        Files.createDirectories(folder.resolve("migrations"));
        Files.writeString(folder.resolve("migrations/m.yaml"), migration);
        return assertThrows(QuestionnaireException.class, () -> QuestionnaireCatalog.load(folder, LegalCatalogue.inRules(Path.of("rules")))).getMessage();
    }
}
