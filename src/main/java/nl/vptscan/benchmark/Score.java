package nl.vptscan.benchmark;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A member's score on the overall result (topic {@code overall}) or one topic: percentage, level, percentile in
 * its group (null when the group is too small to show), the previous year's score and the change since.
 * A topic that did not apply to the member has no score. Absent figures are left out of the JSON, which keeps
 * a region of ten thousand members' benchmark small.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Score(String topic, @Nullable Double score, @Nullable Integer level, @Nullable Double percentile,
                    @Nullable Double previous, @Nullable Double change) {
}
