package nl.vptscan.operations;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Security state that must hold across instances: a locked account is locked on every instance, and a token
 * revoked by logging out on one instance is refused by the others.
 */
class MultiInstanceSecurityIT extends TwoInstances {

    private static final String PASSWORD = "correct-horse-battery-staple";

    private String newInspector() throws Exception {
        String name = "multi-" + UUID.randomUUID().toString().substring(0, 8);
        admin(one, "POST", "/api/users", Map.of("username", name, "password", PASSWORD, "role", "INSPECTOR"));
        return name;
    }

    @Test
    void fiveWrongPasswordsOnOneInstanceLockTheAccountOnTheOther() throws Exception {
        String user = newInspector();
        for (int i = 0; i < 5; i++) {
            assertEquals(401, send(one, "POST", "/login", Map.of("username", user, "password", "wrong-" + i), null).status());
        }
        assertEquals(401, send(two, "POST", "/login", Map.of("username", user, "password", PASSWORD), null).status(),
                "the right password is refused on the other instance while the account is locked");
    }

    @Test
    void aTokenLoggedOutOnOneInstanceIsRefusedByTheOther() throws Exception {
        String user = newInspector();
        String token = login(one, user, PASSWORD).orElseThrow();
        assertEquals(200, send(two, "GET", "/api/me", null, token).status());
        Reply logout = send(one, "POST", "/api/logout", null, token);
        assertTrue(logout.ok(), "logout: " + logout);
        assertEquals(401, send(two, "GET", "/api/me", null, token).status(), "the other instance still accepts the token");
    }
}
