package nl.vptscan.web;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsrfTokensTest {

    private final CsrfTokens tokens = new CsrfTokens("a-server-secret-of-at-least-32-characters");
    private final Optional<String> login = Optional.of("login-token");

    @Test
    void acceptsTheTokenOfTheLoginCookie() {
        assertTrue(tokens.valid(login, tokens.token("login-token")));
    }

    @Test
    void refusesAMissingOrWrongToken() {
        assertFalse(tokens.valid(login, null));
        assertFalse(tokens.valid(login, "forged"));
        assertFalse(tokens.valid(login, ""));
    }

    @Test
    void refusesTheTokenOfAnotherLogin() {
        assertFalse(tokens.valid(login, tokens.token("someone-else's-login-token")));
    }

    @Test
    void refusesAPostWithoutAnyCookie() {
        assertFalse(tokens.valid(Optional.empty(), tokens.token("")));
    }

    @Test
    void bindsTheLoginFormToThePreLoginCookie() {
        String pre = tokens.preLoginCookie().getValue();
        assertTrue(tokens.valid(Optional.of(pre), tokens.token(pre)));
        assertNotEquals(pre, tokens.preLoginCookie().getValue());
    }

    @Test
    void differsPerServerKey() {
        assertNotEquals(tokens.token("x"), new CsrfTokens("another-server-secret-of-32-characters!").token("x"));
    }
}
