package nl.vptscan.access;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordPolicyTest {

    private static String problem(String username, String password) {
        return PasswordPolicy.check("password", username, password).map(e -> e.message()).orElse("");
    }

    @Test
    void acceptsALongSentence() {
        assertEquals("", problem("jansen", "paarse olifanten dansen"));
    }

    @Test
    void refusesFewerThanTwelveCharacters() {
        assertTrue(problem("jansen", "elf-tekens!").contains("12"));
    }

    @Test
    void refusesMoreThanSeventyTwoBytesThoughFewerCharacters() {
        assertTrue(problem("jansen", "é".repeat(37)).contains("72"));
    }

    @Test
    void refusesThePasswordContainingTheUserNameInAnyCase() {
        assertTrue(problem("Jansen", "ikbenJANSENuitdelft").contains("user name"));
    }

    @Test
    void refusesCommonPasswordsInAnyCaseAndWithDigitsAdded() {
        assertTrue(problem("jansen", "WelkomWelkom").contains("common"));
        assertTrue(problem("jansen", "Wachtwoord2024!").contains("common"));
        assertTrue(problem("jansen", "qwertyuiop123").contains("common"));
    }

    @Test
    void throttleDelayDoublesFromTheLimitUpToTheMaximum() {
        ThrottleConfiguration config = new ThrottleConfiguration(5, 50, 20, Duration.ofSeconds(30),
                Duration.ofMinutes(15), Duration.ofHours(1));
        assertEquals(Duration.ZERO, config.delay(4, 5));
        assertEquals(Duration.ofSeconds(30), config.delay(5, 5));
        assertEquals(Duration.ofSeconds(60), config.delay(6, 5));
        assertEquals(Duration.ofMinutes(15), config.delay(40, 5));
    }
}
