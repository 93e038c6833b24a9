package nl.vptscan.problem;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * One bad field of a request: where it is (e.g. {@code answers.ai11.p01.q1}), what is wrong with it in English for
 * the API, and, where known, a message code with its parameters so that pages say the same in the user's language
 * (the text is {@code error.<code>} in the message bundles, the parameters are {0}, {1}, ...).
 */
@Serdeable
public record FieldError(String field, String message, @Nullable String code, List<Object> params) {

    public FieldError {
        params = params == null ? List.of() : List.copyOf(params);
    }

    public FieldError(String field, String message) {
        this(field, message, null, List.of());
    }

    /** A bad field with its message code and parameters. */
    public static FieldError coded(String field, String message, String code, Object... params) {
        return new FieldError(field, message, code, List.of(params));
    }
}
