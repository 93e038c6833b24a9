package nl.vptscan.registration;

/**
 * One cell of an export as read: its text, and for a number cell of a workbook also that number read as a date
 * (a workbook stores a date as a day count); a formula cell has no value the import can trust.
 */
record Cell(String text, java.time.LocalDate date, boolean formula) {

    static final Cell BLANK = new Cell("", null, false);

    static Cell text(String text) {
        return new Cell(text == null ? "" : text, null, false);
    }

    boolean blank() {
        return !formula && text.isBlank();
    }
}
