package nl.vptscan.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import nl.vptscan.questionnaire.AnswerValue;

import java.time.Instant;

/**
 * An answer as stored: its value parsed by its question (null when only a comment or evidence note was given), the
 * organisation's comment and evidence note, who and when, and, for an answer taken over from the other instrument,
 * where it came from and whether it was confirmed.
 */
@Serdeable
public record StoredAnswer(String questionId, @Nullable AnswerValue value, @Nullable String comment, @Nullable String evidence,
                           String updatedBy, Instant updatedAt, @Nullable AnswerOrigin origin) {

    /** After how many months an answer is old enough to check again before submitting. */
    public static final int STALE_MONTHS = 12;

    /** An answer the organisation gave itself. */
    public StoredAnswer(String questionId, AnswerValue value, String comment, String evidence, String updatedBy,
                        Instant updatedAt) {
        this(questionId, value, comment, evidence, updatedBy, updatedAt, null);
    }

    /** When the answer was given: for a prefilled one, when it was given in the other instrument. */
    public Instant answeredAt() {
        return origin == null ? updatedAt : origin.sourceAnsweredAt();
    }

    /** True for an answer taken over from the other instrument that nobody has confirmed yet. */
    public boolean unconfirmed() {
        return origin != null && !origin.confirmed();
    }
}
