package nl.vptscan.access;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The service always keeps one active administrator, and an administrator can unlock a throttled account. */
@MicronautTest(transactional = false)
class LastAdministratorIT {

    static final String PASSWORD = "correct-horse-battery-staple";

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void theLastActiveAdministratorCannotBeDeactivatedNorDemoted() {
        AuthClient http = new AuthClient(server.getURI());
        String admin = http.token("test-admin", "lange-beheerder-wachtzin-2026");
        List<Map<String, Object>> users = client.toBlocking().retrieve(HttpRequest.GET("/api/users"),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
        long self = users.stream().filter(u -> "test-admin".equals(u.get("username")))
                .mapToLong(u -> ((Number) u.get("id")).longValue()).findFirst().orElseThrow();
        List<Long> others = new ArrayList<>();
        users.stream().filter(u -> "ADMIN".equals(u.get("role")) && Boolean.TRUE.equals(u.get("active")))
                .mapToLong(u -> ((Number) u.get("id")).longValue()).filter(id -> id != self).forEach(others::add);
        try {
            for (long other : others) {
                assertEquals(200, http.send("PUT", "/api/users/" + other + "/active", admin, "{\"active\":false}").statusCode());
            }
            assertEquals(409, http.send("PUT", "/api/users/" + self + "/active", admin, "{\"active\":false}").statusCode());
            assertEquals(409, http.send("PUT", "/api/users/" + self + "/role", admin, "{\"role\":\"INSPECTOR\"}").statusCode());
            assertEquals(200, http.get("/api/me", admin).statusCode(), "still an administrator with a valid login");
        } finally {
            for (long other : others) {
                http.send("PUT", "/api/users/" + other + "/active", admin, "{\"active\":true}");
            }
        }
    }

    @Test
    void aSecondAdministratorCanBeDeactivated() {
        AuthClient http = new AuthClient(server.getURI());
        String admin = http.token("test-admin", "lange-beheerder-wachtzin-2026");
        long second = http.createUser(admin, AuthClient.name("second-admin"), PASSWORD, "ADMIN");
        assertEquals(200, http.send("PUT", "/api/users/" + second + "/active", admin, "{\"active\":false}").statusCode());
    }

    @Test
    void unlockingLetsAThrottledUserLogInAtOnce() {
        AuthClient http = new AuthClient(server.getURI());
        String admin = http.token("test-admin", "lange-beheerder-wachtzin-2026");
        String name = AuthClient.name("locked");
        long id = http.createUser(admin, name, PASSWORD, "INSPECTOR");
        for (int i = 0; i < 12; i++) {
            http.login(name, "not-the-password-" + i);
        }
        assertEquals(401, http.login(name, PASSWORD).statusCode(), "throttled: the right password is refused");
        assertEquals(204, http.send("POST", "/api/users/" + id + "/unlock", admin, null).statusCode());
        assertEquals(200, http.login(name, PASSWORD).statusCode());
        assertTrue(http.send("POST", "/api/users/" + id + "/unlock", http.token(name, PASSWORD), null).statusCode() == 403,
                "only administrators unlock");
    }
}
