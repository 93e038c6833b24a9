package nl.vptscan.assessment;

import io.micronaut.core.annotation.Nullable;

/**
 * An answer of a draft started on an older questionnaire version that its migration could not move: the old
 * question, the old answer in stored form (JSON, e.g. {@code "no"}), and the new question to answer again, if any.
 */
public record UnmovedAnswer(String oldQuestionId, String oldAnswer, @Nullable String questionId) {
}
