package nl.vptscan.improvementplan;

import java.util.Arrays;
import java.util.Optional;

/** Where an improvement action stands, with the words the plan uses for it. */
public enum ActionStatus {
    OPEN("open", "open"),
    IN_PROGRESS("in uitvoering", "in progress"),
    DONE("gereed", "done");

    private final String nl;
    private final String en;

    ActionStatus(String nl, String en) {
        this.nl = nl;
        this.en = en;
    }

    public String label(String lang) {
        return "en".equals(lang) ? en : nl;
    }

    /** The status for a label in either language or its code (case and spaces ignored). */
    public static Optional<ActionStatus> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(java.util.Locale.ROOT);
        return Arrays.stream(values())
                .filter(s -> s.nl.equals(t) || s.en.equals(t) || s.name().equalsIgnoreCase(t.replace(' ', '_')))
                .findFirst();
    }

    static String[] labels(String lang) {
        return Arrays.stream(values()).map(s -> s.label(lang)).toArray(String[]::new);
    }
}
