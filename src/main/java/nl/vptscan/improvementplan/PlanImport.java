package nl.vptscan.improvementplan;

import nl.vptscan.problem.DomainException;
import nl.vptscan.problem.FieldError;
import nl.vptscan.workbook.SheetCell;
import nl.vptscan.workbook.SheetRow;
import nl.vptscan.workbook.UploadedWorkbook;
import org.apache.poi.ss.usermodel.DateUtil;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an edited plan workbook back: checks that it is this assessment's plan with the structure vpt-scan
 * wrote, then reads owner, due date, status, cost and remarks of every row, one row at a time, with the version
 * of the action the row was downloaded at. Any bad cell rejects the whole file, with one error per bad cell naming
 * its row; what was read in another notation than the plan's own is noted per row.
 */
final class PlanImport {

    /** The plan sheet's last row: its header and 999 actions, far more than any plan has. */
    static final int MAX_ROWS = 1000;

    private final String lang;
    private final boolean date1904;
    private final Map<Long, ImprovementAction> existing;
    private final List<FieldError> errors = new ArrayList<>();
    /** The row and column of each field named in the errors, for pages that show them. */
    private final Map<String, FieldError.Place> places = new java.util.HashMap<>();
    private final Map<Long, Row> edits = new LinkedHashMap<>();
    private boolean header;

    private PlanImport(String lang, boolean date1904, Map<Long, ImprovementAction> existing) {
        this.lang = lang;
        this.date1904 = date1904;
        this.existing = existing;
    }

    /** One row read back: where it is, which action at which version, the values it holds and how they were read. */
    record Row(int row, long actionId, long version, ActionEdit edit, List<ImprovementPlanService.Note> notes) {
        Row {
            notes = List.copyOf(notes);
        }
    }

    static Map<Long, Row> read(byte[] upload, long assessmentId, Map<Long, ImprovementAction> existing) {
        UploadedWorkbook workbook = UploadedWorkbook.read(upload);
        PlanRecognition.check(workbook, assessmentId);
        String format = workbook.customProperty(PlanWorkbook.FORMAT_PROPERTY).orElse(PlanWorkbook.FORMAT_VERSION);
        if (!format.equals(PlanWorkbook.FORMAT_VERSION)) {
            // rows of an older format carry no version, so they cannot be told apart from stale ones
            throw structure("plan.import.oldFormat", "this copy of the plan was downloaded in an older format (" + format
                    + "); download the plan again and make the changes there");
        }
        String lang = workbook.sheetNames().contains(PlanWorkbook.sheetName("plan", "nl")) ? "nl" : "en";
        String sheet = PlanWorkbook.sheetName("plan", lang);
        if (!workbook.sheetNames().contains(sheet)) {
            throw structure("plan.import.noSheet", "the sheet 'Plan van aanpak' (or 'Action plan') is missing");
        }
        PlanImport plan = new PlanImport(lang, workbook.date1904(), existing);
        workbook.rows(sheet, plan::row);
        if (!plan.header) {
            plan.checkHeader(null);
        }
        if (plan.errors.isEmpty()) {
            plan.checkOrder();
        }
        if (!plan.errors.isEmpty()) {
            throw DomainException.invalid(plan.errors.size() + " problem(s) in the workbook; nothing was changed",
                    plan.errors.stream().map(e -> e.at(plan.places.get(e.field()))).toList());
        }
        return plan.edits;
    }

    private void row(SheetRow row) {
        if (row.number() > MAX_ROWS) {
            throw structure("plan.import.tooManyRows", "the plan sheet has more than " + MAX_ROWS + " rows", MAX_ROWS);
        }
        if (!header) {
            header = true;
            checkHeader(row.number() == 1 ? row : null);
            if (row.number() == 1) {
                return;
            }
        }
        if (!blank(row)) {
            action(row);
        }
    }

    private void checkHeader(SheetRow header) {
        List<Column<PlanColumns.PlanRow>> columns = PlanColumns.PLAN;
        for (int c = 0; c < columns.size(); c++) {
            String expected = columns.get(c).header(lang);
            String found = header == null ? "" : text(header.cell(c));
            if (!expected.equals(found)) {
                throw structure("plan.import.column", "column " + (c + 1) + " is '" + found + "' where '" + expected
                        + "' was expected; columns must not be added, removed or moved", c + 1, found, expected);
            }
        }
        if (!text(header.cell(columns.size())).isEmpty()) {
            throw structure("plan.import.columnAdded", "column " + (columns.size() + 1)
                    + " was added; columns must not be added", columns.size() + 1);
        }
    }

