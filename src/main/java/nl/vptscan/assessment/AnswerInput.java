package nl.vptscan.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One answer as a client saves it. A {@code null} value removes the answer; comment and evidence note are
 * optional free text (at most {@value #MAX_NOTE_LENGTH} characters each).
 */
@Serdeable
public record AnswerInput(@Nullable Object value, @Nullable String comment, @Nullable String evidence) {

    public static final int MAX_NOTE_LENGTH = 4000;
}
