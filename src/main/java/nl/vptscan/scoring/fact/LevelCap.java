package nl.vptscan.scoring.fact;

/**
 * A rule's limit on a topic's level whatever its points, e.g. "at most partial (2) while fewer than half
 * of the perpetrators get a response within 48 hours".
 */
public record LevelCap(String topic, int maxLevel) {

    public LevelCap {
        if (maxLevel < 0 || maxLevel > 4) {
            throw new IllegalArgumentException("maxLevel must be 0..4, not " + maxLevel);
        }
    }
}
