package nl.vptscan.web;

import nl.vptscan.problem.ApiException;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CsrfTokensTest {

    private final CsrfTokens tokens = new CsrfTokens("a-server-secret-of-at-least-32-characters");
    private final Optional<String> login = Optional.of("login-token");

    @Test
    void acceptsTheTokenOfTheLoginCookie() {
        assertDoesNotThrow(() -> tokens.check(login, tokens.token("login-token")));
    }

    @Test
    void refusesAMissingOrWrongTokenWith403() {
        assertEquals(403, assertThrows(ApiException.class, () -> tokens.check(login, null)).status().getCode());
        assertThrows(ApiException.class, () -> tokens.check(login, "forged"));
        assertThrows(ApiException.class, () -> tokens.check(login, ""));
    }

    @Test
    void refusesTheTokenOfAnotherLogin() {
        assertThrows(ApiException.class, () -> tokens.check(login, tokens.token("someone-else's-login-token")));
    }

    @Test
    void refusesAPostWithoutAnyCookie() {
        assertThrows(ApiException.class, () -> tokens.check(Optional.empty(), tokens.token("")));
    }

    @Test
    void bindsTheLoginFormToThePreLoginCookie() {
        String pre = tokens.preLoginCookie().getValue();
        assertDoesNotThrow(() -> tokens.check(Optional.of(pre), tokens.token(pre)));
        assertNotEquals(pre, tokens.preLoginCookie().getValue());
    }

    @Test
    void differsPerServerKey() {
        assertNotEquals(tokens.token("x"), new CsrfTokens("another-server-secret-of-32-characters!").token("x"));
    }
}
