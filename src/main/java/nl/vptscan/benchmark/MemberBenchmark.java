package nl.vptscan.benchmark;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;

/**
 * A member's own view: its latest scores against the distribution of its region (null when it is in no
 * region) and of its sector nationally. It names and identifies no other organisation.
 */
@Serdeable
public record MemberBenchmark(long organisationId, String questionnaireId, int minimumGroupSize,
                              @Nullable LocalDate referenceDate, @Nullable Score overall, List<Score> topics,
                              @Nullable Group region, Group sector) {

    public MemberBenchmark {
        topics = List.copyOf(topics);
    }
}
