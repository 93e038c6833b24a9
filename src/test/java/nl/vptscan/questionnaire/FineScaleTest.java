package nl.vptscan.questionnaire;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Beleidsregel's fine amounts and size shares as the legal catalogue holds them, and its strict reading. */
class FineScaleTest {

    private static final LegalCatalogue LEGAL = LegalCatalogue.inRules(Path.of("rules"));

    @ParameterizedTest(name = "{0} employees pay {1}%")
    @CsvSource({"1, 10", "4, 10", "5, 20", "9, 20", "10, 30", "39, 30", "40, 50", "99, 50", "100, 60", "249, 60",
            "250, 80", "499, 80", "500, 100", "12000, 100"})
    void scalesTheBaseAmountBySizeAsTheBeleidsregelDoes(int employees, int percent) {
        assertEquals(percent, LEGAL.fines().orElseThrow().percent(employees));
    }

    @Test
    void anAggressionPolicyViolationAtAMidSizedEmployerIsEightyPercentOfCategoryThree() {
        IndicativeFine fine = LEGAL.fines().orElseThrow()
                .indicative(LEGAL.find("arbowet-3-2").orElseThrow(), 420).orElseThrow();
        assertEquals(3, fine.category());
        assertEquals(1500, fine.base());
        assertEquals(80, fine.percent());
        assertEquals(1200, fine.amount());
        assertEquals("OO", fine.offence());
    }

    @Test
    void aProvisionWithOnlyACategoryGetsTheCategorysAmount() {
        LegalProvision evaluation = LEGAL.find("arbowet-3-4").orElseThrow();
        assertEquals(2, evaluation.fineCategory());
        assertEquals(750, evaluation.fineBase());
    }

    @Test
    void aProgrammeNormHasNoIndicativeFine() {
        assertTrue(LEGAL.fines().orElseThrow().indicative(LEGAL.find("vpt-7").orElseThrow(), 420).isEmpty());
    }

    @Test
    void theFiguresNameTheirSource() {
        assertTrue(LEGAL.fines().orElseThrow().source().nl().contains("Beleidsregel boeteoplegging"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "base not the category's | 'categories: {1: 340, 2: 750}'   | '  fine_category: 2\n  fine_base: 800' | 12 | fine_base 800 of provision 'a-1' is not the amount of category 2 under 'fines' (750)",
            "category gap            | 'categories: {1: 340, 3: 1500}'  | '  fine_category: 1'                  | 2  | fine categories must count up from 1 without gaps, got 3",
            "category unknown        | 'categories: {1: 340, 2: 750}'   | '  fine_category: 3'                  | 11 | 'fine_category' must be between 1 and 2, got 3",
            "amounts fall            | 'categories: {1: 750, 2: 340}'   | '  fine_category: 1'                  | 2  | the amount of category 2 must be higher than that of category 1"})
    void aBrokenFineSectionNamesFileAndLine(String name, String categories, String provisionFine, int line, String problem,
                                            @TempDir Path folder) throws IOException {
        Path file = folder.resolve("legal.yaml");
        Files.writeString(file, "fines:\n"
                + "  " + categories + "\n"
                + "  source: {nl: bron, en: source}\n"
                + "  size_shares:\n"
                + "    - {below: 5, percent: 10}\n"
                + "    - {percent: 100}\n"
                + "a-1:\n"
                + "  kind: law\n"
                + "  citation: {nl: a, en: a}\n"
                + "  summary: {nl: a, en: a}\n"
                + provisionFine + "\n");
        QuestionnaireException e = assertThrows(QuestionnaireException.class, () -> LegalCatalogue.read(file));
        assertEquals(file + ":" + line + ": " + problem, e.getMessage());
    }

    @Test
    void aSizeShareWithoutBoundBeforeTheLastIsRefused(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("legal.yaml");
        Files.writeString(file, """
                fines:
                  source: {nl: bron, en: source}
                  categories: {1: 340}
                  size_shares:
                    - {percent: 10}
                    - {percent: 100}
                """);
        QuestionnaireException e = assertThrows(QuestionnaireException.class, () -> LegalCatalogue.read(file));
        assertEquals(file + ":5: only the last size share may leave out 'below'", e.getMessage());
    }
}
