package nl.vptscan.improvementplan;

/** The words a plan uses for a finding's severity. */
final class Severities {

    private Severities() {
    }

    static String label(String severity, String lang) {
        if (severity == null) {
            return "";
        }
        boolean en = "en".equals(lang);
        return switch (severity) {
            case "VIOLATION" -> en ? "violation" : "overtreding";
            case "WARNING" -> en ? "warning" : "waarschuwing";
            case "ADVICE" -> en ? "advice" : "advies";
            default -> severity;
        };
    }
}
