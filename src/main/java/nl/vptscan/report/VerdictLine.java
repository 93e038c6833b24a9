package nl.vptscan.report;

import nl.vptscan.report.Report.Cell;
import nl.vptscan.result.Words;

import java.util.List;

/**
 * One line of an inspection report: a topic, the inspector's verdict on it in words and the note. The columns a
 * verdict line shows are declared here only (headers, widths, cells), so a further field such as the deadline of an
 * eis or waarschuwing is added in this record and where it is made ({@link ReportBuilder#inspection}).
 */
record VerdictLine(String topic, String verdict, String note) {

    static List<String> headers(String lang) {
        return List.of(Words.get(lang, "comparison.topic"), Words.get(lang, "verdict.verdict"),
                Words.get(lang, "verdict.note"));
    }

    static List<Integer> widths() {
        return List.of(35, 20, 45);
    }

    List<Cell> cells() {
        return List.of(Cell.of(topic), Cell.of(verdict), Cell.of(note));
    }
}
