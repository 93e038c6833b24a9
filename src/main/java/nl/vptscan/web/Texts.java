package nl.vptscan.web;

import io.micronaut.context.MessageSource;
import jakarta.inject.Singleton;

import java.util.Locale;

/** Message texts for the few words controllers put into a page model (answer labels, level names). */
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
}
