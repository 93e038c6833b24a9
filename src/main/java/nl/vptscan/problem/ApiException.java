package nl.vptscan.problem;

import io.micronaut.http.HttpStatus;

import java.util.List;

/** A request the service refuses, with the HTTP status and, where it applies, the bad fields. */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final List<FieldError> errors;

    public ApiException(HttpStatus status, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    public static ApiException notFound(String detail) {
        return new ApiException(HttpStatus.NOT_FOUND, detail, List.of());
    }

    public static ApiException badRequest(String detail, List<FieldError> errors) {
        return new ApiException(HttpStatus.BAD_REQUEST, detail, errors);
    }

    public static ApiException conflict(String detail) {
        return new ApiException(HttpStatus.CONFLICT, detail, List.of());
    }

    public static ApiException unprocessable(String detail, List<FieldError> errors) {
        return new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, detail, errors);
    }

    public HttpStatus status() {
        return status;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
