package nl.vptscan.improvementplan;

import nl.vptscan.Fuzz;
import nl.vptscan.problem.DomainException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fills the id and editable columns of a plan sheet with every kind of cell a spreadsheet program (or a crafted
 * file) can hold: the import either returns the edits or refuses the file with a 400 naming the bad cells.
 */
class PlanImportFuzzTest {

    private static final long ASSESSMENT = 42;
    private static final Duration TIME_LIMIT = Duration.ofSeconds(10);
    private static final Map<Long, ImprovementAction> EXISTING = existing();
    private static final List<Column<PlanColumns.PlanRow>> FUZZED = List.of(PlanColumns.ACTION_ID, PlanColumns.OWNER,
            PlanColumns.DUE_DATE, PlanColumns.STATUS, PlanColumns.COST, PlanColumns.REMARKS);

    /** How one cell is written, named for the report. */
    record CellValue(String name, BiConsumer<Cell, Styles> write) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** One row of the plan sheet: a value for the id column and for each editable column. */
    record PlanLine(List<CellValue> cells) {
        @Override
        public String toString() {
            return cells.toString();
        }
    }

    /** The cell styles a plan uses for dates and amounts. */
    record Styles(CellStyle date, CellStyle amount) {
    }

    /** The language of the sheet and its lines. */
    record Upload(String lang, List<PlanLine> lines) {
    }

    @TestFactory
    Stream<DynamicTest> planSheetWithAnyCellsGivesEditsOrA400() {
        // both outcomes must occur, or the cells are too tame or too wild to test much
        return Fuzz.forAll(400, fuzz -> new Upload(fuzz.pick("nl", "en"), fuzz.list(1, 4, () -> line(fuzz))), upload -> {
            byte[] bytes = workbook(upload.lang(), upload.lines());
            return assertTimeoutPreemptively(TIME_LIMIT, () -> {
                try {
                    Map<Long, PlanImport.Row> edits = PlanImport.read(bytes, ASSESSMENT, EXISTING);
                    assertTrue(EXISTING.keySet().containsAll(edits.keySet()), () -> "edits for unknown actions: " + edits);
                    edits.values().forEach(row -> assertTrue(row.edit().dueDate() != null && row.edit().status() != null,
                            () -> "an edit without due date or status: " + row));
                    return "edits";
                } catch (DomainException e) {
                    assertEquals(DomainException.Kind.INVALID, e.kind(), e.getMessage());
                    assertTrue(!e.errors().isEmpty(), "a refusal names what is wrong");
                    return "refused";
                }
            }, () -> "reading took longer than " + TIME_LIMIT);
        }, Map.of("edits", 3.0, "refused", 5.0));
    }

    private static PlanLine line(Fuzz fuzz) {
        long n = fuzz.between(1L, EXISTING.size());
        CellValue id = fuzz.weighted(8, 2) == 0 ? number("id " + n, n) : anyCell(fuzz);
        CellValue owner = fuzz.weighted(4, 1) == 0 ? text("owner", fuzz.string(0, 30, ALPHA_AND_SPACE)) : anyCell(fuzz);
        CellValue due = switch (fuzz.weighted(3, 1, 2)) {
            case 0 -> date(LocalDate.of(2000, 1, 1).plusDays(fuzz.between(0, 40_000)));
            case 1 -> text("due", LocalDate.of(2000, 1, 1).plusDays(fuzz.between(0, 40_000)).toString());
            default -> anyCell(fuzz);
        };
        CellValue status = fuzz.weighted(4, 1) == 0
                ? text("status", fuzz.pick("open", "in uitvoering", "gereed", "in progress", "done", " Gereed ", "IN_PROGRESS"))
                : anyCell(fuzz);
        CellValue cost = switch (fuzz.weighted(2, 1, 2)) {
            case 0 -> amount(BigDecimal.valueOf(fuzz.between(0L, 10_000_000L), 2).doubleValue());
            case 1 -> text("cost", fuzz.pick("€ 1.234,56", "1,5", "12", "1.000.000", "", "-3", "1e3"));
            default -> anyCell(fuzz);
        };
        CellValue remarks = fuzz.weighted(4, 1) == 0 ? text("remarks", fuzz.text(0, 60)) : anyCell(fuzz);
        return new PlanLine(List.of(id, owner, due, status, cost, remarks));
    }

    private static final String ALPHA_AND_SPACE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz ";

