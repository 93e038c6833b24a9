package nl.vptscan.scoring.fact;

import io.micronaut.serde.annotation.Serdeable;

/** How serious a finding is: a legal duty unmet, a risk to address, or good practice to consider. */
@Serdeable
public enum Severity {
    VIOLATION, WARNING, ADVICE
}
