package nl.vptscan.access;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With {@code vptscan.https} on, every response, whatever its status and also for static files, carries the security
 * headers and HSTS, the content policy allows no inline script or style, and every cookie the service sets is Secure.
 */
@MicronautTest(transactional = false)
@Property(name = "vptscan.https", value = "true")
@Property(name = "vptscan.test.failing-route", value = "true")
class SecurityHeadersIT {

    @Inject
    EmbeddedServer server;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    record Case(String name, int status, HttpRequest.Builder request) {
    }

    @Controller("/api/test-failure")
    @Requires(property = "vptscan.test.failing-route", value = "true")
    @Secured(SecurityRule.IS_ANONYMOUS)
    static class FailingController {

        @Get
        String fail() {
            throw new IllegalStateException("a failure for the header test");
        }
    }

    private HttpRequest.Builder get(String path, String accept) {
        return HttpRequest.newBuilder(server.getURI().resolve(path)).header("Accept", accept).GET();
    }

    List<Case> cases() {
        return List.of(
                new Case("login page", 200, get("/inloggen", "text/html")),
                new Case("style sheet", 200, get("/static/css/vptscan.css", "text/css")),
                new Case("page without login", 303, get("/", "text/html")),
                new Case("API without login", 401, get("/api/organisations", "application/json")),
                new Case("page post without token", 403, HttpRequest.newBuilder(server.getURI().resolve("/inloggen"))
                        .header("Accept", "text/html").header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=x&password=y"))),
                new Case("unknown route", 404, get("/api/does-not-exist", "application/json")),
                new Case("unknown page", 404, get("/bestaat-niet", "text/html")),
                new Case("static file that does not exist", 404, get("/static/css/none.css", "text/css")),
                new Case("unexpected failure", 500, get("/api/test-failure", "application/json")));
    }

    @TestFactory
    Stream<DynamicTest> everyResponseCarriesTheSecurityHeaders() {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.name() + " " + c.status(), () -> {
            HttpResponse<String> response = http.send(c.request().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(c.status(), response.statusCode(), response.body());
            var headers = response.headers();
            assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(null));
            assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(null));
            assertTrue(headers.firstValue("Referrer-Policy").isPresent());
            assertTrue(headers.firstValue("Strict-Transport-Security").orElse("").startsWith("max-age="));
            String policy = headers.firstValue("Content-Security-Policy").orElse("");
            assertTrue(policy.contains("default-src 'self'") && policy.contains("frame-ancestors 'none'"), policy);
            assertFalse(policy.contains("unsafe-inline"), policy);
        }));
    }

    @Test
    void everyCookieIsSecure() throws Exception {
        List<String> cookies = new java.util.ArrayList<>();
        cookies.addAll(http.send(get("/inloggen", "text/html").build(), HttpResponse.BodyHandlers.ofString())
                .headers().allValues("Set-Cookie"));
        cookies.addAll(http.send(get("/inloggen?lang=en", "text/html").build(), HttpResponse.BodyHandlers.ofString())
                .headers().allValues("Set-Cookie"));
        cookies.addAll(http.send(HttpRequest.newBuilder(server.getURI().resolve("/login"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"test-admin\",\"password\":\"lange-beheerder-wachtzin-2026\"}")).build(),
                HttpResponse.BodyHandlers.ofString()).headers().allValues("Set-Cookie"));
        assertEquals(java.util.Set.of("CSRF", "lang", "JWT"), cookies.stream().map(c -> c.substring(0, c.indexOf('=')))
                .collect(java.util.stream.Collectors.toSet()), cookies.toString());
        cookies.forEach(cookie -> assertTrue(cookie.toLowerCase().contains("; secure"), cookie));
    }
}
