package nl.vptscan.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes every JSON error response, including the framework's own (unknown route, unreadable JSON, bean
 * validation), as a {@link Problem}. Errors with a path become field errors; the first without one is the detail.
 */
@Singleton
@Replaces(bean = JsonErrorResponseBodyProvider.class)
final class ProblemBodyProvider implements JsonErrorResponseBodyProvider<Problem> {

    @Override
    public Problem body(ErrorContext context, HttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        String detail = null;
        List<FieldError> fields = new ArrayList<>();
        for (Error error : context.getErrors()) {
            if (error.getPath().isPresent()) {
                String path = error.getPath().get();
                fields.add(error instanceof DetailError d && d.field() != null ? d.field()
                        : new FieldError(error instanceof DetailError ? path : field(path), error.getMessage()));
            } else if (detail == null) {
                detail = error.getMessage();
            }
        }
        if (status.getCode() >= 500) {
            detail = "The service could not complete the request. It has been logged; please try again later.";
        }
        ApiException refusal = context.getRootCause().filter(ApiException.class::isInstance)
                .map(ApiException.class::cast).orElse(null);
        return new Problem("about:blank", status.getReason(), status.getCode(), detail,
                context.getRequest().getPath(), fields, refusal == null ? null : refusal.code(),
                refusal == null ? List.of() : refusal.params());
    }

    @Override
    public String contentType() {
        return Problem.CONTENT_TYPE;
    }

    /** Bean validation paths look like {@code create.body.name}; the client knows the field as {@code name}. */
    private static String field(String path) {
        return path.replaceFirst("^[^.]+\\.(body\\.)?", "");
    }
}
