package nl.vptscan.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** A body or parameter that cannot be converted: a 400 naming the field in plain words, not the Java types. */
@Singleton
@Replaces(ConversionErrorHandler.class)
final class ConversionErrorProblemHandler implements ExceptionHandler<ConversionErrorException, HttpResponse<?>> {

    private final ApiExceptionHandler delegate;

    ConversionErrorProblemHandler(ApiExceptionHandler delegate) {
        this.delegate = delegate;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, ConversionErrorException exception) {
        return delegate.handle(request, BodyErrors.of(exception));
    }
}
