package nl.vptscan.scoring;

import io.micronaut.serde.annotation.Serdeable;
import nl.vptscan.result.LevelScale;

/**
 * How far one topic is in place: points earned out of the maximum, as a percentage, and as a level
 * 0 absent · 1 initial · 2 partial · 3 in place · 4 embedded.
 */
@Serdeable
public record TopicScore(String topic, double points, double max, double percentage, int level) {

    public static final int ABSENT = LevelScale.ABSENT;
    public static final int INITIAL = LevelScale.INITIAL;
    public static final int PARTIAL = LevelScale.PARTIAL;
    public static final int IN_PLACE = LevelScale.IN_PLACE;
    public static final int EMBEDDED = LevelScale.EMBEDDED;

    /** The level the percentage alone gives, before caps and before "embedded" is considered. */
    public static int levelFor(double percentage) {
        return LevelScale.forPercentage(percentage);
    }
}
