package nl.vptscan.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.JsonExceptionHandler;
import io.micronaut.json.JsonSyntaxException;
import jakarta.inject.Singleton;

/** Malformed JSON: a 400 saying so, without the parser's message. */
@Singleton
@Replaces(JsonExceptionHandler.class)
final class JsonSyntaxProblemHandler implements ExceptionHandler<JsonSyntaxException, HttpResponse<?>> {

    private final ApiExceptionHandler delegate;

    JsonSyntaxProblemHandler(ApiExceptionHandler delegate) {
        this.delegate = delegate;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, JsonSyntaxException exception) {
        return delegate.handle(request, BodyErrors.of(exception));
    }
}
