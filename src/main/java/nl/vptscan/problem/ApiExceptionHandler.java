package nl.vptscan.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/**
 * Turns an {@link ApiException} into its status with a problem body listing each bad field, or into an error page
 * when a person asked for a page.
 */
@Singleton
final class ApiExceptionHandler implements ExceptionHandler<ApiException, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> processor;
    private final List<ErrorPages> pages;

    ApiExceptionHandler(ErrorResponseProcessor<?> processor, List<ErrorPages> pages) {
        this.processor = processor;
        this.pages = pages;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, ApiException exception) {
        for (ErrorPages page : pages) {
            Optional<HttpResponse<?>> rendered = page.render(request, exception);
            if (rendered.isPresent()) {
                return rendered.get();
            }
        }
        ErrorContext.Builder context = ErrorContext.builder(request).cause(exception);
        if (exception.errors().isEmpty()) {
            context.errorMessage(exception.getMessage());
        } else {
            context.error(new DetailError(exception.getMessage(), null));
            exception.errors().forEach(e -> context.error(new DetailError(e.message(), e.field(), e)));
        }
        MutableHttpResponse<Object> response = HttpResponse.status(exception.status());
        return processor.processResponse(context.build(), response);
    }
}
