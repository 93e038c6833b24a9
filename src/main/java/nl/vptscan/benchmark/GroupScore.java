package nl.vptscan.benchmark;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import nl.vptscan.questionnaire.Text;

/**
 * One score (overall, or a topic by id) over a group: its distribution, or, when the group is too small, no
 * figures but the reason. {@code percentile} is the asking member's place in the group (member view only).
 */
@Serdeable
public record GroupScore(String topic, Text title, long organisations, @Nullable Distribution distribution,
                         @Nullable Text withheld, @Nullable Double percentile) {
}
