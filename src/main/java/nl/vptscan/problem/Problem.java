package nl.vptscan.problem;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** An RFC 9457 problem detail, with the list of bad fields when the request was rejected field by field. */
@Serdeable
public record Problem(String type, String title, int status, @Nullable String detail, @Nullable String instance,
                      List<FieldError> errors) {

    public static final String CONTENT_TYPE = "application/problem+json";

    public Problem {
        errors = List.copyOf(errors);
    }
}
