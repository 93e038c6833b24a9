package nl.vptscan.benchmark;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;

/**
 * One region member in the coordinator's view: its latest submitted self-assessment's scores, or
 * {@code hasResult = false} when it has none (it is then not counted in any distribution). {@code unmetDuties} is
 * the number of legal duties its result leaves unmet (VIOLATION findings).
 */
@Serdeable
public record MemberScores(long organisationId, String name, boolean hasResult, @Nullable LocalDate referenceDate,
                           @Nullable LocalDate previousReferenceDate, @Nullable Score overall, List<Score> topics,
                           @Nullable Integer unmetDuties) {

    public MemberScores {
        topics = List.copyOf(topics);
    }

    /** The member's score on a topic, or null when it has none there. */
    Double score(String topic) {
        for (Score score : topics) {
            if (score.topic().equals(topic)) {
                return score.score();
            }
        }
        return null;
    }

    static MemberScores withoutResult(long organisationId, String name) {
        return new MemberScores(organisationId, name, false, null, null, null, List.of(), null);
    }
}
