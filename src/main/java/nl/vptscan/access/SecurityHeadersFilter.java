package nl.vptscan.access;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.core.order.Ordered;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Security headers on every response, errors, redirects and static files included: no sniffing, no framing, no
 * referrer leaks, a content policy without inline script or style. With {@code vptscan.https} on, also HSTS and
 * {@code Secure} on every cookie the service sets.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class SecurityHeadersFilter implements Ordered {

    private static final String POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL);

    private final boolean https;
    private final String swaggerPolicy;

    SecurityHeadersFilter(@Value("${vptscan.https:false}") boolean https, ResourceResolver resources) {
        this.https = https;
        this.swaggerPolicy = POLICY.replace("script-src 'self'", "script-src 'self'" + swaggerScriptHashes(resources));
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }

    @ResponseFilter
    void headers(HttpRequest<?> request, MutableHttpResponse<?> response) {
        HttpHeaders headers = response.getHeaders();
        response.header("X-Content-Type-Options", "nosniff");
        response.header("X-Frame-Options", "DENY");
        response.header("Referrer-Policy", "same-origin");
        response.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        response.header("Cross-Origin-Opener-Policy", "same-origin");
        if (!headers.contains("Content-Security-Policy")) {
            response.header("Content-Security-Policy", request.getPath().startsWith("/swagger-ui") ? swaggerPolicy : POLICY);
        }
        if (!headers.contains(HttpHeaders.CACHE_CONTROL)) {
            response.header(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        if (https) {
            response.header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
            secureCookies(response);
        }
    }

    /** Adds {@code Secure} to every cookie of the response that lacks it, whichever part of the service set it. */
    private static void secureCookies(MutableHttpResponse<?> response) {
        List<String> cookies = response.getHeaders().getAll(HttpHeaders.SET_COOKIE);
        if (cookies.isEmpty()) {
            return;
        }
        List<String> secured = new ArrayList<>();
        for (String cookie : cookies) {
            secured.add(cookie.toLowerCase().matches(".*;\\s*secure(;.*|\\s*)$") ? cookie : cookie + "; Secure");
        }
        response.getHeaders().remove(HttpHeaders.SET_COOKIE);
        secured.forEach(cookie -> response.getHeaders().add(HttpHeaders.SET_COOKIE, cookie));
    }

    /** Swagger UI's page starts itself with one inline script; it alone is allowed, by its hash. */
    private static String swaggerScriptHashes(ResourceResolver resources) {
        StringBuilder hashes = new StringBuilder();
        try (InputStream in = resources.getResourceAsStream("classpath:META-INF/swagger/views/swagger-ui/index.html")
                .orElse(InputStream.nullInputStream())) {
            Matcher script = INLINE_SCRIPT.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            while (script.find()) {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(script.group(1).getBytes(StandardCharsets.UTF_8));
                hashes.append(" 'sha256-").append(Base64.getEncoder().encodeToString(digest)).append('\'');
            }
        } catch (IOException | NoSuchAlgorithmException e) {
            return "";
        }
        return hashes.toString();
    }
}
