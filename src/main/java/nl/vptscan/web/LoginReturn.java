package nl.vptscan.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;
import nl.vptscan.access.PendingForms;
import nl.vptscan.problem.ApiException;
import nl.vptscan.problem.ErrorPages;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Brings a person back after logging in: a page asked for without a valid login goes to {@code /inloggen?terug=}
 * that page; a form posted after the login expired is kept (not its form token) for the page it was on, under a
 * random key in a cookie of that browser only, and that page shows it again, not yet saved, after the login.
 * Only a path on this site is a place to return to, so the login page cannot send anyone elsewhere.
 */
@Singleton
final class LoginReturn implements ErrorPages {

    static final String FORM_ATTRIBUTE = "vptscan.form";
    static final String COOKIE = "BEWAARD";
    static final String PARAMETER = "terug";

    private final PendingForms pending;

    LoginReturn(PendingForms pending) {
        this.pending = pending;
    }

    @Override
    public Optional<HttpResponse<?>> render(HttpRequest<?> request, ApiException exception) {
        return Optional.empty();
    }

    @Override
    public Optional<HttpResponse<?>> login(HttpRequest<?> request) {
        if (request.getMethod() == HttpMethod.GET) {
            String target = request.getUri().getRawQuery() == null ? request.getPath()
                    : request.getPath() + "?" + request.getUri().getRawQuery();
            return Optional.of(toLogin(target));
        }
        String page = formPage(request);
        MutableHttpResponse<?> response = toLogin(page);
        if (page.equals("/")) {
            return Optional.of(response);
        }
        request.getAttribute(FORM_ATTRIBUTE, byte[].class)
                .flatMap(body -> pending.keep(page, withoutToken(new String(body, StandardCharsets.UTF_8))))
                .ifPresent(key -> response.cookie(Cookie.of(COOKIE, key).httpOnly(true).sameSite(SameSite.Lax)
                        .path("/").maxAge(24 * 3600)));
        return Optional.of(response);
    }

    /** The form kept for this page of this browser, handed back once, with the cookie that ends it. */
    Optional<FormBody> take(HttpRequest<?> request) {
        return request.getCookies().findCookie(COOKIE).map(Cookie::getValue)
                .flatMap(key -> pending.take(key, request.getPath())).map(FormBody::parse);
    }

    static Cookie forget() {
        return Cookie.of(COOKIE, "").httpOnly(true).sameSite(SameSite.Lax).path("/").maxAge(0);
    }

    /**
     * The page the form was on: its referrer on this site (browsers send it, the site's referrer policy is
     * {@code same-origin}); without one the start page, as the path posted to may not be a page.
     */
    private static String formPage(HttpRequest<?> request) {
        String referer = request.getHeaders().get(HttpHeaders.REFERER);
        if (referer != null && CsrfFilter.sameOrigin(request)) {
            try {
                URI uri = URI.create(referer.strip());
                String path = uri.getRawPath();
                if (safe(path)) {
                    return path;
                }
            } catch (IllegalArgumentException e) {
                // not an address: fall back to the path posted to
            }
        }
        return "/";
    }

    private static MutableHttpResponse<?> toLogin(String target) {
        return HttpResponse.seeOther(URI.create(target.equals("/") ? "/inloggen"
                : "/inloggen?" + PARAMETER + "=" + URLEncoder.encode(target, StandardCharsets.UTF_8)));
    }

    private static String withoutToken(String body) {
        return String.join("&", java.util.Arrays.stream(body.split("&"))
                .filter(p -> !p.startsWith(CsrfTokens.FIELD + "=")).toList());
    }

    /**
     * A place on this site to return to: a path that starts with one slash, with no scheme, host, backslash or
     * control character, and not the login page itself.
     */
    static boolean safe(String target) {
        if (target == null || target.length() > 1000 || !target.startsWith("/") || target.startsWith("//")
                || target.startsWith("/inloggen") || target.startsWith("/uitloggen")) {
            return false;
        }
        for (char c : target.toCharArray()) {
            if (c == '\\' || c < 0x21 || c == 0x7f) {
                return false;
            }
        }
        try {
            URI uri = URI.create(target);
            return uri.getScheme() == null && uri.getRawAuthority() == null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
