package nl.vptscan.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * Where a prefilled answer came from ("overgenomen uit de 8 maatregelen van 3 maart 2026"): the submitted assessment
 * of the other instrument, its questionnaire and question, when it was submitted and when that answer was given there;
 * and whether the user confirmed it here, by whom and when. Until confirmed, the assessment cannot be submitted.
 */
@Serdeable
public record AnswerOrigin(long sourceAssessmentId, String sourceQuestionnaireId, String sourceQuestionId,
                           Instant sourceSubmittedAt, Instant sourceAnsweredAt, boolean confirmed,
                           @Nullable String confirmedBy, @Nullable Instant confirmedAt) {
}
