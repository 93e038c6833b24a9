package nl.vptscan.result;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * The levels 0 absent · 1 initial · 2 partial · 3 in place · 4 embedded, for topics and the overall result alike.
 * A percentage gives 0–3 (below 25, 50, 75); the overall result is embedded when every applicable topic is, and at
 * most partial while any legal duty is unmet.
 */
public final class LevelScale {

    public static final int ABSENT = 0;
    public static final int INITIAL = 1;
    public static final int PARTIAL = 2;
    public static final int IN_PLACE = 3;
    public static final int EMBEDDED = 4;

    private LevelScale() {
    }

    /** The level with its word, as pages and workbooks show it: "2 gedeeltelijk", "2 partial". */
    public static String label(int level, String lang) {
        return level + " " + word(level, lang);
    }

    /** The word of a level, from the message bundles the pages use too ({@code level.<n>}). */
    public static String word(int level, String lang) {
        return Words.get(lang, "level." + level);
    }

    /** The level the percentage alone gives. */
    public static int forPercentage(double percentage) {
        if (percentage >= 75) {
            return IN_PLACE;
        }
        if (percentage >= 50) {
            return PARTIAL;
        }
        return percentage >= 25 ? INITIAL : ABSENT;
    }

    /** Traffic-light colour of a level: red (0–1), orange (2), green (3–4). */
    public static String colour(int level) {
        return level >= IN_PLACE ? "green" : level == PARTIAL ? "orange" : "red";
    }

    /** The overall level of a result with this overall percentage, these topics and this many unmet legal duties. */
    public static int overall(double overall, Collection<TopicResult> topics, int unmetDuties) {
        int level = forPercentage(overall);
        boolean anyApplicable = false;
        boolean allEmbedded = true;
        for (TopicResult topic : topics) {
            if (topic.applicable()) {
                anyApplicable = true;
                allEmbedded &= topic.level() == EMBEDDED;
            }
        }
        allEmbedded &= anyApplicable;
        if (level == IN_PLACE && allEmbedded) {
            level = EMBEDDED;
        }
        return unmetDuties > 0 ? Math.min(level, PARTIAL) : level;
    }

    /** The number of legal duties a result leaves unmet: its VIOLATION findings. */
    public static int unmetDuties(Collection<Finding> findings) {
        int unmet = 0;
        for (Finding finding : findings) {
            if (finding.severity() == Severity.VIOLATION) {
                unmet++;
            }
        }
        return unmet;
    }

    /**
     * The finding that explains why a topic's level is below what its percentage gives: its first VIOLATION when
     * the level is at most partial, else its first WARNING, else its first finding; empty when the level is not
     * capped or no finding of the topic explains it.
     */
    public static Optional<String> cappedBy(String topic, double percentage, int level, Collection<Finding> findings) {
        if (level >= forPercentage(percentage)) {
            return Optional.empty();
        }
        Comparator<Finding> order = Comparator.comparing(Finding::ruleId);
        var ofTopic = findings.stream().filter(f -> f.topic().equals(topic)).sorted(order).toList();
        if (level <= PARTIAL) {
            Optional<Finding> violation = ofTopic.stream().filter(f -> f.severity() == Severity.VIOLATION).findFirst();
            if (violation.isPresent()) {
                return violation.map(Finding::ruleId);
            }
        }
        return ofTopic.stream().filter(f -> f.severity() == Severity.WARNING).findFirst()
                .or(() -> ofTopic.stream().findFirst()).map(Finding::ruleId);
    }
}
