package nl.vptscan.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** After logging in, only a page of this site is a place to return to. */
class LoginReturnTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/beoordelingen/5/plan", "/beoordelingen/5/onderwerp/m1?opgeslagen=1",
            "/organisaties/3#beoordelingen"})
    void returnsToAPathOfThisSite(String target) {
        assertTrue(LoginReturn.safe(target), target);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "//evil.example/x", "https://evil.example/", "/\\evil.example", "\\\\evil.example",
            "javascript:alert(1)", "beoordelingen/5", "/a b", "/\tx", "/inloggen?terug=/x",
            "/uitloggen"})
    void neverElsewhere(String target) {
        assertFalse(LoginReturn.safe(target), target);
    }
}
