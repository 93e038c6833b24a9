package nl.vptscan.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import nl.vptscan.access.PageLogin;
import nl.vptscan.problem.ApiException;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One check for every state change (POST, PUT, PATCH, DELETE) that a cookie could authenticate: it must come from
 * this site (no foreign {@code Origin} or {@code Referer}) and carry the form token of its cookie, as form field
 * or multipart part {@code _csrf} or as header {@code X-CSRF-Token}. A request with a bearer header is not one a
 * browser sends by itself, so it needs no token. {@code POST /login} checks the password, not a cookie; a request
 * without a login cookie cannot change anything but the login, so only the login forms check the pre-login token.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class CsrfFilter implements Ordered {

    static final String HEADER = "X-CSRF-Token";

    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.TRACE);
    private static final Set<String> LOGIN_FORMS = Set.of("/inloggen", "/uitloggen");

    private final CsrfTokens tokens;

    CsrfFilter(CsrfTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }

    /**
     * The body is bound by the framework (buffered beside the one the controller reads), so a form field or multipart
     * part can be checked before anything runs.
     */
    @RequestFilter
    @Nullable
    HttpResponse<?> check(HttpRequest<?> request, @Nullable @Body byte[] body) {
        if (SAFE.contains(request.getMethod()) || bearer(request)) {
            return null;
        }
        if (!sameOrigin(request)) {
            throw refusal("The request came from another site");
        }
        MediaType posted = request.getContentType().orElse(null);
        if (body != null && posted != null && posted.matches(MediaType.APPLICATION_FORM_URLENCODED_TYPE)) {
            // kept for the login round trip, should the login have expired (LoginReturn)
            request.setAttribute(LoginReturn.FORM_ATTRIBUTE, body);
        }
        Optional<String> binding = CsrfTokens.binding(request);
        String path = request.getPath();
        // without a login cookie (it ran out, or the browser dropped it) a page form changes nothing: the security
        // rules send it to the login page, which keeps what was typed; only the login forms need the pre-login token
        if (path.equals("/login") || (PageLogin.token(request).isEmpty() && !LOGIN_FORMS.contains(path))) {
            return null;
        }
        String submitted = request.getHeaders().get(HEADER);
        MediaType type = request.getContentType().orElse(null);
        if (submitted == null && body != null && type != null) {
            if (type.matches(MediaType.APPLICATION_FORM_URLENCODED_TYPE)) {
                submitted = FormBody.parse(new String(body, StandardCharsets.UTF_8)).first(CsrfTokens.FIELD);
            } else if (type.matches(MediaType.MULTIPART_FORM_DATA_TYPE)) {
                submitted = MultipartField.value(body, type.getParameters().get("boundary").orElse(""), CsrfTokens.FIELD);
            }
        }
        if (!tokens.valid(binding, submitted)) {
            throw refusal("The form has expired or did not come from vpt-scan; open the page again and resend it");
        }
        return null;
    }

    private static ApiException refusal(String detail) {
        return new ApiException(HttpStatus.FORBIDDEN, detail, List.of());
    }

    private static boolean bearer(HttpRequest<?> request) {
        String authorization = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    /** True unless an {@code Origin} (or, without it, a {@code Referer}) names another host than the request's. */
    static boolean sameOrigin(HttpRequest<?> request) {
        String source = request.getHeaders().get(HttpHeaders.ORIGIN);
        if (source == null) {
            source = request.getHeaders().get(HttpHeaders.REFERER);
        }
        if (source == null) {
            return true;
        }
        String host = request.getHeaders().get("X-Forwarded-Host");
        if (host == null) {
            host = request.getHeaders().get(HttpHeaders.HOST);
        }
        try {
            URI uri = URI.create(source.strip());
            return host != null && uri.getRawAuthority() != null && uri.getRawAuthority().equalsIgnoreCase(host.strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
