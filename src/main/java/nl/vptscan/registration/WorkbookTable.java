package nl.vptscan.registration;

import nl.vptscan.problem.DomainException;
import nl.vptscan.workbook.SheetCell;
import nl.vptscan.workbook.SheetRow;
import nl.vptscan.workbook.UploadedWorkbook;
import org.apache.poi.ss.usermodel.DateUtil;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads an xlsx export: its first sheet, the first row that is not blank as the header, then one row at a time.
 * The workbook passes the upload guard first (size, zip bomb, rows and cells), which limits an export to
 * {@value #MAX_GUARDED_ROWS} rows.
 */
final class WorkbookTable {

    /** The upload guard's limit on the rows of a sheet. */
    static final int MAX_GUARDED_ROWS = 1000;

    private WorkbookTable() {
    }

    static void read(byte[] content, Rows rows) {
        UploadedWorkbook workbook;
        try {
            workbook = UploadedWorkbook.read(content);
        } catch (DomainException refused) {
            throw malformed(refused);
        }
        if (workbook.sheetNames().isEmpty()) {
            throw RegistrationRefused.file(RegistrationRefused.Reason.EMPTY, "the workbook has no sheet");
        }
        boolean[] header = {false};
        int[] width = {0};
        try {
            workbook.rows(workbook.sheetNames().get(0), row -> {
                List<Cell> cells = cells(row, workbook.date1904(), header[0] ? width[0] : -1);
                if (cells.stream().allMatch(Cell::blank)) {
                    return;
                }
                if (!header[0]) {
                    header[0] = true;
                    width[0] = cells.size();
                    rows.header(row.number(), cells.stream().map(Cell::text).toList());
                } else {
                    rows.row(row.number(), cells);
                }
            });
        } catch (RegistrationRefused refused) {
            throw refused;
        } catch (DomainException refused) {
            throw malformed(refused);
        }
        if (!header[0]) {
            throw RegistrationRefused.file(RegistrationRefused.Reason.EMPTY, "the first sheet of the workbook is empty");
        }
    }

    /** The cells of a row by column, blanks filled in; at least {@code width} of them. */
    private static List<Cell> cells(SheetRow row, boolean date1904, int width) {
        int last = row.cells().stream().mapToInt(SheetCell::column).max().orElse(-1);
        List<Cell> cells = new ArrayList<>();
        for (int c = 0; c <= Math.max(last, width - 1); c++) {
            SheetCell cell = row.cell(c);
            if (cell == null) {
                cells.add(Cell.BLANK);
                continue;
            }
            cells.add(switch (cell.kind()) {
                case NUMBER -> new Cell(cell.display(), date(cell.number(), date1904), false);
                case FORMULA -> new Cell(cell.display(), null, true);
                case BOOLEAN -> Cell.text("1".equals(cell.value()) ? "ja" : "nee");
                default -> Cell.text(cell.display());
            });
        }
        return cells;
    }

    /** A day count as a date, when it is one Excel can show (1900 to 9999). */
    private static java.time.LocalDate date(double number, boolean date1904) {
        return DateUtil.isValidExcelDate(number) && number >= 1 && number < 2_958_466
                ? DateUtil.getLocalDateTime(number, date1904).toLocalDate() : null;
    }

    private static RegistrationRefused malformed(DomainException refused) {
        String why = refused.errors().isEmpty() ? refused.getMessage() : refused.errors().get(0).message();
        return RegistrationRefused.file(RegistrationRefused.Reason.MALFORMED, "the workbook is refused: " + why, why);
    }
}
