package nl.vptscan.registration;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the values of an export as Dutch spreadsheet programs write them: dates as dd-mm-jjjj (or d-m-jjjj, with
 * {@code /} or {@code .}) and ISO, optionally with a time; yes/no as ja/nee/j/n/1/0 (and yes/no/true/false); amounts
 * as "€ 1.250,00"; numbers with a decimal comma or point. Each returns empty when the text is no such value.
 */
final class Values {

    private static final Pattern DUTCH_DATE = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?)?");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?");
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(\\.\\d{3})+");

    private Values() {
    }

    static Optional<LocalDate> date(String text) {
        String value = text.strip();
        try {
            Matcher dutch = DUTCH_DATE.matcher(value);
            if (dutch.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(dutch.group(3)), Integer.parseInt(dutch.group(2)),
                        Integer.parseInt(dutch.group(1))));
            }
            Matcher iso = ISO_DATE.matcher(value);
            if (iso.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3))));
            }
        } catch (DateTimeException e) {
            // 31-02-2026 and the like: no date
        }
        return Optional.empty();
    }

    static Optional<Boolean> yesNo(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "ja", "j", "1", "yes", "y", "true", "waar", "x" -> Optional.of(true);
            case "nee", "n", "0", "no", "false", "onwaar" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    /** An amount of money, with or without the euro sign; at least zero. */
    static Optional<BigDecimal> amount(String text) {
        String value = text.strip().replaceFirst("^(€|EUR|eur)\\s*", "").replaceFirst("\\s*(€|EUR|eur)$", "")
                .replace("\u00a0", "").replace(" ", "").replaceFirst(",-$", "");
        return number(value);
    }

    /** A number of at least zero, with a decimal comma (thousands with points) or a decimal point. */
    static Optional<BigDecimal> number(String text) {
        String value = text.strip();
        if (value.contains(",")) {
            value = value.replace(".", "").replace(',', '.');
        } else if (THOUSANDS.matcher(value).matches()) {
            value = value.replace(".", "");
        }
        if (!value.matches("\\d+(\\.\\d+)?")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(value));
    }
}
