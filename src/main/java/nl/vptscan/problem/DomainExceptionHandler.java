package nl.vptscan.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** The one place where a domain refusal becomes an HTTP status: then as any other refused request. */
@Singleton
public final class DomainExceptionHandler implements ExceptionHandler<DomainException, HttpResponse<?>> {

    private final ApiExceptionHandler delegate;

    DomainExceptionHandler(ApiExceptionHandler delegate) {
        this.delegate = delegate;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, DomainException exception) {
        return delegate.handle(request, ApiException.of(exception));
    }

    /** The HTTP status of a kind of refusal: for pages that answer a refused form with its own status. */
    public static HttpStatus status(DomainException.Kind kind) {
        return switch (kind) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case INCOMPLETE -> HttpStatus.UNPROCESSABLE_ENTITY;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case TOO_LARGE -> HttpStatus.REQUEST_ENTITY_TOO_LARGE;
            case UNSUPPORTED_TYPE -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
        };
    }
}
