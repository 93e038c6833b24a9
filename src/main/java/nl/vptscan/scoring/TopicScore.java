package nl.vptscan.scoring;

import io.micronaut.serde.annotation.Serdeable;

/**
 * How far one topic is in place: points earned out of the maximum, as a percentage, and as a level
 * 0 absent · 1 initial · 2 partial · 3 in place · 4 embedded.
 */
@Serdeable
public record TopicScore(String topic, double points, double max, double percentage, int level) {

    public static final int ABSENT = 0;
    public static final int INITIAL = 1;
    public static final int PARTIAL = 2;
    public static final int IN_PLACE = 3;
    public static final int EMBEDDED = 4;

    /** The level the percentage alone gives, before caps and before "embedded" is considered. */
    public static int levelFor(double percentage) {
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
}
