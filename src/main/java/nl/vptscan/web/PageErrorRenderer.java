package nl.vptscan.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.views.ModelAndViewRenderer;
import jakarta.inject.Singleton;
import nl.vptscan.problem.ApiException;
import nl.vptscan.problem.ErrorPages;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A refused page request gets a Dutch (or English) error page with the status, not problem JSON; a refusal that
 * carries a message code (and fields with codes) is said from the message bundles in the page's language.
 */
@Singleton
final class PageErrorRenderer implements ErrorPages {

    private final ModelAndViewRenderer<Map<String, Object>, HttpRequest<?>> renderer;

    private final Texts texts;

    PageErrorRenderer(ModelAndViewRenderer<Map<String, Object>, HttpRequest<?>> renderer, Texts texts) {
        this.renderer = renderer;
        this.texts = texts;
    }

    @Override
    public Optional<HttpResponse<?>> render(HttpRequest<?> request, ApiException exception) {
        if (!Pages.isPage(request)) {
            return Optional.empty();
        }
        int status = exception.status().getCode();
        String lang = Pages.lang(request);
        // a refusal with a message code says what went wrong in the page's language; one without says only its kind
        String detail = texts.error(lang, exception.code(), exception.params(), null);
        List<String> fields = exception.errors().stream().filter(e -> e.code() != null).map(e -> texts.error(lang, e)).toList();
        return renderer.render(Pages.view("error", "status", status, "kind", ErrorPageBodyProvider.kind(status),
                        "detail", detail, "fields", fields), request, MediaType.TEXT_HTML)
                .map(page -> HttpResponse.status(exception.status()).contentType(MediaType.TEXT_HTML_TYPE).body(page));
    }
}
