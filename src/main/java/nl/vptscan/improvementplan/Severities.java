package nl.vptscan.improvementplan;

import nl.vptscan.result.Severity;

/** The words a plan uses for a finding's severity: the same as the pages'. */
final class Severities {

    private Severities() {
    }

    static String label(String severity, String lang) {
        if (severity == null) {
            return "";
        }
        try {
            return Severity.valueOf(severity).word(lang);
        } catch (IllegalArgumentException e) {
            return severity;
        }
    }
}
