package nl.vptscan.scoring.fact;

/** How serious a finding is: a legal duty unmet, a risk to address, or good practice to consider. */
public enum Severity {
    VIOLATION, WARNING, ADVICE
}
