package nl.vptscan.workbook;

/**
 * One cell of an uploaded sheet as stored: its column (0 for A), what kind of value it holds, and that value as
 * text (a string's text, a number as written, {@code 1}/{@code 0} for a boolean, an error code, or a formula
 * without its {@code =}).
 */
public record SheetCell(int column, Kind kind, String value) {

    /** What a cell holds, as the sheet stores it. */
    public enum Kind { BLANK, STRING, NUMBER, BOOLEAN, ERROR, FORMULA }

    /** The number of a {@link Kind#NUMBER} cell; the reader only lets finite numbers through. */
    public double number() {
        return Double.parseDouble(value);
    }

    /** The value as a person reads it: numbers without a needless {@code .0}, formulas with their {@code =}. */
    public String display() {
        return switch (kind) {
            case STRING -> value;
            case NUMBER -> {
                double number = number();
                yield number == Math.rint(number) && Math.abs(number) < 1e18 ? String.valueOf((long) number)
                        : String.valueOf(number);
            }
            case BOOLEAN -> String.valueOf("1".equals(value));
            case FORMULA -> "=" + value;
            case BLANK, ERROR -> "";
        };
    }
}
