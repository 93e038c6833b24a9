package nl.vptscan.problem;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * An RFC 9457 problem detail, with the list of bad fields when the request was rejected field by field, and the
 * message code (with its parameters) of the whole refusal where it has one: its text is {@code error.<code>}.
 */
@Serdeable
public record Problem(String type, String title, int status, @Nullable String detail, @Nullable String instance,
                      List<FieldError> errors, @Nullable String code, List<Object> params) {

    public static final String CONTENT_TYPE = "application/problem+json";

    public Problem {
        errors = List.copyOf(errors);
        params = params == null ? List.of() : List.copyOf(params);
    }
}
