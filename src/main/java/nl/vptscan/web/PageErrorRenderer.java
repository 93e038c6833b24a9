package nl.vptscan.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import jakarta.inject.Singleton;
import nl.vptscan.problem.ApiException;
import nl.vptscan.problem.ErrorPages;

import java.util.Optional;

/** A refused page request gets a Dutch (or English) error page with the status, not problem JSON. */
@Singleton
final class PageErrorRenderer implements ErrorPages {

    @Override
    public Optional<HttpResponse<?>> render(HttpRequest<?> request, ApiException exception) {
        if (!Pages.isPage(request)) {
            return Optional.empty();
        }
        int status = exception.status().getCode();
        String kind = switch (status) {
            case 403 -> "forbidden";
            case 404 -> "notFound";
            case 409 -> "conflict";
            case 503 -> "unavailable";
            default -> status >= 500 ? "unexpected" : "badRequest";
        };
        return Optional.of(HttpResponse.status(exception.status())
                .body(Pages.view("error", "status", status, "kind", kind)));
    }
}
