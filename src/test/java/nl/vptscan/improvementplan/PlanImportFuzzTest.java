package nl.vptscan.improvementplan;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import nl.vptscan.problem.ApiException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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

    @Property(tries = 400)
    @StatisticsReport(onFailureOnly = true)
    void planSheetWithAnyCellsGivesEditsOrA400(@ForAll("languages") String lang,
                                               @ForAll @Size(min = 1, max = 4) List<@From("lines") PlanLine> lines) {
        byte[] upload = workbook(lang, lines);
        String outcome = assertTimeoutPreemptively(TIME_LIMIT, () -> {
            try {
                Map<Long, ActionEdit> edits = PlanImport.read(upload, ASSESSMENT, EXISTING);
                assertTrue(EXISTING.keySet().containsAll(edits.keySet()), () -> "edits for unknown actions: " + edits);
                edits.values().forEach(edit -> assertTrue(edit.dueDate() != null && edit.status() != null,
                        () -> "an edit without due date or status: " + edit));
                return "edits";
            } catch (ApiException e) {
                assertEquals(400, e.status().getCode(), e.getMessage());
                assertTrue(!e.errors().isEmpty(), "a refusal names what is wrong");
                return "refused";
            }
        }, () -> "reading took longer than " + TIME_LIMIT);
        Statistics.collect(outcome);
    }

    /** Both outcomes must occur, or the cells are too tame or too wild to test much. */
    @AfterProperty
    void bothOutcomesOccur() {
        Statistics.coverage(coverage -> {
            coverage.check("edits").percentage(p -> p >= 3);
            coverage.check("refused").percentage(p -> p >= 5);
        });
    }

    @Provide
    Arbitrary<String> languages() {
        return Arbitraries.of("nl", "en");
    }

    @Provide
    Arbitrary<PlanLine> lines() {
        Arbitrary<CellValue> id = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.longs().between(1, EXISTING.size()).map(n -> number("id " + n, n))),
                Tuple.of(2, anyCell()));
        Arbitrary<CellValue> owner = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.strings().alpha().withChars(' ').ofMaxLength(30).map(s -> text("owner", s))),
                Tuple.of(1, anyCell()));
        Arbitrary<CellValue> due = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(0, 40_000).map(days -> date(LocalDate.of(2000, 1, 1).plusDays(days)))),
                Tuple.of(1, Arbitraries.integers().between(0, 40_000).map(days ->
                        text("due", LocalDate.of(2000, 1, 1).plusDays(days).toString()))),
                Tuple.of(2, anyCell()));
        Arbitrary<CellValue> status = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of("open", "in uitvoering", "gereed", "in progress", "done", " Gereed ", "IN_PROGRESS")
                        .map(s -> text("status", s))),
                Tuple.of(1, anyCell()));
        Arbitrary<CellValue> cost = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100000")).ofScale(2)
                        .map(amount -> amount(amount.doubleValue()))),
                Tuple.of(1, Arbitraries.of("€ 1.234,56", "1,5", "12", "1.000.000", "", "-3", "1e3")
                        .map(s -> text("cost", s))),
                Tuple.of(2, anyCell()));
        Arbitrary<CellValue> remarks = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.strings().ofMaxLength(60).map(s -> text("remarks", s))),
                Tuple.of(1, anyCell()));
        return net.jqwik.api.Combinators.combine(id, owner, due, status, cost, remarks)
                .as((a, b, c, d, e, f) -> new PlanLine(List.of(a, b, c, d, e, f)));
    }

    /** Any kind of cell: missing, blank, text, number, date, formula, boolean, error, or crafted raw XML. */
    private static Arbitrary<CellValue> anyCell() {
        return Arbitraries.oneOf(
                Arbitraries.of(new CellValue("missing", null), new CellValue("blank", (cell, styles) -> cell.setBlank())),
                Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(20), Arbitraries.of("", " ", "=1+1", "@SUM(A1)",
                                "2025-02-30", "1999-12-31", "2101-01-01", "+2025-01-01", "9".repeat(30), "-1", "0", "1.5",
                                "1e9999999999", "1e-9999999999", "NaN", "Infinity", "€", "1,2,3", "na", "\u0000", "x".repeat(5000)))
                        .map(s -> text("text", s)),
                Arbitraries.oneOf(Arbitraries.doubles(), Arbitraries.doubles().between(-10, 100_000),
                                Arbitraries.of(0.0, -0.0, 1.0, 2.5, -1.0, 1e300, -1e300, Double.MAX_VALUE, Double.MIN_VALUE,
                                        (double) Long.MAX_VALUE, 2958465.0, 2958466.0, 9_999_999_999.99, 10_000_000_000.0))
                        .flatMap(d -> Arbitraries.of(number("number " + d, d), amount(d), dateStyled(d))),
                Arbitraries.integers().between(-300_000, 300_000).map(days -> date(LocalDate.of(2026, 1, 1).plusDays(days))),
                Arbitraries.of("1+1", "TODAY()", "A1", "1/0", "\"x\"&\"y\"", "NA()", "DATE(2026,1,1)", "M2")
                        .map(f -> new CellValue("formula " + f, (cell, styles) -> cell.setCellFormula(f))),
                Arbitraries.of(true, false).map(b -> new CellValue("boolean " + b, (cell, styles) -> cell.setCellValue(b))),
                Arbitraries.of(FormulaError.DIV0, FormulaError.NA, FormulaError.REF, FormulaError.NUM, FormulaError.VALUE)
                        .map(e -> new CellValue("error " + e, (cell, styles) -> cell.setCellErrorValue(e.getCode()))),
                Arbitraries.of("1e999", "-1e999", "NaN", "abc", "", "99999999999999999999", "-1", " 12 ")
                        .flatMap(v -> Arbitraries.of(raw("raw number '" + v + "'", STCellType.N, v, false),
                                raw("raw date-styled number '" + v + "'", STCellType.N, v, true),
                                raw("raw shared string '" + v + "'", STCellType.S, v, false),
                                raw("raw boolean '" + v + "'", STCellType.B, v, false),
                                raw("raw error '" + v + "'", STCellType.E, v, false))));
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
                    LocalDate.of(2026, 9, 1), ActionStatus.OPEN, null, null, Instant.EPOCH));
        }
        return actions;
    }
}
