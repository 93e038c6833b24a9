package nl.vptscan.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import nl.vptscan.questionnaire.AnswerValue;

import java.time.Instant;

/**
 * An answer as stored: its value parsed by its question (null when only a comment or evidence note was given), the
 * organisation's comment and evidence note, who and when.
 */
@Serdeable
public record StoredAnswer(String questionId, @Nullable AnswerValue value, @Nullable String comment, @Nullable String evidence,
                           String updatedBy, Instant updatedAt) {
}
