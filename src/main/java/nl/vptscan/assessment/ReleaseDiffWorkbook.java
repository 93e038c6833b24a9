package nl.vptscan.assessment;

import nl.vptscan.workbook.SafeCells;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.TreeSet;

/**
 * The release diff as a workbook, streamed so thousands of assessments fit in little memory: "Samenvatting" with
 * the counts, per finding id how often it is added and removed and how often a kept finding changes severity or
 * legal basis, "Beoordelingen" with one row per assessment that moves.
 */
final class ReleaseDiffWorkbook {

    private ReleaseDiffWorkbook() {
    }

    static void write(ReleaseDiffReport report, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle plain = workbook.createCellStyle();
            CellStyle quoted = workbook.createCellStyle();
            quoted.setQuotePrefixed(true);

            Sheet summary = workbook.createSheet("Samenvatting");
            summary.setColumnWidth(0, 40 * 256);
            summary.setColumnWidth(3, 60 * 256); // legal basis, old and new
            summary.setColumnWidth(4, 60 * 256);
            int r = 0;
            r = fact(summary, r, "Regelset", report.rulesetVersion(), bold, plain, quoted);
            r = number(summary, r, "Vergeleken beoordelingen", report.assessments(), bold);
            r = number(summary, r, "Beoordelingen met verschil", report.assessmentsChanged(), bold);
            r++;
            Row header = summary.createRow(r++);
            SafeCells.text(header, 0, "Bevinding", bold, bold);
            SafeCells.text(header, 1, "Erbij", bold, bold);
            SafeCells.text(header, 2, "Eraf", bold, bold);
            for (String id : new TreeSet<>(union(report.findingsAdded(), report.findingsRemoved()))) {
                Row row = summary.createRow(r++);
                SafeCells.text(row, 0, id, plain, quoted);
                row.createCell(1).setCellValue(report.findingsAdded().getOrDefault(id, 0));
                row.createCell(2).setCellValue(report.findingsRemoved().getOrDefault(id, 0));
            }
            if (!report.findingsChanged().isEmpty()) {
                r++;
                Row moveHeader = summary.createRow(r++);
                String[] moveTitles = {"Bevinding", "Ernst oud", "Ernst nieuw", "Grondslag oud", "Grondslag nieuw",
                        "Beoordelingen"};
                for (int c = 0; c < moveTitles.length; c++) {
                    SafeCells.text(moveHeader, c, moveTitles[c], bold, bold);
                }
                for (ReleaseDiffReport.FindingMoveCount move : report.findingsChanged()) {
                    Row row = summary.createRow(r++);
                    SafeCells.text(row, 0, move.ruleId(), plain, quoted);
                    SafeCells.text(row, 1, move.oldSeverity(), plain, quoted);
                    SafeCells.text(row, 2, move.newSeverity(), plain, quoted);
                    SafeCells.text(row, 3, move.oldLegal(), plain, quoted);
                    SafeCells.text(row, 4, move.newLegal(), plain, quoted);
                    row.createCell(5).setCellValue(move.assessments());
                }
            }

            Sheet changes = workbook.createSheet("Beoordelingen");
            String[] titles = {"Beoordeling", "Organisatie", "Vragenlijst", "Totaalniveau", "Onderwerpen",
                    "Bevindingen erbij", "Bevindingen eraf", "Totaalscore oud", "Totaalscore nieuw", "Oude regelset",
                    "Ernst of grondslag gewijzigd"};
            changes.setColumnWidth(10, 100 * 256);
            Row top = changes.createRow(0);
            for (int c = 0; c < titles.length; c++) {
                SafeCells.text(top, c, titles[c], bold, bold);
            }
            int n = 1;
            for (ReleaseDiffReport.Change change : report.changed()) {
                Row row = changes.createRow(n++);
                row.createCell(0).setCellValue(change.assessmentId());
                row.createCell(1).setCellValue(change.organisationId());
                SafeCells.text(row, 2, change.questionnaireId(), plain, quoted);
                SafeCells.text(row, 3, change.oldOverallLevel() + " → " + change.newOverallLevel(), plain, quoted);
                SafeCells.text(row, 4, String.join(", ", change.topics().stream()
                        .map(t -> t.topic() + " " + t.oldLevel() + " → " + t.newLevel()).toList()), plain, quoted);
                SafeCells.text(row, 5, String.join(", ", change.findingsAdded()), plain, quoted);
                SafeCells.text(row, 6, String.join(", ", change.findingsRemoved()), plain, quoted);
                row.createCell(7).setCellValue(change.oldOverall());
                row.createCell(8).setCellValue(change.newOverall());
                SafeCells.text(row, 9, change.oldRulesetVersion(), plain, quoted);
                SafeCells.text(row, 10, String.join(" · ", change.findingsChanged().stream()
                        .map(ReleaseDiffReport.FindingMove::describe).toList()), plain, quoted);
            }
            workbook.write(out);
        }
    }

    private static java.util.Set<String> union(Map<String, Integer> a, Map<String, Integer> b) {
        java.util.Set<String> ids = new TreeSet<>(a.keySet());
        ids.addAll(b.keySet());
        return ids;
    }

    private static int fact(Sheet sheet, int r, String label, String value, CellStyle bold, CellStyle plain,
                            CellStyle quoted) {
        Row row = sheet.createRow(r);
        SafeCells.text(row, 0, label, bold, bold);
        SafeCells.text(row, 1, value, plain, quoted);
        return r + 1;
    }

    private static int number(Sheet sheet, int r, String label, int value, CellStyle bold) {
        Row row = sheet.createRow(r);
        SafeCells.text(row, 0, label, bold, bold);
        row.createCell(1).setCellValue(value);
        return r + 1;
    }
}
