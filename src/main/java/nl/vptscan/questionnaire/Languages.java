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

    /** The locale of a language code: English for {@code en}, Dutch otherwise. */
    public static java.util.Locale locale(String lang) {
        return "en".equals(lang) ? java.util.Locale.ENGLISH : java.util.Locale.forLanguageTag("nl");
    }

    /** A bundle text in the language, its {0}, {1}, ... filled with the arguments; the key itself when missing. */
    public static String text(io.micronaut.context.MessageSource messages, String lang, String key, Object... args) {
        java.util.Map<String, Object> values = new java.util.HashMap<>();
        for (int i = 0; i < args.length; i++) {
            values.put(String.valueOf(i), args[i]);
        }
        return messages.getMessage(key, io.micronaut.context.MessageSource.MessageContext.of(locale(lang), values))
                .orElse(key);
    }
}
