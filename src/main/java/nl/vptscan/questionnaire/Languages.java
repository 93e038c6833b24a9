package nl.vptscan.questionnaire;

import nl.vptscan.problem.DomainException;

/** The languages users read: Dutch (the default) and English. */
public final class Languages {

    private Languages() {
    }

    /** {@code nl} when none is asked; {@code nl} or {@code en} as asked; 400 for anything else. */
    public static String of(String lang) {
        if (lang == null || lang.isBlank() || lang.equalsIgnoreCase("nl")) {
            return "nl";
        }
        if (lang.equalsIgnoreCase("en")) {
            return "en";
        }
        throw DomainException.invalidField("use nl or en", "lang", "language.unsupported", lang);
    }
}
