package nl.vptscan.result;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The level rules of a result: the overall level and its cap, and which finding explains a capped topic. */
class LevelScaleTest {

    private static Finding finding(String ruleId, String topic, Severity severity) {
        return new Finding(ruleId, topic, severity, "nl", "en", "", List.of());
    }

    private static TopicResult topic(String id, int level) {
        return new TopicResult(id, 1, 1, 100, level, null);
    }

    @Test
    void anUnmetLegalDutyKeepsTheOverallLevelAtPartial() {
        assertEquals(LevelScale.PARTIAL, LevelScale.overall(97, List.of(topic("p01", 4), topic("p03", 2)), 1));
        assertEquals(LevelScale.INITIAL, LevelScale.overall(30, List.of(topic("p01", 1)), 2));
    }

    @Test
    void overallIsEmbeddedOnlyWhenEveryApplicableTopicIs() {
        TopicResult notApplicable = new TopicResult("p08", 0, 0, 0, 0, null);
        assertEquals(LevelScale.EMBEDDED, LevelScale.overall(100, List.of(topic("p01", 4), notApplicable), 0));
        assertEquals(LevelScale.IN_PLACE, LevelScale.overall(100, List.of(topic("p01", 4), topic("p02", 3)), 0));
    }

    @Test
    void aCappedTopicNamesItsFirstViolationBeforeAnyWarning() {
        List<Finding> findings = List.of(finding("AI11-P03-04", "p03", Severity.WARNING),
                finding("AI11-P03-02", "p03", Severity.VIOLATION), finding("AI11-P01-01", "p01", Severity.VIOLATION));
        assertEquals(Optional.of("AI11-P03-02"), LevelScale.cappedBy("p03", 75, 2, findings));
    }

    @Test
    void aTopicCappedByARuleWithoutViolationNamesItsWarning() {
        List<Finding> findings = List.of(finding("AI11-P10-03", "p10", Severity.WARNING));
        assertEquals(Optional.of("AI11-P10-03"), LevelScale.cappedBy("p10", 80, 2, findings));
    }

    @Test
    void aTopicAtTheLevelItsPercentageGivesIsNotCapped() {
        List<Finding> findings = List.of(finding("AI11-P03-02", "p03", Severity.VIOLATION));
        assertEquals(Optional.empty(), LevelScale.cappedBy("p03", 60, 2, findings));
    }

    @Test
    void levelWordsAreTheSameEverywhere() {
        assertEquals("2 gedeeltelijk", LevelScale.label(2, "nl"));
        assertEquals("3 op orde", LevelScale.label(3, "nl"));
        assertEquals("4 embedded", LevelScale.label(4, "en"));
    }

    @Test
    void workbooksNameLevelsAndSeveritiesAsThePagesDo() throws java.io.IOException {
        java.util.Properties nl = bundle("i18n/messages.properties");
        java.util.Properties en = bundle("i18n/messages_en.properties");
        for (int level = 0; level <= 4; level++) {
            assertEquals(level + " " + nl.getProperty("level." + level), LevelScale.label(level, "nl"));
            assertEquals(level + " " + en.getProperty("level." + level), LevelScale.label(level, "en"));
        }
        for (Severity severity : Severity.values()) {
            assertEquals(nl.getProperty("severity." + severity), severity.word("nl"));
            assertEquals(en.getProperty("severity." + severity), severity.word("en"));
        }
    }

    private static java.util.Properties bundle(String name) throws java.io.IOException {
        java.util.Properties properties = new java.util.Properties();
        try (var in = new java.io.InputStreamReader(java.nio.file.Files.newInputStream(
                java.nio.file.Path.of("src/main/resources", name)), java.nio.charset.StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
