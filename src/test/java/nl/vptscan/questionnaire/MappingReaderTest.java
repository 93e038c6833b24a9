package nl.vptscan.questionnaire;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MappingReaderTest {

    private static QuestionnaireCatalog questionnaires;
    private static InstrumentMapping shipped;

    @TempDir
    Path folder;

    @BeforeAll
    static void loadTheShippedMapping() {
        questionnaires = QuestionnaireCatalog.load(Path.of("questionnaires"), LegalCatalogue.inRules(Path.of("rules")));
        shipped = MappingCatalog.load(Path.of("questionnaires/mappings"), questionnaires)
                .between("vpt-8-maatregelen", "ai-agressie-11").orElseThrow();
    }

    /**
     * The high and medium rows of the domain review's table, as question pairs with the way an answer travels; the
     * low rows (p03.q1 and p04.q3 against m1.q3, p11.q3 against m8.q4) are left out.
     */
    @Test
    void holdsExactlyTheHighAndMediumRowsOfTheDomainReview() {
        java.util.Set<String> expected = java.util.Set.of(
                "p02.q1>m2.q1", "m2.q1>p02.q1", "m3.q1>p02.q2", "p02.q2>m3.q1", "p02.q3>m3.q3", "m3.q3>p02.q3",
                "p02.q4>m3.q4", "m3.q4>p02.q4", "p03.q2>m4.q1", "m4.q1>p03.q2", "p03.q3>m4.q3", "m4.q3>p03.q3",
                "p03.q4>m4.q4", "m4.q4>p03.q4", "m1.q1>p05.q1", "m1.q1>p05.q3", "p05.q2>m1.q2", "m1.q2>p05.q2",
                "p05.q4>m1.q4", "m1.q4>p05.q4", "m8.q1>p09.q1", "p09.q1>m8.q1", "p09.q3>m8.q2", "m8.q2>p09.q3",
                "p10.q1>m5.q1", "m5.q1>p10.q1", "p10.q2>m6.q1", "p10.q2>m6.q2", "p10.q3>m7.q1", "m7.q1>p10.q3",
                "p10.q4>m5.q2", "m5.q2>p10.q4", "p11.q2>m8.q5", "m8.q5>p11.q2");
        java.util.Set<String> links = new java.util.TreeSet<>();
        shipped.links().forEach(l -> links.add(l.fromQuestion().replaceFirst("^(ai11|vpt8)\\.", "") + ">"
                + l.toQuestion().replaceFirst("^(ai11|vpt8)\\.", "")));
        assertEquals(new java.util.TreeSet<>(expected), links);
    }

    @Test
    void carriesTheEightMeasuresOverToTheElevenPoints() {
        LocalDate evaluated = LocalDate.of(2026, 3, 1);
        Map<String, InstrumentMapping.Carried> carried = shipped.carry("vpt-8-maatregelen", Map.of(
                "vpt8.m4.q1", "deel", "vpt8.m3.q1", "yes", "vpt8.m1.q1", "yes", "vpt8.m8.q5", evaluated,
                "vpt8.m5.q2", 80.0, "vpt8.m4.q3", "partly"));
        assertEquals("some", carried.get("ai11.p03.q2").value());
        assertEquals("yes", carried.get("ai11.p02.q2").value());
        assertEquals("yes", carried.get("ai11.p05.q1").value());
        assertEquals("yes", carried.get("ai11.p05.q3").value());
        assertEquals(evaluated, carried.get("ai11.p11.q2").value());
        assertEquals(80.0, carried.get("ai11.p10.q4").value());
        assertFalse(carried.containsKey("ai11.p03.q3"), "'partly' has no counterpart");
        assertEquals(InstrumentMapping.Confidence.HIGH, carried.get("ai11.p03.q2").link().confidence());
    }

    @Test
    void carriesOnlyWhatALinkOneWayAllows() {
        assertFalse(shipped.carry("ai-agressie-11", Map.of("ai11.p02.q2", "yes")).containsKey("vpt8.m3.q1"),
                "a registration does not mean every incident is recorded centrally");
        assertEquals("no", shipped.carry("ai-agressie-11", Map.of("ai11.p02.q2", "no")).get("vpt8.m3.q1").value());
        assertEquals("alle", shipped.carry("ai-agressie-11", Map.of("ai11.p03.q2", "all")).get("vpt8.m4.q1").value());
    }

    @Test
    void refusesAnUnknownQuestionWithFileAndLine() throws IOException {
        String message = refused(link("ai11.p02.q1", "vpt8.m2.q99", "both", "high", "{\"yes\": \"yes\"}"));
        assertTrue(message.endsWith(".yaml:5: unknown question 'vpt8.m2.q99' in vpt-8-maatregelen version 2026.2"), message);
    }

    @Test
    void refusesAnUnknownValue() throws IOException {
        String message = refused(link("ai11.p03.q2", "vpt8.m4.q1", "both", "high", "{\"al\": \"alle\"}"));
        assertTrue(message.contains(".yaml:9: 'al' is not a value of ai11.p03.q2"), message);
    }

    @Test
    void refusesAValueTheTargetDoesNotAllow() throws IOException {
        String message = refused(link("ai11.p03.q3", "vpt8.m4.q3", "a-to-b", "medium", "{\"yes\": \"ja\"}"));
        assertTrue(message.contains("'yes' maps to 'ja', which vpt8.m4.q3 does not allow"), message);
    }

    @Test
    void refusesATwoWayLinkThatIsNotOneToOne() throws IOException {
        String message = refused(link("ai11.p02.q3", "vpt8.m3.q3", "both", "high", "{\"yes\": \"yes\", \"partly\": \"yes\"}"));
        assertTrue(message.contains("must map one to one"), message);
    }

    @Test
    void refusesSameForQuestionsOfDifferentTypes() throws IOException {
        String message = refused(link("ai11.p02.q4", "vpt8.m3.q3", "both", "high", "same"));
        assertTrue(message.contains("'values: same' needs two date, percentage, number or text questions"), message);
    }

    @Test
    void refusesLowConfidenceAndUnknownKeys() throws IOException {
        assertTrue(refused(link("ai11.p02.q1", "vpt8.m2.q1", "both", "low", "{\"yes\": \"yes\"}"))
                .contains("'confidence' must be high or medium"));
        assertTrue(refused("a: ai-agressie-11\nb: vpt-8-maatregelen\nlinks: []\nextra: 1\n").contains(":4: unknown key 'extra'"));
        assertTrue(refused(link("ai11.p02.q1", "vpt8.m2.q1", "sideways", "high", "{\"yes\": \"yes\"}"))
                .contains("'direction' must be both, a-to-b or b-to-a"));
    }

    private String link(String a, String b, String direction, String confidence, String values) {
        return "a: ai-agressie-11\nb: vpt-8-maatregelen\nlinks:\n  - a: " + a + "\n    b: " + b + "\n    direction: "
                + direction + "\n    confidence: " + confidence + "\n    note: test\n    values: " + values + "\n";
    }

    private String refused(String text) throws IOException {
        Files.writeString(folder.resolve("a--b.yaml"), text);
        return assertThrows(QuestionnaireException.class, () -> MappingCatalog.load(folder, questionnaires)).getMessage();
    }
}
