package nl.vptscan.problem;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * One bad field of a request: where it is (e.g. {@code answers.ai11.p01.q1}) and what is wrong with it, in
 * English; where a page can say it in its own language, the message code (a key of the message bundle) and the
 * values its placeholders take.
 */
@Serdeable
public record FieldError(String field, String message, @Nullable String code, @Nullable List<Object> params) {

    public FieldError {
        params = params == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(params));
    }

    public FieldError(String field, String message) {
        this(field, message, null, null);
    }
}
