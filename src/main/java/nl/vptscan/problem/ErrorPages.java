package nl.vptscan.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;

import java.util.Optional;

/**
 * Renders a refused request as a page when a person asked for a page (not the API); the API keeps its problem
 * JSON. Implemented by the web pages.
 */
public interface ErrorPages {

    /** The error page for this request, or empty when the request is not for a page. */
    Optional<HttpResponse<?>> render(HttpRequest<?> request, ApiException exception);

    /** Where a page request without a (valid) login goes to log in, or empty when this does not handle it. */
    default Optional<HttpResponse<?>> login(HttpRequest<?> request) {
        return Optional.empty();
    }
}
