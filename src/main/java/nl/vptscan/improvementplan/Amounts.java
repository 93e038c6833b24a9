package nl.vptscan.improvementplan;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads an amount typed as text into a plan cell the way its writer meant it: Dutch "1.500", "1.500,00",
 * "€ 1.500,-" and English "1,500.00" alike. A lone separator followed by exactly three digits is a thousands
 * separator in the workbook's language (the dot in Dutch, the comma in English); otherwise it is the decimal one.
 */
final class Amounts {

    private static final Pattern CURRENCY = Pattern.compile("(?i)€|\\beur\\b|\\beuro\\b|eur(?=[0-9])");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F']");
    private static final Pattern DIGITS = Pattern.compile("-?[0-9.,]*[0-9][0-9.,]*");

    private Amounts() {
    }

    /** The amount in {@code text}, or empty when it is not one. */
    static Optional<BigDecimal> parse(String text, String lang) {
        String s = SPACES.matcher(CURRENCY.matcher(text).replaceAll("")).replaceAll("");
        if (s.endsWith(",-") || s.endsWith(".-")) {
            s = s.substring(0, s.length() - 2);
        }
        if (!DIGITS.matcher(s).matches()) {
            return Optional.empty();
        }
        boolean negative = s.startsWith("-");
        String digits = negative ? s.substring(1) : s;
        int dot = digits.lastIndexOf('.');
        int comma = digits.lastIndexOf(',');
        char decimal;
        if (dot >= 0 && comma >= 0) {
            decimal = dot > comma ? '.' : ',';
        } else if (dot < 0 && comma < 0) {
            decimal = 0;
        } else {
            char separator = dot >= 0 ? '.' : ',';
            int index = Math.max(dot, comma);
            boolean once = digits.indexOf(separator) == index;
            boolean grouping = digits.length() - index - 1 == 3
                    && separator == ("en".equals(lang) ? ',' : '.');
            decimal = once && !grouping ? separator : 0;
        }
        String whole = decimal == 0 ? digits : digits.substring(0, digits.lastIndexOf(decimal));
        String fraction = decimal == 0 ? "" : digits.substring(digits.lastIndexOf(decimal) + 1);
        char group = decimal == '.' ? ',' : decimal == ',' ? '.' : (dot >= 0 ? '.' : ',');
        if (!fraction.matches("[0-9]+") && decimal != 0 || !grouped(whole, group)) {
            return Optional.empty();
        }
        String plain = whole.replace(String.valueOf(group), "") + (fraction.isEmpty() ? "" : "." + fraction);
        BigDecimal value = new BigDecimal(plain);
        return Optional.of(negative ? value.negate() : value);
    }

    /** Digits with no separator, or groups of three after a first group of one to three. */
    private static boolean grouped(String whole, char group) {
        if (whole.indexOf(group) < 0) {
            return whole.matches("[0-9]+");
        }
        String g = Pattern.quote(String.valueOf(group));
        return whole.matches("[0-9]{1,3}(" + g + "[0-9]{3})+");
    }
}
