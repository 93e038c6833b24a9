package nl.vptscan.questionnaire;

import io.micronaut.serde.annotation.Serdeable;

/** A text a user reads, in Dutch (first) and English. */
@Serdeable
public record Text(String nl, String en) {

    /** The text in the language asked for; Dutch unless {@code en} is asked. */
    public String in(String lang) {
        return "en".equalsIgnoreCase(lang) ? en : nl;
    }
}
