package nl.vptscan.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;

import java.time.Duration;

/** Remembers a language chosen with {@code ?lang=nl|en} in a cookie, so the next pages keep it. */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class LanguageCookieFilter {

    @ResponseFilter
    void remember(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String asked = request.getParameters().get("lang");
        if (asked != null && !request.getPath().startsWith("/api/") && (asked.equals("nl") || asked.equals("en"))) {
            response.cookie(Cookie.of(Pages.LANG_COOKIE, asked).path("/").sameSite(SameSite.Lax).httpOnly(true)
                    .maxAge(Duration.ofDays(365)));
        }
    }
}
