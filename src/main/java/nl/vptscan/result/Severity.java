package nl.vptscan.result;

import io.micronaut.serde.annotation.Serdeable;

/** How serious a finding is: a legal duty unmet (VIOLATION), a risk to address (WARNING), good practice (ADVICE). */
@Serdeable
public enum Severity {
    VIOLATION, WARNING, ADVICE;

    /** The word for this severity, from the message bundles the pages use too ({@code severity.<NAME>}). */
    public String word(String lang) {
        return Words.get(lang, "severity." + name());
    }
}
