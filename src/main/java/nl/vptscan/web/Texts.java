package nl.vptscan.web;

import io.micronaut.context.MessageSource;
import jakarta.inject.Singleton;


/** Message texts for the few words controllers put into a page model (answer labels, level names, errors). */
@Singleton
final class Texts {

    private final MessageSource messages;

    Texts(MessageSource messages) {
        this.messages = messages;
    }

    String get(String lang, String key, Object... args) {
        return nl.vptscan.questionnaire.Languages.text(messages, lang, key, args);
    }

    /** A refusal in the page's language: the text of its code with its parameters, or, without a code, as given. */
    String error(String lang, String code, java.util.List<Object> params, String fallback) {
        if (code == null) {
            return fallback;
        }
        String key = "error." + code;
        // a count of one has its own words where the bundle gives them ("1 fout", not "1 fouten")
        if (!params.isEmpty() && params.get(0) instanceof Number n && n.doubleValue() == 1
                && !get(lang, key + ".one").equals(key + ".one")) {
            key = key + ".one";
        }
        // a parameter that is a text in both languages (a topic's title) is said in the page's language
        Object[] args = params.stream().map(p -> p instanceof nl.vptscan.questionnaire.Text t ? t.in(lang) : p).toArray();
        String text = get(lang, key, args);
        return text.equals(key) ? fallback : text;
    }

    /** What is wrong with one field, in the page's language. */
    String error(String lang, nl.vptscan.problem.FieldError error) {
        return error(lang, error.code(), error.params(), error.message());
    }
}
