package nl.vptscan.reminder;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import nl.vptscan.questionnaire.Languages;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * A reminder's words in a language: its subject line, its text, and the mail around them (plain text and simple
 * HTML) with the full link to the page concerned ({@code vptscan.reminders.base-url} before the reminder's path).
 */
@Singleton
class ReminderTexts {

    private final MessageSource messages;
    private final String baseUrl;

    ReminderTexts(MessageSource messages, @Value("${vptscan.reminders.base-url:`http://localhost:8080`}") String baseUrl) {
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    String subject(Reminder reminder, String lang) {
        return text(reminder, "subject", lang);
    }

    String body(Reminder reminder, String lang) {
        return text(reminder, "body", lang);
    }

    String link(Reminder reminder) {
        return baseUrl + reminder.link();
    }

    String plain(Reminder reminder, String username, String lang) {
        return Languages.text(messages, lang, "reminder.mail.greeting", username) + "\n\n" + body(reminder, lang)
                + "\n\n" + Languages.text(messages, lang, "reminder.mail.open") + " " + link(reminder) + "\n\n-- \n"
                + Languages.text(messages, lang, "reminder.mail.footer") + "\n";
    }

    String html(Reminder reminder, String username, String lang) {
        String link = escape(link(reminder));
        return "<!DOCTYPE html><html lang=\"" + lang + "\"><body>"
                + "<p>" + escape(Languages.text(messages, lang, "reminder.mail.greeting", username)) + "</p>"
                + "<p>" + escape(body(reminder, lang)) + "</p>"
                + "<p><a href=\"" + link + "\">" + escape(Languages.text(messages, lang, "reminder.mail.open")) + "</a></p>"
                + "<p style=\"color:#555;font-size:small\">" + escape(Languages.text(messages, lang, "reminder.mail.footer"))
                + "</p></body></html>";
    }

    private String text(Reminder reminder, String part, String lang) {
        Object[] args = reminder.params().stream().map(p -> param(p, lang)).toArray();
        return Languages.text(messages, lang, "reminder." + reminder.kind() + "." + part, args);
    }

    private static Object param(Object value, String lang) {
        if (value instanceof Reminder.Localized localized) {
            return localized.in(lang);
        }
        if (value instanceof LocalDate date) {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Languages.locale(lang)).format(date);
        }
        return value;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
