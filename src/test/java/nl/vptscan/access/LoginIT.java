package nl.vptscan.access;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.vptscan.AdminLoginFilter;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class LoginIT {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    EmbeddedServer server;

    private String newInspector(String password) {
        String name = "login-" + UUID.randomUUID().toString().substring(0, 8);
        client.toBlocking().exchange(HttpRequest.POST("/api/users",
                Map.of("username", name, "password", password, "role", "INSPECTOR")));
        return name;
    }

    private int login(String username, String password) {
        try {
            return client.toBlocking().exchange(HttpRequest.POST("/login",
                    Map.of("username", username, "password", password)), String.class).code();
        } catch (HttpClientResponseException e) {
            return e.code();
        }
    }

    @Test
    void loginGivesATokenAndSetsAnHttpOnlyCookie() {
        String user = newInspector("correct-horse-battery");
        HttpResponse<String> response = client.toBlocking().exchange(HttpRequest.POST("/login",
                Map.of("username", user, "password", "correct-horse-battery")), String.class);
        assertTrue(response.body().contains("access_token"));
        String cookie = response.getHeaders().get("Set-Cookie");
        assertTrue(cookie.startsWith("JWT="), cookie);
        assertTrue(cookie.contains("HTTPOnly") || cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
        String token = cookie.substring(4, cookie.indexOf(';'));
        Map<?, ?> me = client.toBlocking().retrieve(HttpRequest.GET("/api/me").cookie(io.micronaut.http.cookie.Cookie.of("JWT", token))
                .header(AdminLoginFilter.ANONYMOUS, "true"), Map.class);
        assertEquals(user, me.get("username"));
    }

    @Test
    void fiveFailedLoginsFromOneAddressThrottleTheAccount() {
        String user = newInspector("correct-horse-battery");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, login(user, "wrong-password-" + i));
        }
        assertEquals(401, login(user, "correct-horse-battery"), "throttled, even with the right password");
    }

    @Test
    void passwordsAndTokensAreNeverLogged() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        root.addAppender(appender);
        try {
            String user = newInspector("secret-password-in-test");
            login(user, "secret-password-in-test");
            login(user, "another-secret-attempt");
            String token = AdminLoginFilter.login(server.getURI(), user, "secret-password-in-test");
            for (ILoggingEvent event : appender.list) {
                String line = event.getFormattedMessage();
                assertFalse(line.contains("secret-password-in-test") || line.contains("another-secret-attempt"), line);
                assertFalse(line.contains(token), line);
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            root.detachAppender(appender);
        }
    }

    @Test
    void responsesCarrySecurityHeaders() {
        HttpResponse<String> response = client.toBlocking().exchange(HttpRequest.GET("/api/me"), String.class);
        assertEquals("nosniff", response.getHeaders().get("X-Content-Type-Options"));
        assertEquals("DENY", response.getHeaders().get("X-Frame-Options"));
        assertTrue(response.getHeaders().get("Content-Security-Policy").contains("frame-ancestors 'none'"));
    }

    @Test
    void weakPasswordsAreRefused() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> client.toBlocking()
                .exchange(HttpRequest.POST("/api/users", Map.of("username", "kort", "password", "kort", "role", "ADMIN"))));
        assertEquals(400, e.code());
    }

    @Test
    void employerNeedsAnOrganisation() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> client.toBlocking()
                .exchange(HttpRequest.POST("/api/users", Map.of("username", "werkgever-zonder", "password",
                        "long-enough-password", "role", "EMPLOYER"))));
        assertEquals(400, e.code());
    }
}
