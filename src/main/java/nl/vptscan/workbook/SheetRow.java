package nl.vptscan.workbook;

import java.util.List;

/** One row of an uploaded sheet: its number as the sheet shows it (1 for the first) and its stored cells. */
public record SheetRow(int number, List<SheetCell> cells) {

    public SheetRow {
        cells = List.copyOf(cells);
    }

    /** The cell in a column (0 for A), or null when the row stores none there; the last one wins, as in Excel. */
    public SheetCell cell(int column) {
        for (int i = cells.size() - 1; i >= 0; i--) {
            if (cells.get(i).column() == column) {
                return cells.get(i);
            }
        }
        return null;
    }
}
