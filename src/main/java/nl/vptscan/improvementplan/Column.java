package nl.vptscan.improvementplan;

import java.util.function.Function;

/**
 * One column of a workbook table: its key, its header in both languages, its width (characters), how its
 * cells are written, whether the organisation may edit it, and how a row gives its value.
 */
record Column<T>(String key, String nl, String en, int width, Kind kind, boolean editable, Function<T, Object> value) {

    /** How a column's cells are written and read back. */
    enum Kind { TEXT, WRAPPED_TEXT, INTEGER, DATE, AMOUNT, ID }

    static <T> Column<T> of(String key, String nl, String en, int width, Kind kind, Function<T, Object> value) {
        return new Column<>(key, nl, en, width, kind, false, value);
    }

    static <T> Column<T> editable(String key, String nl, String en, int width, Kind kind, Function<T, Object> value) {
        return new Column<>(key, nl, en, width, kind, true, value);
    }

    String header(String lang) {
        return "en".equals(lang) ? en : nl;
    }
}
