package nl.vptscan.result;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The message bundles of the pages ({@code i18n/messages*.properties}), read for the words of levels and severities
 * so that pages, workbooks and reports name them alike.
 */
public final class Words {

    private static final ResourceBundle NL = ResourceBundle.getBundle("i18n.messages", Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    private static final ResourceBundle EN = ResourceBundle.getBundle("i18n.messages", Locale.ENGLISH,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private Words() {
    }

    static ResourceBundle of(String lang) {
        return "en".equals(lang) ? EN : NL;
    }

    /** A word as the pages show it: the bundles write an apostrophe twice, as the message format wants. */
    public static String get(String lang, String key) {
        return of(lang).getString(key).replace("''", "'");
    }

    /** A message with its arguments filled in, as the pages format it. */
    public static String format(String lang, String key, Object... arguments) {
        return new java.text.MessageFormat(of(lang).getString(key), "en".equals(lang) ? Locale.ENGLISH
                : Locale.forLanguageTag("nl")).format(arguments);
    }
}
