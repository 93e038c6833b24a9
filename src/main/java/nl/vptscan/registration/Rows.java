package nl.vptscan.registration;

import java.util.List;

/** Where a reader of an export hands what it reads: the header row once, then every further row, in order. */
interface Rows {

    /** The header row: its number as the file shows it (1 for the first) and its column names. */
    void header(int row, List<String> headers);

    /** A row after the header that is not blank. */
    void row(int row, List<Cell> cells);
}
