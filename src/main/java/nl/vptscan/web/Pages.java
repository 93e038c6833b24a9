package nl.vptscan.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.ModelAndView;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/** What every page controller shares: which requests are pages, the language, a model, a redirect. */
final class Pages {

    static final String LANG_COOKIE = "lang";

    private Pages() {
    }

    /** A request a person makes in a browser for a page (not the API, the JSON login, health or static files). */
    static boolean isPage(HttpRequest<?> request) {
        String path = request.getPath();
        return !path.startsWith("/api/") && !path.equals("/login") && !path.startsWith("/health")
                && !path.startsWith("/swagger") && !path.startsWith("/static/")
                && request.getHeaders().accept().stream().anyMatch(m -> m.matches(MediaType.TEXT_HTML_TYPE));
    }

    /** {@code en} when asked for in the query or remembered in the cookie; Dutch otherwise. */
    static String lang(HttpRequest<?> request) {
        String asked = request.getParameters().get("lang");
        if (asked == null) {
            asked = request.getCookies().findCookie(LANG_COOKIE).map(c -> c.getValue()).orElse(null);
        }
        return "en".equalsIgnoreCase(asked) ? "en" : "nl";
    }

    static ModelAndView<Map<String, Object>> view(String view, Object... keysAndValues) {
        Map<String, Object> model = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            model.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return new ModelAndView<>(view, model);
    }

    /** POST-redirect-GET: 303 to a page. */
    static MutableHttpResponse<?> seeOther(String location) {
        return HttpResponse.seeOther(URI.create(location));
    }
}
