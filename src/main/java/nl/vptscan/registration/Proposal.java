package nl.vptscan.registration;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A figure proposed as the answer to a question: the value ({@code na} when the registration has no incident to
 * count it over), the evidence note it comes with, how many of how many incidents, and the answer the question has
 * now ({@code differs} when there is one and it is another value: accepting replaces it only when asked to).
 */
@Serdeable
public record Proposal(String questionId, Figure figure, Object value, String evidence, int count, int of,
                       @Nullable Object current, boolean differs) {
}
