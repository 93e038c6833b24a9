package nl.vptscan.web;

import java.text.NumberFormat;
import java.util.Locale;

/** Whole euro amounts as a page shows them: Dutch notation ({@code € 1.200}) or English ({@code €1,200}). */
final class Euros {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private Euros() {
    }

    static String format(long amount, String lang) {
        boolean english = "en".equals(lang);
        String number = NumberFormat.getIntegerInstance(english ? Locale.UK : DUTCH).format(amount);
        return english ? "€" + number : "€ " + number;
    }
}
