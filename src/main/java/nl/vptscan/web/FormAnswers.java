package nl.vptscan.web;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers as people type them on a page, turned into the form the API takes: Dutch numbers ("1.500", "2,5"),
 * percentages with a "%" sign, dates as dd-mm-jjjj beside the date picker's jjjj-mm-dd. What cannot be read is
 * passed on as typed, so the question's check says what is wrong with it. The JSON API stays strict.
 */
final class FormAnswers {

    private static final Pattern THOUSANDS = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+(,\\d+)?");
    private static final Pattern DUTCH_DATE = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})");

    private FormAnswers() {
    }

    /** A number: "1.500" (thousands with dots), "2,5" or "2.5" (a decimal comma or point), "1.500,25". */
    static Object number(String typed) {
        String text = typed.strip().replace(" ", "").replace("\u00a0", "");
        String plain = THOUSANDS.matcher(text).matches() ? text.replace(".", "").replace(',', '.')
                : text.replace(',', '.');
        try {
            return new BigDecimal(plain).doubleValue();
        } catch (NumberFormatException e) {
            return typed;
        }
    }

    /** A percentage: a number as {@link #number} reads it, with or without a "%" sign after it. */
    static Object percentage(String typed) {
        String text = typed.strip();
        if (text.endsWith("%")) {
            Object number = number(text.substring(0, text.length() - 1));
            return number instanceof Double ? number : typed;
        }
        return number(text);
    }

    /** A date: jjjj-mm-dd as the date picker sends it, or dd-mm-jjjj / d-m-jjjj as people write it. */
    static String date(String typed) {
        String text = typed.strip();
        Matcher dutch = DUTCH_DATE.matcher(text);
        if (dutch.matches()) {
            try {
                return LocalDate.of(Integer.parseInt(dutch.group(3)), Integer.parseInt(dutch.group(2)),
                        Integer.parseInt(dutch.group(1))).toString();
            } catch (DateTimeException e) {
                return typed;
            }
        }
        return text;
    }
}
