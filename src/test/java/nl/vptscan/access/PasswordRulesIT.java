package nl.vptscan.access;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Password and user-name rules answer 400 naming the field; only JSON logs in at POST /login. */
@MicronautTest(transactional = false)
class PasswordRulesIT {

    static final String PASSWORD = "correct-horse-battery-staple";
    /** 73 bytes: one more than bcrypt reads. */
    static final String TOO_LONG = "ä".repeat(30) + "x".repeat(13);

    @Inject
    EmbeddedServer server;

    AuthClient http;
    String admin;

    @BeforeEach
    void setUp() {
        http = new AuthClient(server.getURI());
        admin = http.token("test-admin", "lange-beheerder-wachtzin-2026");
    }

    private HttpResponse<String> create(String username, String password) {
        return http.send("POST", "/api/users", admin, AuthClient.json("username", username, "password", password,
                "role", "INSPECTOR"));
    }

    private static void assertNamesField(HttpResponse<String> response, String field) {
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"" + field + "\""), response.body());
        assertFalse(response.body().matches("(?s).*\\b(java|String|Integer|Long|byte)\\b.*"), response.body());
    }

    @Test
    void aFormEncodedLoginDoesNotLogIn() {
        String user = AuthClient.name("form");
        http.createUser(admin, user, PASSWORD, "INSPECTOR");
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(server.getURI().resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + PASSWORD)));
        assertTrue(response.statusCode() == 415 || response.statusCode() == 400, response.statusCode() + " " + response.body());
        assertFalse(response.body().contains("access_token"));
    }

    @Test
    void aPasswordOverSeventyTwoBytesIsABadRequestAtCreation() {
        assertNamesField(create(AuthClient.name("long"), TOO_LONG), "password");
    }

    @Test
    void aPasswordOverSeventyTwoBytesIsAnOrdinaryFailureAtLogin() {
        String user = AuthClient.name("long");
        http.createUser(admin, user, PASSWORD, "INSPECTOR");
        HttpResponse<String> response = http.login(user, TOO_LONG);
        assertEquals(401, response.statusCode(), response.body());
    }

    @Test
    void aPasswordOverSeventyTwoBytesIsABadRequestAtAReset() {
        String user = AuthClient.name("long");
        long id = http.createUser(admin, user, PASSWORD, "INSPECTOR");
        assertNamesField(http.send("PUT", "/api/users/" + id + "/password", admin, AuthClient.json("password", TOO_LONG)),
                "password");
        String token = http.token(user, PASSWORD);
        assertNamesField(http.send("PUT", "/api/users/me/password", token,
                AuthClient.json("currentPassword", PASSWORD, "newPassword", TOO_LONG)), "newPassword");
    }

    @Test
    void aShortPasswordIsRefused() {
        assertNamesField(create(AuthClient.name("short"), "elf-tekens!"), "password");
    }

    @Test
    void aPasswordContainingTheUserNameIsRefused() {
        String user = AuthClient.name("Naam");
        assertNamesField(create(user, "xx" + user.toUpperCase() + "xx"), "password");
    }

    @Test
    void aCommonPasswordIsRefusedWhateverItsCase() {
        assertNamesField(create(AuthClient.name("common"), "WelkomWelkom123"), "password");
        assertNamesField(create(AuthClient.name("common"), "Wachtwoord1234"), "password");
        assertNamesField(create(AuthClient.name("common"), "password1234"), "password");
    }

    @Test
    void userNamesAreUniqueRegardlessOfCase() {
        String user = AuthClient.name("uniek");
        http.createUser(admin, user, PASSWORD, "INSPECTOR");
        assertNamesField(create(user.toUpperCase(), PASSWORD), "username");
    }

    @Test
    void aRoleChangeNamesTheMissingBinding() {
        long id = http.createUser(admin, AuthClient.name("rol"), PASSWORD, "INSPECTOR");
        assertNamesField(http.send("PUT", "/api/users/" + id + "/role", admin, AuthClient.json("role", "EMPLOYER")),
                "organisationId");
        assertNamesField(http.send("PUT", "/api/users/" + id + "/role", admin, AuthClient.json("role", "KONING")), "role");
    }
}
