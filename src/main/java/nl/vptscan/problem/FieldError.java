package nl.vptscan.problem;

import io.micronaut.serde.annotation.Serdeable;

/** One bad field of a request: where it is (e.g. {@code answers.ai11.p01.q1}) and what is wrong with it. */
@Serdeable
public record FieldError(String field, String message) {
}
