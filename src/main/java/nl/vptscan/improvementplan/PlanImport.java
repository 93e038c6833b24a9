package nl.vptscan.improvementplan;

import nl.vptscan.problem.ApiException;
import nl.vptscan.problem.FieldError;
import nl.vptscan.workbook.UploadGuard;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
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
 * wrote, then reads owner, due date, status, cost and remarks of every row. Any problem rejects the whole file,
 * with one error per bad cell naming its row.
 */
final class PlanImport {

    static final int MAX_ROWS = 2000;

    private PlanImport() {
    }

    static Map<Long, ActionEdit> read(byte[] upload, long assessmentId, Map<Long, ImprovementAction> existing) {
        try (XSSFWorkbook workbook = UploadGuard.open(upload)) {
            checkOwner(workbook, assessmentId);
            String lang = workbook.getSheet(PlanWorkbook.sheetName("plan", "nl")) != null ? "nl" : "en";
            XSSFSheet sheet = workbook.getSheet(PlanWorkbook.sheetName("plan", lang));
            if (sheet == null) {
                throw structure("the sheet 'Plan van aanpak' (or 'Action plan') is missing");
            }
            if (sheet.getLastRowNum() > MAX_ROWS) {
                throw structure("the plan sheet has more than " + MAX_ROWS + " rows");
            }
            checkHeader(sheet.getRow(0), lang);
            return rows(sheet, lang, existing);
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            // POI throws these for cells whose stored value does not fit their type (e.g. t="n" with "abc" or 1e999)
            throw structure("the workbook could not be read");
        }
    }

    private static void checkOwner(XSSFWorkbook workbook, long assessmentId) {
        var property = workbook.getProperties().getCustomProperties().getProperty(PlanWorkbook.ASSESSMENT_PROPERTY);
        if (property == null || property.getLpwstr() == null) {
            throw structure("this is not a plan workbook made by vpt-scan (download the plan first, then edit it)");
        }
        if (!property.getLpwstr().equals(String.valueOf(assessmentId))) {
            throw structure("this workbook is the plan of assessment " + property.getLpwstr()
                    + ", not of assessment " + assessmentId);
        }
    }

    private static void checkHeader(Row header, String lang) {
        List<Column<PlanColumns.PlanRow>> columns = PlanColumns.PLAN;
        for (int c = 0; c < columns.size(); c++) {
            String expected = columns.get(c).header(lang);
            String found = header == null ? "" : text(header.getCell(c));
            if (!expected.equals(found)) {
                throw structure("column " + (c + 1) + " is '" + found + "' where '" + expected
                        + "' was expected; columns must not be added, removed or moved");
            }
        }
        if (header.getLastCellNum() > columns.size() && !text(header.getCell(columns.size())).isEmpty()) {
            throw structure("column " + (columns.size() + 1) + " was added; columns must not be added");
        }
    }

    private static Map<Long, ActionEdit> rows(XSSFSheet sheet, String lang, Map<Long, ImprovementAction> existing) {
        List<FieldError> errors = new ArrayList<>();
        Map<Long, ActionEdit> edits = new LinkedHashMap<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || blank(row)) {
                continue;
            }
            String at = "row " + (r + 1);
            Long id = id(row.getCell(PlanColumns.PLAN.indexOf(PlanColumns.ACTION_ID)));
            if (id == null || !existing.containsKey(id)) {
                errors.add(new FieldError(at, id == null ? "has no action id: actions cannot be added in the workbook"
                        : "action id " + id + " is not in this plan"));
                continue;
            }
            if (edits.containsKey(id)) {
                errors.add(new FieldError(at, "action id " + id + " appears twice"));
                continue;
            }
            int before = errors.size();
            int priority = priority(cell(row, PlanColumns.PRIORITY), at + ".priority", errors);
            String owner = ActionPatch.text(text(cell(row, PlanColumns.OWNER)), at + ".owner", ActionEdit.MAX_OWNER, errors);
            LocalDate due = date(cell(row, PlanColumns.DUE_DATE), at + ".dueDate", errors);
            String statusText = text(cell(row, PlanColumns.STATUS));
            ActionStatus status = ActionStatus.parse(statusText).orElse(null);
            if (status == null) {
                errors.add(new FieldError(at + ".status", "'" + statusText + "' is not one of "
                        + String.join(", ", ActionStatus.labels(lang))));
            }
            BigDecimal cost = amount(cell(row, PlanColumns.COST), at + ".costEstimate", errors);
            String remarks = ActionPatch.text(text(cell(row, PlanColumns.REMARKS)), at + ".remarks",
                    ActionEdit.MAX_REMARKS, errors);
            if (errors.size() == before) {
                edits.put(id, new ActionEdit(priority, owner, due, status, cost, remarks));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.badRequest(errors.size() + " problem(s) in the workbook; nothing was changed", errors);
        }
        return edits;
    }

    private static Cell cell(Row row, Column<PlanColumns.PlanRow> column) {
        return row.getCell(PlanColumns.PLAN.indexOf(column));
    }

    private static boolean blank(Row row) {
        for (Cell cell : row) {
            if (cell.getCellType() != CellType.BLANK && !text(cell).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static Long id(Cell cell) {
        if (cell == null) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            double value = cell.getNumericCellValue();
            return value == Math.rint(value) && value > 0 ? (long) value : null;
        }
        try {
            return Long.parseLong(text(cell));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate date(Cell cell, String field, List<FieldError> errors) {
        String text = text(cell);
        try {
            // POI gives no date for a number that is not a valid Excel date (e.g. negative)
            LocalDateTime numeric = cell == null || cell.getCellType() != CellType.NUMERIC ? null
                    : DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue()
                    : DateUtil.getLocalDateTime(cell.getNumericCellValue());
            LocalDate date = numeric != null ? numeric.toLocalDate() : LocalDate.parse(text);
            if (date.getYear() >= 2000 && date.getYear() <= 2100) {
                return date;
            }
        } catch (DateTimeParseException ignored) {
            // reported below
        }
        errors.add(new FieldError(field, text.isEmpty() ? "a due date is required"
                : "'" + text + "' is not a date (use a date cell or yyyy-mm-dd, between 2000 and 2100)"));
        return null;
    }

    private static int priority(Cell cell, String field, List<FieldError> errors) {
        String text = text(cell);
        try {
            return ActionPatch.priority(Integer.valueOf(text), field, errors);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "'" + text + "' is not a priority (1, 2 or 3)"));
            return 0;
        }
    }

    private static BigDecimal amount(Cell cell, String field, List<FieldError> errors) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return null;
        }
        Object raw;
        if (cell.getCellType() == CellType.NUMERIC) {
            raw = cell.getNumericCellValue();
        } else {
            String text = text(cell).replace("€", "").replace(" ", "");
            if (text.isEmpty()) {
                return null;
            }
            try {
                raw = new BigDecimal(text.contains(",") && !text.contains(".") ? text.replace(',', '.') : text.replace(",", ""));
            } catch (NumberFormatException e) {
                errors.add(new FieldError(field, "'" + text(cell) + "' is not an amount"));
                return null;
            }
        }
        return ActionPatch.cost(raw, field, errors);
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue().trim();
            case NUMERIC -> {
                double value = cell.getNumericCellValue();
                yield value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
            }
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case FORMULA -> "=" + cell.getCellFormula();
            default -> "";
        };
    }

    private static ApiException structure(String why) {
        return ApiException.badRequest("Workbook refused: " + why, List.of(new FieldError("file", why)));
    }
}
