package nl.vptscan.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.codec.CodecException;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** A body the codec could not decode: a 400 naming the field in plain words, without the parser's message. */
@Singleton
final class CodecProblemHandler implements ExceptionHandler<CodecException, HttpResponse<?>> {

    private final ApiExceptionHandler delegate;

    CodecProblemHandler(ApiExceptionHandler delegate) {
        this.delegate = delegate;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, CodecException exception) {
        return delegate.handle(request, BodyErrors.of(exception));
    }
}
