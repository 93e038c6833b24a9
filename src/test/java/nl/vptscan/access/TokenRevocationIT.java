package nl.vptscan.access;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.vptscan.AdminLoginFilter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A token ends with its logout, and every token of a user ends when its password, role or status changes. */
@MicronautTest(transactional = false)
class TokenRevocationIT {

    static final String PASSWORD = "correct-horse-battery-staple";
    static final String NEW_PASSWORD = "another-horse-battery-staple";

    @Inject
    EmbeddedServer server;

    AuthClient http;
    String admin;
    String user;
    long id;
    String token;

    @BeforeEach
    void setUp() throws Exception {
        http = new AuthClient(server.getURI());
        admin = AdminLoginFilter.login(server.getURI(), "test-admin", "lange-beheerder-wachtzin-2026");
        user = AuthClient.name("revoke");
        id = http.createUser(admin, user, PASSWORD, "INSPECTOR");
        token = http.token(user, PASSWORD);
        assertEquals(200, http.get("/api/me", token).statusCode());
    }

    @Test
    void apiLogoutEndsThatTokenOnly() {
        String other = http.token(user, PASSWORD);
        assertEquals(204, http.send("POST", "/api/logout", token, null).statusCode());
        assertEquals(401, http.get("/api/me", token).statusCode());
        assertEquals(200, http.get("/api/me", other).statusCode(), "another login of the same user");
    }

    @Test
    void apiLogoutWithTheCookieEndsIt() {
        // a cookie alone is a cross-site request as far as the service knows: it needs the form token
        HttpResponse<String> forged = http.send(java.net.http.HttpRequest.newBuilder(server.getURI().resolve("/api/logout"))
                .header("Cookie", "JWT=" + token).POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
        assertEquals(403, forged.statusCode());
        assertEquals(200, http.get("/api/me", token).statusCode());
        HttpResponse<String> response = http.send(java.net.http.HttpRequest.newBuilder(server.getURI().resolve("/api/logout"))
                .header("Cookie", "JWT=" + token).header("X-CSRF-Token", http.csrf(token))
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
        assertEquals(204, response.statusCode());
        assertEquals(401, http.get("/api/me", token).statusCode());
    }

    @Test
    void pageLogoutEndsTheToken() {
        String csrf = http.csrf(token);
        HttpResponse<String> response = http.postForm("/uitloggen", token, "_csrf=" + encode(csrf));
        assertEquals(303, response.statusCode());
        assertEquals(401, http.get("/api/me", token).statusCode());
    }

    @Test
    void ownPasswordChangeEndsEveryToken() {
        HttpResponse<String> response = http.send("PUT", "/api/users/me/password", token,
                AuthClient.json("currentPassword", PASSWORD, "newPassword", NEW_PASSWORD));
        assertEquals(204, response.statusCode(), response.body());
        assertEquals(401, http.get("/api/me", token).statusCode());
        assertEquals(401, http.login(user, PASSWORD).statusCode());
        assertEquals(200, http.login(user, NEW_PASSWORD).statusCode());
    }

    @Test
    void ownPasswordChangeNeedsTheCurrentPassword() {
        HttpResponse<String> response = http.send("PUT", "/api/users/me/password", token,
                AuthClient.json("currentPassword", "not-the-password", "newPassword", NEW_PASSWORD));
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("currentPassword"), response.body());
        assertEquals(200, http.get("/api/me", token).statusCode());
    }

    @Test
    void passwordResetByAnAdministratorEndsEveryToken() {
        HttpResponse<String> response = http.send("PUT", "/api/users/" + id + "/password", admin,
                AuthClient.json("password", NEW_PASSWORD));
        assertEquals(204, response.statusCode(), response.body());
        assertEquals(401, http.get("/api/me", token).statusCode());
        assertEquals(200, http.login(user, NEW_PASSWORD).statusCode());
    }

    @Test
    void roleChangeEndsEveryToken() {
        HttpResponse<String> response = http.send("PUT", "/api/users/" + id + "/role", admin,
                AuthClient.json("role", "ADMIN"));
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(401, http.get("/api/me", token).statusCode());
        assertTrue(http.get("/api/me", http.token(user, PASSWORD)).body().contains("ADMIN"));
    }

    @Test
    void deactivationEndsEveryTokenAndLoginUntilReactivated() {
        HttpResponse<String> response = http.send("PUT", "/api/users/" + id + "/active", admin, "{\"active\":false}");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(401, http.get("/api/me", token).statusCode());
        assertEquals(401, http.login(user, PASSWORD).statusCode());
        assertEquals(200, http.send("PUT", "/api/users/" + id + "/active", admin, "{\"active\":true}").statusCode());
        assertEquals(200, http.login(user, PASSWORD).statusCode());
    }

    @Test
    void passwordPageChangesThePasswordAndKeepsThisBrowserLoggedIn() {
        HttpResponse<String> form = http.getPage("/account/wachtwoord", token);
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("name=\"currentPassword\""), form.body());
        String csrf = http.csrf(token);
        HttpResponse<String> response = http.postForm("/account/wachtwoord", token, "_csrf=" + encode(csrf)
                + "&currentPassword=" + encode(PASSWORD) + "&newPassword=" + encode(NEW_PASSWORD));
        assertEquals(303, response.statusCode(), response.body());
        String cookie = response.headers().firstValue("Set-Cookie").orElse("");
        assertTrue(cookie.startsWith("JWT=") && cookie.length() > 20, cookie);
        assertEquals(401, http.get("/api/me", token).statusCode(), "the old token");
        assertEquals(200, http.get("/api/me", cookie.substring(4, cookie.indexOf(';'))).statusCode(), "the new cookie");
        assertEquals(200, http.login(user, NEW_PASSWORD).statusCode());
    }

    @Test
    void passwordPageShowsAWrongCurrentPasswordBesideTheField() {
        String csrf = http.csrf(token);
        HttpResponse<String> response = http.postForm("/account/wachtwoord", token, "_csrf=" + encode(csrf)
                + "&currentPassword=wrong-wrong-wrong&newPassword=" + encode(NEW_PASSWORD));
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("currentPassword-error"), response.body());
        assertEquals(200, http.login(user, PASSWORD).statusCode());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
