package nl.vptscan.assessment;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/**
 * The answers of an assessment with its progress: how many of the required questions that are shown under the
 * current answers are answered, and per topic whether it is complete.
 */
@Serdeable
public record AnswerSheet(long assessmentId, Assessment.Status status, Map<String, StoredAnswer> answers,
                          int requiredAnswered, int requiredTotal, List<TopicProgress> topics) {

    @Serdeable
    public record TopicProgress(String topic, int answered, int required, boolean complete) {
    }
}
