package nl.vptscan.registration;

import nl.vptscan.questionnaire.LegalCatalogue;
import nl.vptscan.questionnaire.QuestionnaireCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The registration files are read strictly: every problem is file:line, and the shipped files read. */
class RegistrationDataReaderTest {

    static QuestionnaireCatalog questionnaires;

    @TempDir
    Path folder;

    @BeforeAll
    static void questionnaires() {
        questionnaires = QuestionnaireCatalog.load(Path.of("questionnaires"), LegalCatalogue.inRules(Path.of("rules")));
    }

    @Test
    void theShippedFilesRead() {
        RegistrationCatalog catalog = RegistrationCatalog.load(Path.of("questionnaires/registrations"), questionnaires);
        assertEquals(List.of("vpt8.m5.q2", "ai11.p10.q4"), catalog.questions(Figure.RESPONSE_WITHIN_48H));
        assertEquals("standaard", catalog.source(RegistrationCatalog.DEFAULT_SOURCE).orElseThrow().id());
    }

    @Test
    void aFigureAnsweringAQuestionThatIsNoPercentageStopsStartUp() throws IOException {
        Path file = write("figures.yaml", "aftercare: [vpt8.m8.q2]\npolice_report:\n  - vpt8.m6.q1\n");
        assertEquals(file + ":3: question vpt8.m6.q1 is a yes_no question; a figure answers only percentage questions",
                message(() -> RegistrationDataReader.figures(file, questionnaires)));
    }

    @Test
    void anUnknownQuestionOrFigureStopsStartUp() throws IOException {
        Path unknownQuestion = write("figures.yaml", "aftercare: [vpt8.m99.q1]\n");
        assertEquals(unknownQuestion + ":1: unknown question 'vpt8.m99.q1'",
                message(() -> RegistrationDataReader.figures(unknownQuestion, questionnaires)));
        Path unknownFigure = write("figures.yaml", "\nnazorg: [vpt8.m8.q2]\n");
        assertEquals(unknownFigure + ":2: unknown figure 'nazorg' (allowed: [response_within_48h, police_report, "
                + "damage_claimed, aftercare])", message(() -> RegistrationDataReader.figures(unknownFigure, questionnaires)));
    }

    @Test
    void aSourceWithoutARequiredFieldOrWithAnUnknownKeyStopsStartUp() throws IOException {
        String title = "title: {nl: Proef, en: Trial}\n";
        Path missing = write("proef.yaml", "id: proef\n" + title + "columns:\n  date: [Datum]\n");
        assertEquals(missing + ":4: 'columns' has no headers for the required field 'job_group'",
                message(() -> RegistrationDataReader.source(missing)));
        Path unknown = write("proef.yaml", "id: proef\n" + title + "kolommen: {}\n");
        assertEquals(unknown + ":3: unknown key 'kolommen' in a registration source (allowed: [columns, crime_types, "
                + "id, personal_data, title])", message(() -> RegistrationDataReader.source(unknown)));
        Path twice = write("proef.yaml", "id: proef\n" + title + "columns:\n  date: [Datum]\n  unit: [\"datum \"]\n");
        assertEquals(twice + ":5: header 'datum' is listed for both date and unit (compared without case, spaces or "
                + "punctuation)", message(() -> RegistrationDataReader.source(twice)));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text);
    }

    private static String message(org.junit.jupiter.api.function.Executable read) {
        return assertThrows(RegistrationDataException.class, read).getMessage();
    }
}