    /** The field of a row, or of one of its cells, as refusals name it; its place is remembered for the page. */
    private String field(int row, String column) {
        String field = column == null ? "row " + row : "row " + row + "." + column;
        places.put(field, column == null ? FieldError.Place.row(row) : FieldError.Place.cell(row, column));
        return field;
    }

    private void action(SheetRow row) {
        String at = field(row.number(), null);
        Long id = id(row.cell(PlanColumns.PLAN.indexOf(PlanColumns.ACTION_ID)));
        if (id == null || !existing.containsKey(id)) {
            errors.add(id == null
                    ? FieldError.coded(at, "has no action id: actions cannot be added in the workbook", "plan.import.noId")
                    : FieldError.coded(at, "action id " + id + " is not in this plan", "plan.import.unknownId", id));
            return;
        }
        if (edits.containsKey(id)) {
            errors.add(FieldError.coded(at, "action id " + id + " appears twice", "plan.import.twice", id));
            return;
        }
        int before = errors.size();
        List<ImprovementPlanService.Note> notes = new ArrayList<>();
        Long version = version(cell(row, PlanColumns.VERSION));
        if (version == null) {
            errors.add(FieldError.coded(field(row.number(), "version"), "the row has no version of its action; download the plan again",
                    "plan.import.noVersion"));
        }
        int priority = priority(cell(row, PlanColumns.PRIORITY), field(row.number(), "priority"), errors);
        String owner = ActionPatch.text(text(cell(row, PlanColumns.OWNER)), field(row.number(), "owner"), ActionEdit.MAX_OWNER, errors);
        LocalDate due = date(cell(row, PlanColumns.DUE_DATE), field(row.number(), "dueDate"));
        String statusText = text(cell(row, PlanColumns.STATUS));
        ActionStatus status = ActionStatus.parse(statusText).orElse(null);
        if (status == null) {
            String labels = String.join(", ", ActionStatus.labels(lang));
            errors.add(FieldError.coded(field(row.number(), "status"), "'" + statusText + "' is not one of " + labels,
                    "plan.import.status", statusText, labels));
        } else if (!statusText.equals(status.label(lang))) {
            notes.add(new ImprovementPlanService.Note("status", statusText, status.label(lang)));
        }
        BigDecimal cost = amount(cell(row, PlanColumns.COST), field(row.number(), "costEstimate"), notes);
        String remarks = ActionPatch.text(text(cell(row, PlanColumns.REMARKS)), field(row.number(), "remarks"),
                ActionEdit.MAX_REMARKS, errors);
        List<Integer> dependsOn = dependsOn(cell(row, PlanColumns.DEPENDS_ON), field(row.number(), "dependsOn"));
        if (errors.size() == before) {
            edits.put(id, new Row(row.number(), id, version, new ActionEdit(priority, owner, due, status, cost, remarks,
                    dependsOn), notes));
        }
    }

    /** The numbers of the actions a row depends on: one number, or numbers separated by commas or semicolons. */
    private List<Integer> dependsOn(SheetCell cell, String field) {
        if (cell != null && cell.kind() == SheetCell.Kind.NUMBER) {
            double value = cell.number();
            if (value == Math.rint(value) && value >= 1 && value <= 999_999) {
                return List.of((int) value);
            }
        }
        String text = text(cell);
        List<Integer> numbers = ActionNumbers.parse(text).orElse(null);
        if (numbers == null) {
            errors.add(FieldError.coded(field, "'" + text + "' is not a list of action numbers (write for example 2, 5)",
                    "plan.import.dependsOn", text));
            return List.of();
        }
        return numbers;
    }