    /** Any kind of cell: missing, blank, text, number, date, formula, boolean, error, or crafted raw XML. */
    private static CellValue anyCell(Fuzz fuzz) {
        return switch (fuzz.below(8)) {
            case 0 -> fuzz.pick(new CellValue("missing", null), new CellValue("blank", (cell, styles) -> cell.setBlank()));
            case 1 -> text("text", fuzz.bool() ? fuzz.anyString(0, 20) : fuzz.pick("", " ", "=1+1", "@SUM(A1)",
                    "2025-02-30", "1999-12-31", "2101-01-01", "+2025-01-01", "9".repeat(30), "-1", "0", "1.5",
                    "1e9999999999", "1e-9999999999", "NaN", "Infinity", "€", "1,2,3", "na", "\u0000", "x".repeat(5000)));
            case 2 -> {
                double d = fuzz.oneOf(fuzz::anyDouble, () -> fuzz.between(-10.0, 100_000.0),
                        () -> fuzz.pick(0.0, -0.0, 1.0, 2.5, -1.0, 1e300, -1e300, Double.MAX_VALUE, Double.MIN_VALUE,
                                (double) Long.MAX_VALUE, 2958465.0, 2958466.0, 9_999_999_999.99, 10_000_000_000.0));
                yield fuzz.oneOf(() -> number("number " + d, d), () -> amount(d), () -> dateStyled(d));
            }
            case 3 -> date(LocalDate.of(2026, 1, 1).plusDays(fuzz.between(-300_000, 300_000)));
            case 4 -> {
                String f = fuzz.pick("1+1", "TODAY()", "A1", "1/0", "\"x\"&\"y\"", "NA()", "DATE(2026,1,1)", "M2");
                yield new CellValue("formula " + f, (cell, styles) -> cell.setCellFormula(f));
            }
            case 5 -> {
                boolean b = fuzz.bool();
                yield new CellValue("boolean " + b, (cell, styles) -> cell.setCellValue(b));
            }
            case 6 -> {
                FormulaError e = fuzz.pick(FormulaError.DIV0, FormulaError.NA, FormulaError.REF, FormulaError.NUM,
                        FormulaError.VALUE);
                yield new CellValue("error " + e, (cell, styles) -> cell.setCellErrorValue(e.getCode()));
            }
            default -> {
                String v = fuzz.pick("1e999", "-1e999", "NaN", "abc", "", "99999999999999999999", "-1", " 12 ");
                yield switch (fuzz.below(5)) {
                    case 0 -> raw("raw number '" + v + "'", STCellType.N, v, false);
                    case 1 -> raw("raw date-styled number '" + v + "'", STCellType.N, v, true);
                    case 2 -> raw("raw shared string '" + v + "'", STCellType.S, v, false);
                    case 3 -> raw("raw boolean '" + v + "'", STCellType.B, v, false);
                    default -> raw("raw error '" + v + "'", STCellType.E, v, false);
                };
            }
        };
    }

    private static CellValue text(String what, String value) {
        return new CellValue(what + " '" + (value.length() > 30 ? value.substring(0, 30) + "…" : value) + "'",
                (cell, styles) -> cell.setCellValue(value));
    }

    private static CellValue number(String what, double value) {
        return new CellValue(what, (cell, styles) -> cell.setCellValue(value));
    }

    private static CellValue amount(double value) {
        return new CellValue("amount " + value, (cell, styles) -> {
            cell.setCellValue(value);
            cell.setCellStyle(styles.amount());
        });
    }

    private static CellValue dateStyled(double value) {
        return new CellValue("date-styled number " + value, (cell, styles) -> {
            cell.setCellValue(value);
            cell.setCellStyle(styles.date());
        });
    }

    private static CellValue date(LocalDate date) {
        return new CellValue("date " + date, (cell, styles) -> {
            cell.setCellValue(date);
            cell.setCellStyle(styles.date());
        });
    }

    /** A cell as a hand-edited file may hold it: a type and a value no spreadsheet program would write. */
    private static CellValue raw(String name, STCellType.Enum type, String value, boolean dateStyled) {
        return new CellValue(name, (cell, styles) -> {
            var ct = ((XSSFCell) cell).getCTCell();
            ct.setT(type);
            ct.setV(value);
            if (dateStyled) {
                cell.setCellStyle(styles.date());
            }
        });
    }

    /** A plan workbook as vpt-scan writes it (header, owner property), with the given lines below the header. */
    private static byte[] workbook(String lang, List<PlanLine> lines) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook.createCellStyle(), workbook.createCellStyle());
            styles.date().setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            styles.amount().setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            workbook.createSheet(PlanWorkbook.sheetName("summary", lang));
            XSSFSheet sheet = workbook.createSheet(PlanWorkbook.sheetName("plan", lang));
            Row header = sheet.createRow(0);
            for (int c = 0; c < PlanColumns.PLAN.size(); c++) {
                header.createCell(c).setCellValue(PlanColumns.PLAN.get(c).header(lang));
            }
            for (int r = 0; r < lines.size(); r++) {
                Row row = sheet.createRow(r + 1);
                row.createCell(0).setCellValue(r + 1);
                row.createCell(1).setCellValue("Beleid");
                row.createCell(2).setCellValue("Er is geen beleid");
                row.createCell(PlanColumns.PLAN.indexOf(PlanColumns.PRIORITY)).setCellValue(1 + r % 3);
                row.createCell(PlanColumns.PLAN.indexOf(PlanColumns.VERSION)).setCellValue(1);
                for (int c = 0; c < FUZZED.size(); c++) {
                    CellValue value = lines.get(r).cells().get(c);
                    if (value.write() != null) {
                        value.write().accept(row.createCell(PlanColumns.PLAN.indexOf(FUZZED.get(c))), styles);
                    }
                }
            }
            workbook.getProperties().getCustomProperties()
                    .addProperty(PlanWorkbook.ASSESSMENT_PROPERTY, String.valueOf(ASSESSMENT));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<Long, ImprovementAction> existing() {
        Map<Long, ImprovementAction> actions = new LinkedHashMap<>();
        for (long id = 1; id <= 4; id++) {
            actions.put(id, new ImprovementAction(id, ASSESSMENT, (int) id, "VPT8-M1-0" + id, "m1", "VIOLATION",
                    "Geen beleid", "No policy", "Arbowet art. 3", "Stel beleid vast", "Adopt a policy", 1, null,
                    LocalDate.of(2026, 9, 1), ActionStatus.OPEN, null, null, Instant.EPOCH, 1L));
        }
        return actions;
    }
}
