package nl.vptscan.result;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One topic's score: points out of the maximum, the percentage, the level 0–4, and, when the level is below the
 * level the percentage alone gives, {@code cappedBy}: the id of the finding that capped it.
 */
@Serdeable
public record TopicResult(String topic, double points, double max, double percentage, int level,
                          @Nullable String cappedBy) {

    /** True when the topic had points to earn; a topic of only n.v.t. answers does not count. */
    public boolean applicable() {
        return max > 0;
    }

    public String colour() {
        return LevelScale.colour(level);
    }
}
