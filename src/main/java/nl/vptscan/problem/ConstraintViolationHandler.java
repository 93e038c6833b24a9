package nl.vptscan.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Bean validation failures as a 400 problem naming each field as the client sent it ({@code name},
 * {@code answers.x}), without the Java method and parameter names.
 */
@Singleton
@Replaces(ConstraintExceptionHandler.class)
final class ConstraintViolationHandler implements ExceptionHandler<ConstraintViolationException, HttpResponse<?>> {

    private final ApiExceptionHandler delegate;

    ConstraintViolationHandler(ApiExceptionHandler delegate) {
        this.delegate = delegate;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, ConstraintViolationException exception) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : exception.getConstraintViolations()) {
            errors.add(coded(field(violation.getPropertyPath()), violation));
        }
        errors.sort(Comparator.comparing(FieldError::field));
        return delegate.handle(request, ApiException.badRequest(errors.size() + " field(s) rejected", errors));
    }

    /** The violation with the message code of its constraint and the constraint's limits as parameters. */
    private static FieldError coded(String field, ConstraintViolation<?> violation) {
        Map<String, Object> limits = violation.getConstraintDescriptor().getAttributes();
        String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return switch (constraint) {
            case "NotNull", "NotBlank", "NotEmpty" -> FieldError.coded(field, violation.getMessage(), "field.required");
            case "Size" -> FieldError.coded(field, violation.getMessage(), "field.size", limits.getOrDefault("min", 0),
                    limits.getOrDefault("max", Integer.MAX_VALUE));
            case "Min", "DecimalMin" -> FieldError.coded(field, violation.getMessage(), "field.min", limits.get("value"));
            case "Max", "DecimalMax" -> FieldError.coded(field, violation.getMessage(), "field.max", limits.get("value"));
            case "Email" -> FieldError.coded(field, violation.getMessage(), "field.email");
            default -> FieldError.coded(field, violation.getMessage(), "field.invalid");
        };
    }

    private static String field(Path path) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                names.add(node.getName());
            }
        }
        return names.isEmpty() ? "body" : String.join(".", names);
    }
}
