package nl.vptscan.web;

import io.micronaut.context.MessageSource;
import jakarta.inject.Singleton;

import java.util.Locale;

/** Message texts for the few words controllers put into a page model (answer labels, level names, errors). */
@Singleton
final class Texts {

    private final MessageSource messages;

    Texts(MessageSource messages) {
        this.messages = messages;
    }

    String get(String lang, String key, Object... args) {
        Locale locale = "en".equals(lang) ? Locale.ENGLISH : PageLocaleResolver.DUTCH;
        java.util.Map<String, Object> values = new java.util.HashMap<>();
        for (int i = 0; i < args.length; i++) {
            values.put(String.valueOf(i), args[i]);
        }
        return messages.getMessage(key, MessageSource.MessageContext.of(locale, values)).orElse(key);
    }

    /**
     * A text a template passes to a message ({@code #{key(${text})}}), kept as it is: that path reads a single
     * apostrophe in the filled-in message as a quote and drops it ("the employer's" would lose it), so it is doubled
     * here. Not for {@link #get}, which keeps parameters as they are.
     */
    static String literal(String text) {
        return text == null ? null : text.replace("'", "''");
    }

    /** A refusal in the page's language: the text of its code with its parameters, or, without a code, as given. */
    String error(String lang, String code, java.util.List<Object> params, String fallback) {
        if (code == null) {
            return fallback;
        }
        String key = "error." + code;
        String text = get(lang, key, params.toArray());
        return text.equals(key) ? fallback : text;
    }

    /** What is wrong with one field, in the page's language. */
    String error(String lang, nl.vptscan.problem.FieldError error) {
        return error(lang, error.code(), error.params(), error.message());
    }
}