    /** The order of the plan as it would be after the upload: no missing action, no circle. */
    private void checkOrder() {
        Map<Integer, List<Integer>> order = new LinkedHashMap<>();
        Map<Integer, Integer> rowByNumber = new LinkedHashMap<>();
        existing.values().forEach(a -> order.put(a.number(), a.dependsOn()));
        edits.values().forEach(r -> {
            ImprovementAction action = existing.get(r.actionId());
            order.put(action.number(), r.edit().dependsOn());
            rowByNumber.put(action.number(), r.row());
        });
        errors.addAll(PlanOrder.problems(order, number -> rowByNumber.containsKey(number)
                ? field(rowByNumber.get(number), "dependsOn") : "file"));
    }

    private static SheetCell cell(SheetRow row, Column<PlanColumns.PlanRow> column) {
        return row.cell(PlanColumns.PLAN.indexOf(column));
    }

    private static boolean blank(SheetRow row) {
        return row.cells().stream().allMatch(cell -> text(cell).isEmpty());
    }

    /** An action's version as exported: a whole number from 0 (a new action) upwards; null when absent or not. */
    private static Long version(SheetCell cell) {
        if (cell != null && cell.kind() == SheetCell.Kind.NUMBER && cell.number() == 0) {
            return 0L;
        }
        if (cell != null && cell.kind() != SheetCell.Kind.NUMBER && "0".equals(text(cell))) {
            return 0L;
        }
        return id(cell);
    }

    private static Long id(SheetCell cell) {
        if (cell == null) {
            return null;
        }
        if (cell.kind() == SheetCell.Kind.NUMBER) {
            double value = cell.number();
            return value == Math.rint(value) && value > 0 && value < Long.MAX_VALUE ? (long) value : null;
        }
        try {
            return Long.parseLong(text(cell));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private LocalDate date(SheetCell cell, String field) {
        String text = text(cell);
        try {
            // a date cell is a number of days since 1900 (or 1904); POI gives none for a number that is no date
            LocalDateTime numeric = cell == null || cell.kind() != SheetCell.Kind.NUMBER ? null
                    : DateUtil.getLocalDateTime(cell.number(), date1904);
            LocalDate date = numeric != null ? numeric.toLocalDate() : LocalDate.parse(text);
            if (date.getYear() >= 2000 && date.getYear() <= 2100) {
                return date;
            }
        } catch (DateTimeParseException ignored) {
            // reported below
        }
        errors.add(text.isEmpty() ? FieldError.coded(field, "a due date is required", "plan.import.dueDateRequired")
                : FieldError.coded(field, "'" + text + "' is not a date (use a date cell or yyyy-mm-dd, between 2000 and 2100)",
                        "plan.import.dueDate", text));
        return null;
    }

    private static int priority(SheetCell cell, String field, List<FieldError> errors) {
        String text = text(cell);
        try {
            return ActionPatch.priority(Integer.valueOf(text), field, errors);
        } catch (NumberFormatException e) {
            errors.add(FieldError.coded(field, "'" + text + "' is not a priority (1, 2 or 3)", "plan.import.priority", text));
            return 0;
        }
    }

    private BigDecimal amount(SheetCell cell, String field, List<ImprovementPlanService.Note> notes) {
        if (cell == null || cell.kind() == SheetCell.Kind.BLANK) {
            return null;
        }
        if (cell.kind() == SheetCell.Kind.NUMBER) {
            return ActionPatch.cost(cell.number(), field, errors);
        }
        String text = text(cell);
        if (text.isEmpty()) {
            return null;
        }
        BigDecimal value = Amounts.parse(text, lang).orElse(null);
        if (value == null) {
            errors.add(FieldError.coded(field, "'" + text + "' is not an amount (write for example "
                    + ("en".equals(lang) ? "1500 or 1,500.00" : "1500 of 1.500,00") + ")", "plan.import.amount", text));
            return null;
        }
        BigDecimal cost = ActionPatch.cost(value, field, errors);
        if (cost != null) {
            notes.add(new ImprovementPlanService.Note("costEstimate", text, cost.toPlainString()));
        }
        return cost;
    }

    private static String text(SheetCell cell) {
        return cell == null ? "" : cell.display().trim();
    }

    /** A workbook that is not (this) plan as it was downloaded: the field {@code file} with its message code. */
    static DomainException structure(String code, String why, Object... params) {
        return DomainException.invalid("Workbook refused: " + why, code, List.of(FieldError.coded("file", why, code,
                params)), params);
    }
}
