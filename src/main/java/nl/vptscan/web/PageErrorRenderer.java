package nl.vptscan.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.views.ModelAndViewRenderer;
import jakarta.inject.Singleton;
import nl.vptscan.problem.ApiException;
import nl.vptscan.problem.ErrorPages;

import java.util.Map;
import java.util.Optional;

/** A refused page request gets a Dutch (or English) error page with the status, not problem JSON. */
@Singleton
final class PageErrorRenderer implements ErrorPages {

    private final ModelAndViewRenderer<Map<String, Object>, HttpRequest<?>> renderer;

    PageErrorRenderer(ModelAndViewRenderer<Map<String, Object>, HttpRequest<?>> renderer) {
        this.renderer = renderer;
    }

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
        return renderer.render(Pages.view("error", "status", status, "kind", kind), request, MediaType.TEXT_HTML)
                .map(page -> HttpResponse.status(exception.status()).contentType(MediaType.TEXT_HTML_TYPE).body(page));
    }
}
