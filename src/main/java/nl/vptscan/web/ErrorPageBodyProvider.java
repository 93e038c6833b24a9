package nl.vptscan.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.HtmlErrorResponseBodyProvider;
import io.micronaut.views.ModelAndViewRenderer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The framework's own refusals of a page request (an unknown address, a method the address does not take, an
 * unreadable request, an unexpected failure) as the site's styled error page in the page's language, with its
 * header, instead of the framework's English page. The API keeps its problem JSON.
 */
@Singleton
@Replaces(HtmlErrorResponseBodyProvider.class)
final class ErrorPageBodyProvider implements HtmlErrorResponseBodyProvider {

    private final ModelAndViewRenderer<Map<String, Object>, HttpRequest<?>> renderer;

    ErrorPageBodyProvider(ModelAndViewRenderer<Map<String, Object>, HttpRequest<?>> renderer) {
        this.renderer = renderer;
    }

    @Override
    public String body(ErrorContext context, HttpResponse<?> response) {
        int status = response.getStatus().getCode();
        Writable page = renderer.render(Pages.view("error", "status", status, "kind", kind(status)),
                context.getRequest(), MediaType.TEXT_HTML).orElseThrow();
        StringWriter out = new StringWriter();
        try {
            page.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The kind of error page ({@code error.<kind>.title} and {@code .text} in the message bundles). */
    static String kind(int status) {
        return switch (status) {
            case 403 -> "forbidden";
            case 404 -> "notFound";
            case 405 -> "methodNotAllowed";
            case 409 -> "conflict";
            case 503 -> "unavailable";
            default -> status >= 500 ? "unexpected" : "badRequest";
        };
    }
}
