package nl.vptscan.problem;

import io.micronaut.http.HttpStatus;

import java.util.List;

/** A request the service refuses, with the HTTP status and, where it applies, the bad fields. */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final List<FieldError> errors;
    private final String code;
    private final List<Object> params;

    public ApiException(HttpStatus status, String detail, List<FieldError> errors) {
        this(status, detail, errors, null, List.of());
    }

    public ApiException(HttpStatus status, String detail, List<FieldError> errors, String code, List<Object> params) {
        super(detail, null, false, false);
        this.status = status;
        this.errors = List.copyOf(errors);
        this.code = code;
        this.params = List.copyOf(params);
    }

    /** A domain refusal with the status it maps to. */
    public static ApiException of(DomainException refusal) {
        return new ApiException(DomainExceptionHandler.status(refusal.kind()), refusal.getMessage(), refusal.errors(),
                refusal.code(), refusal.params());
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

    /** The message code of the whole refusal ({@code error.<code>} in the message bundles), or null. */
    public String code() {
        return code;
    }

    public List<Object> params() {
        return params;
    }
}
